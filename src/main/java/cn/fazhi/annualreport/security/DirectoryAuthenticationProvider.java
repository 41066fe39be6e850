package cn.fazhi.annualreport.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks the login form's and HTTP Basic's passwords against the {@link UserDirectory}: throttled per account and
 * source ({@link LoginThrottle}: the browser's device cookie, else the address), and with the slow hash paid once per
 * sign-in ({@link VerifiedCredentials}).
 */
@Component
@Profile("!keycloak")
class DirectoryAuthenticationProvider implements AuthenticationProvider {

	private final UserDirectory directory;

	private final LoginThrottle throttle;

	private final VerifiedCredentials verified;

	private final SignInDevices devices;

	DirectoryAuthenticationProvider(UserDirectory directory, LoginThrottle throttle, VerifiedCredentials verified,
			SignInDevices devices) {
		this.directory = directory;
		this.throttle = throttle;
		this.verified = verified;
		this.devices = devices;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		Optional<CurrentUser> user = verified.recently(userId, password) ? directory.find(userId)
				: check(userId, password, authentication.getDetails());
		CurrentUser signedIn = user.orElseThrow(() -> new BadCredentialsException("Bad credentials"));
		return UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.authorities());
	}

	/** The slow check of a password, throttled, one at a time per account and source. */
	private Optional<CurrentUser> check(String userId, String password, Object details) {
		// one account however its name is written
		String account = userId.toLowerCase(Locale.ROOT);
		SignInSource source = source(account, details);
		Lock lock = throttle.checkOf(account, source);
		try {
			if (!lock.tryLock(10, TimeUnit.SECONDS)) {
				throw new LoginThrottledException(Duration.ofSeconds(1));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LoginThrottledException(Duration.ofSeconds(1));
		}
		try {
			if (verified.recently(userId, password)) {
				// a request that waited for this lock, after another one with the same password got through
				return directory.find(userId);
			}
			throttle.waitBeforeTrying(account, source).ifPresent(wait -> {
				throw new LoginThrottledException(wait);
			});
			Optional<CurrentUser> user = directory.authenticate(userId, password);
			if (user.isPresent()) {
				throttle.succeeded(account, source);
				verified.remember(userId, password);
			}
			else {
				throttle.failed(account, source);
			}
			return user;
		}
		finally {
			lock.unlock();
		}
	}

	private SignInSource source(String account, Object details) {
		if (details instanceof SignInDetails signIn) {
			Optional<String> device = devices.deviceOf(signIn.deviceCookie(), account);
			if (device.isPresent()) {
				return SignInSource.device(device.get());
			}
		}
		return SignInSource.address(
				details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
