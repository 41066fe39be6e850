package cn.fazhi.annualreport.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * User names and passwords verified in the last {@link SignInSettings#verifiedFor()}, so that an HTTP Basic client
 * pays the slow password hash once per sign-in and not on every call (DESIGN §9). Only a keyed hash (HMAC with a key
 * made at start-up and never stored) of name and password is kept, in memory: a memory dump does not give the
 * passwords, and a restart forgets everything. A password changed in Camunda Admin stops working here at most that
 * long after the change.
 */
@Component
class VerifiedCredentials {

	private static final int LIMIT = 10_000;

	private final Map<String, Instant> verified = new ConcurrentHashMap<>();

	private final SecretKeySpec key;

	private final SignInSettings settings;

	private final Clock clock;

	/** Real time, whatever the business clock says (tests move that one). */
	@Autowired
	VerifiedCredentials(SignInSettings settings) {
		this(settings, Clock.systemUTC());
	}

	VerifiedCredentials(SignInSettings settings, Clock clock) {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether the name and password were verified a short while ago. */
	boolean recently(String userId, String password) {
		Instant until = verified.get(digest(userId, password));
		return until != null && until.isAfter(clock.instant());
	}

	void remember(String userId, String password) {
		Instant now = clock.instant();
		if (verified.size() >= LIMIT) {
			verified.values().removeIf(until -> !until.isAfter(now));
		}
		if (verified.size() < LIMIT) {
			verified.put(digest(userId, password), now.plus(settings.verifiedFor()));
		}
	}

	private String digest(String userId, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(userId.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
