package cn.fazhi.annualreport.security;

import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks the login form's and HTTP Basic's passwords against the {@link UserDirectory}: throttled per account and
 * address ({@link LoginThrottle}), and with the slow hash paid once per sign-in ({@link VerifiedCredentials}).
 */
@Component
@Profile("!keycloak")
class DirectoryAuthenticationProvider implements AuthenticationProvider {

	private final UserDirectory directory;

	private final LoginThrottle throttle;

	private final VerifiedCredentials verified;

	DirectoryAuthenticationProvider(UserDirectory directory, LoginThrottle throttle, VerifiedCredentials verified) {
		this.directory = directory;
		this.throttle = throttle;
		this.verified = verified;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		// one account however its name is written, for the throttle
		String account = userId.toLowerCase(java.util.Locale.ROOT);
		String password = String.valueOf(authentication.getCredentials());
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "";
		Optional<CurrentUser> user;
		if (verified.recently(userId, password)) {
			user = directory.find(userId);
		}
		else {
			throttle.waitBeforeTrying(account, address).ifPresent(wait -> {
				throw new LoginThrottledException(wait);
			});
			user = directory.authenticate(userId, password);
			if (user.isPresent()) {
				throttle.succeeded(account, address);
				verified.remember(userId, password);
			}
			else {
				throttle.failed(account, address);
			}
		}
		CurrentUser signedIn = user.orElseThrow(() -> new BadCredentialsException("Bad credentials"));
		return UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.authorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
