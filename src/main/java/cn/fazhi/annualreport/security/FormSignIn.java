package cn.fazhi.annualreport.security;

import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/** The product's own login form for pages and webapps, HTTP Basic for the APIs, both checked by the {@link UserDirectory}. */
@Component
@Profile("!keycloak")
class FormSignIn implements SignIn {

	@Override
	public void api(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
	}

	@Override
	public void pages(HttpSecurity http) throws Exception {
		http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
	}

	@Override
	public String challenge() {
		return "Basic realm=\"annual-report\", charset=\"UTF-8\"";
	}

}
