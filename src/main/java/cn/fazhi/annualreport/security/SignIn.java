package cn.fazhi.annualreport.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How people prove who they are: the product's own login form and HTTP Basic ({@link FormSignIn}, default), or
 * Keycloak ({@link KeycloakSignIn}, the {@code keycloak} profile). {@link SecurityConfiguration} keeps the rules both
 * share: which addresses are public, problem answers on the APIs, CSRF.
 */
interface SignIn {

	/** The credentials {@code /api/**} and {@code /engine-rest/**} accept besides the page session. */
	void api(HttpSecurity http, ProblemResponses problems) throws Exception;

	/** How a browser signs in and out. */
	void pages(HttpSecurity http) throws Exception;

	/** The {@code WWW-Authenticate} challenge of a 401 from the APIs. */
	String challenge();

	/**
	 * Where the product's own forms may send the browser besides the product: signing out of Keycloak follows the
	 * sign-out form to Keycloak's page (a content security policy's {@code form-action}). None by default.
	 */
	default String signOutOrigin() {
		return "";
	}

}
