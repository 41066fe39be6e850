package cn.fazhi.annualreport.security;

/**
 * The group ids of one government's central roles (DESIGN §10): its legal bureau's reviewers, its editors, its
 * principal leaders and its confidentiality and disclosure officers. The default government keeps the plain names of
 * §2 ({@code legal-reviewers}…); every other government's carry its code ({@code legal-reviewers-dq}…), so that
 * nobody of one government acts on another's report.
 */
public record GovernmentRoles(String government, String legalReviewers, String reportAdmins, String leaders,
		String disclosureOfficers) {

	/** The default government's roles, those of §2. */
	public static final GovernmentRoles DEFAULT = of(Roles.DEFAULT_GOVERNMENT);

	public static GovernmentRoles of(String government) {
		String suffix = Roles.DEFAULT_GOVERNMENT.equals(government) ? "" : "-" + government;
		return new GovernmentRoles(government, Roles.LEGAL_REVIEWERS + suffix, Roles.REPORT_ADMINS + suffix,
				Roles.LEADERS + suffix, Roles.DISCLOSURE_OFFICERS + suffix);
	}

	/** Everyone who follows the government's work once a department has submitted it. */
	public String[] overseeing() {
		return new String[] { legalReviewers, reportAdmins, leaders, disclosureOfficers };
	}

}
