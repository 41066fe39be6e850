package cn.fazhi.annualreport.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page behind the webapps' 退出 menu item: signing out is a POST with the CSRF token, which Tasklist, Cockpit and
 * Admin cannot send to the product, so they link here and the user confirms.
 */
@Controller
class SignOutController {

	@GetMapping("/logout")
	String signOut() {
		return "logout";
	}

}
