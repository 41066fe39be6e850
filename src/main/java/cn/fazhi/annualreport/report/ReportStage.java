package cn.fazhi.annualreport.report;

/** Where the compiled report is on its way to publication. */
public enum ReportStage {

	/** The editors revise the compiled text. */
	EDITING,
	/** With the government's principal leader for 签发. */
	SIGNING,
	/** Signed; the confidentiality review (保密审查) is under way. */
	CONFIDENTIALITY_REVIEW,
	/** Cleared; being published. */
	CLEARED,
	/** On the public pages. */
	PUBLISHED

}
