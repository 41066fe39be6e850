package cn.fazhi.annualreport.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.annualreport.system.InvalidInputException;

/** 修改密码: the page where users of the product's own directory change their password. */
@Controller
@Profile("!keycloak")
class PasswordPages {

	static final String PATH = "/account/password";

	private final PasswordChange passwords;

	PasswordPages(PasswordChange passwords) {
		this.passwords = passwords;
	}

	@GetMapping(PATH)
	String show(CurrentUser user, Model model) {
		model.addAttribute("shortest", PasswordChange.SHORTEST);
		return "account-password";
	}

	@PostMapping(PATH)
	String change(@RequestParam(required = false) String current, @RequestParam(required = false) String password,
			@RequestParam(required = false) String repeated, CurrentUser user, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("shortest", PasswordChange.SHORTEST);
		try {
			passwords.change(user, current, password, repeated, new SignInDetails(request));
			model.addAttribute("changed", true);
		}
		catch (LoginThrottledException ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", String.valueOf(ex.retryAfterSeconds()));
			model.addAttribute("waitSeconds", ex.retryAfterSeconds());
		}
		catch (BadCredentialsException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("wrongCurrent", true);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", ex);
		}
		return "account-password";
	}

	/** Every page offers the link to this one, where there is such a page (not with Keycloak). */
	@ControllerAdvice
	@Profile("!keycloak")
	static class Link {

		@ModelAttribute("passwordPage")
		String passwordPage() {
			return PATH;
		}

	}

}
