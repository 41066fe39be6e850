package cn.fazhi.annualreport.security;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Profile;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The one login form for the product's pages and the Camunda webapps. */
@Controller
@Profile("!keycloak")
class LoginController {

	@GetMapping("/login")
	String login(HttpSession session, Model model) {
		// after a refused sign-in, Spring Security leaves the reason in the session
		if (session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException throttled) {
			model.addAttribute("waitSeconds", throttled.retryAfterSeconds());
		}
		return "login";
	}

}
