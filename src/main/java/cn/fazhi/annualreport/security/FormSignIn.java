package cn.fazhi.annualreport.security;

import java.util.Locale;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * The product's own login form for pages and webapps, HTTP Basic for the APIs, both checked by the
 * {@link UserDirectory}. A browser that signed in is remembered as the account's ({@link SignInDevices}).
 */
@Component
@Profile("!keycloak")
class FormSignIn implements SignIn {

	private final SignInDevices devices;

	private final VerifiedCredentials verified;

	FormSignIn(SignInDevices devices, VerifiedCredentials verified) {
		this.devices = devices;
		this.verified = verified;
	}

	@Override
	public void api(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.httpBasic(basic -> basic.authenticationEntryPoint(problems).authenticationDetailsSource(SignInDetails::new));
	}

	@Override
	public void pages(HttpSecurity http) throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler backToThePage = new SavedRequestAwareAuthenticationSuccessHandler();
		backToThePage.setDefaultTargetUrl("/");
		http.formLogin(form -> form.loginPage("/login")
			.authenticationDetailsSource(SignInDetails::new)
			.successHandler((request, response, authentication) -> {
				response.addHeader(HttpHeaders.SET_COOKIE,
						devices.cookieFor(authentication.getName().toLowerCase(Locale.ROOT), request.isSecure())
							.toString());
				backToThePage.onAuthenticationSuccess(request, response, authentication);
			})
			.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null) {
						verified.forget(authentication.getName());
					}
				})
				.permitAll());
	}

	@Override
	public String challenge() {
		return "Basic realm=\"annual-report\", charset=\"UTF-8\"";
	}

}
