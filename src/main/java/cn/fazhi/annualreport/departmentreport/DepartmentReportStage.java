package cn.fazhi.annualreport.departmentreport;

/** Where a department's own report is on its way to publication. */
public enum DepartmentReportStage {

	/** With the department head for 签发. */
	SIGNING,
	/** Signed; the confidentiality review (保密审查) is under way. */
	CONFIDENTIALITY_REVIEW,
	/** Cleared; being published. */
	CLEARED,
	/** On the public pages under the department's name. */
	PUBLISHED,
	/** Sent back by the head or the officer; the department may start a new version. */
	RETURNED;

	/** Whether the department may start a new version after a version at this stage. */
	public boolean allowsANewVersion() {
		return this == RETURNED;
	}

}
