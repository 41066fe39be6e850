package cn.fazhi.annualreport.security;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The one login form for the product's pages and the Camunda webapps. */
@Controller
@Profile("!keycloak")
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
