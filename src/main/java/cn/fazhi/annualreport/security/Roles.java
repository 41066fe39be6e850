package cn.fazhi.annualreport.security;

/**
 * The group ids of the people who take part (DESIGN §2). Department groups carry the department's code.
 */
public final class Roles {

	public static final String LEGAL_REVIEWERS = "legal-reviewers";

	public static final String REPORT_ADMINS = "report-admins";

	public static final String LEADERS = "leaders";

	public static final String DISCLOSURE_OFFICERS = "disclosure-officers";

	public static final String ADMINISTRATORS = "camunda-admin";

	private static final String LIAISON_PREFIX = "liaison-";

	private static final String HEAD_PREFIX = "head-";

	private Roles() {
	}

	/** 部门联络员 of the department. */
	public static String liaison(String department) {
		return LIAISON_PREFIX + department;
	}

	/** 部门主要负责人 of the department. */
	public static String head(String department) {
		return HEAD_PREFIX + department;
	}

}
