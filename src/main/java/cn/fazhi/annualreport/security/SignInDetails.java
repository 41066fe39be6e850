package cn.fazhi.annualreport.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What a sign-in request tells besides name and password: the client's address and the browser's device cookie. */
final class SignInDetails extends WebAuthenticationDetails {

	private static final long serialVersionUID = 1L;

	private final String deviceCookie;

	SignInDetails(HttpServletRequest request) {
		super(request);
		String found = null;
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (SignInDevices.COOKIE.equals(cookie.getName())) {
					found = cookie.getValue();
				}
			}
		}
		this.deviceCookie = found;
	}

	String deviceCookie() {
		return deviceCookie;
	}

}
