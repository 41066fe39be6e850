package cn.fazhi.annualreport.security;

/** Someone the product writes to: the user id, the name to address them by, and their e-mail (may be empty). */
public record Person(String id, String displayName, String email) {

	public boolean hasEmail() {
		return email != null && !email.isBlank();
	}

}
