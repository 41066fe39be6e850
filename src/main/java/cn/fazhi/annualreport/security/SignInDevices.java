package cn.fazhi.annualreport.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Browsers an account signed in with before: after a successful sign-in the login form leaves a signed cookie naming
 * the account and the browser, and wrong passwords typed there are counted for that browser alone
 * ({@link LoginThrottle}). So whatever a stranger types, even behind the same office address, the owner's own browser
 * is never kept waiting (OWASP's "device cookies").
 */
@Component
class SignInDevices {

	static final String COOKIE = "SIGNIN_DEVICE";

	/** A browser used within half a year counts as known. */
	private static final Duration KEPT = Duration.ofDays(180);

	private final Hmac hmac;

	private final SecureRandom random = new SecureRandom();

	SignInDevices(SignInSettings settings) {
		this.hmac = Hmac.withKey(settings.deviceKey());
	}

	/** The cookie for the browser the account just signed in with; sent back only to the login form. */
	ResponseCookie cookieFor(String account, boolean secure) {
		byte[] id = new byte[16];
		random.nextBytes(id);
		String device = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
		String name = Base64.getUrlEncoder().withoutPadding().encodeToString(account.getBytes(StandardCharsets.UTF_8));
		return ResponseCookie.from(COOKIE, device + "." + name + "." + hmac.sign(device, account))
			.path("/login")
			.httpOnly(true)
			.secure(secure)
			.sameSite("Strict")
			.maxAge(KEPT)
			.build();
	}

	/** The browser's id, if the cookie is one the product made for this very account. */
	Optional<String> deviceOf(String cookie, String account) {
		if (cookie == null || account == null) {
			return Optional.empty();
		}
		String[] parts = cookie.split("\\.");
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			String named = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
			return named.equals(account) && hmac.verify(parts[2], parts[0], account) ? Optional.of(parts[0])
					: Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
