package cn.fazhi.annualreport.security;

/**
 * The group ids of the people who take part (DESIGN §2). Department groups carry the department's code; the
 * central roles of a government other than the default one carry the government's code (see {@link GovernmentRoles}).
 */
public final class Roles {

	public static final String LEGAL_REVIEWERS = "legal-reviewers";

	public static final String REPORT_ADMINS = "report-admins";

	public static final String LEADERS = "leaders";

	public static final String DISCLOSURE_OFFICERS = "disclosure-officers";

	public static final String ADMINISTRATORS = "camunda-admin";

	/** The 依法治市办: sees the signed and published results of the whole tree, never drafts (DESIGN §10). */
	public static final String OVERSIGHT = "oversight";

	/** The code of the default government, the root of the organization tree, whose roles keep the plain names. */
	public static final String DEFAULT_GOVERNMENT = "gov";

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

	/** The department whose liaison or head group this is, if it is one. */
	public static java.util.Optional<String> departmentOf(String group) {
		for (String prefix : new String[] { LIAISON_PREFIX, HEAD_PREFIX }) {
			if (group.startsWith(prefix) && group.length() > prefix.length()) {
				return java.util.Optional.of(group.substring(prefix.length()));
			}
		}
		return java.util.Optional.empty();
	}

}
