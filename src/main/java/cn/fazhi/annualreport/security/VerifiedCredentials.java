package cn.fazhi.annualreport.security;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * User names and passwords verified in the last {@link SignInSettings#verifiedFor()}, so that an HTTP Basic client
 * pays the slow password hash once per sign-in and not on every call (DESIGN §9). Only an HMAC of name and password is
 * kept, in memory, under a key made at start-up and never stored: nothing is written anywhere, a restart forgets, and
 * no password can be read back (someone holding a dump of the memory, key included, could still test guesses against
 * these entries without the slow hash). A password changed in Camunda Admin stops working here at most that long after
 * the change.
 */
@Component
class VerifiedCredentials {

	private static final int LIMIT = 10_000;

	/** Whose name and password each HMAC stands for, so that signing out can forget them. */
	private final Cache<String, String> verified;

	private final Hmac hmac = Hmac.withNewKey();

	/** Real time, whatever the business clock says (tests move that one). */
	@Autowired
	VerifiedCredentials(SignInSettings settings) {
		this(settings, Clock.systemUTC());
	}

	VerifiedCredentials(SignInSettings settings, Clock clock) {
		this.verified = Caffeine.newBuilder()
			.expireAfterWrite(settings.verifiedFor())
			.maximumSize(LIMIT)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.build();
	}

	/** Whether the name and password were verified a short while ago. */
	boolean recently(String userId, String password) {
		return verified.getIfPresent(hmac.sign(userId, password)) != null;
	}

	void remember(String userId, String password) {
		verified.put(hmac.sign(userId, password), userId);
	}

	/** The user signed out: the next sign-in checks the password again. */
	void forget(String userId) {
		verified.asMap().values().removeIf(userId::equals);
	}

}
