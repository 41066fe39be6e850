package cn.fazhi.annualreport.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing per account and address, and per address over all accounts, in memory. A wrong
 * password beyond the free ones makes the next try from the same address wait, twice as long each time, never longer
 * than {@link SignInSettings#longestWait()}; tries during a wait are refused unchecked and do not count. So an
 * attacker gets a few guesses a minute per account and address, while the owner of an account, from anywhere else,
 * is never kept out, and from the same address for at most the longest wait. Nothing is stored: a restart forgets.
 */
@Component
class LoginThrottle {

	/** Addresses and accounts forgotten after this long without a wrong password. */
	private static final Duration MEMORY = Duration.ofMinutes(15);

	/** Beyond this many records, forgotten ones are swept out on the next failure. */
	private static final int SWEEP_ABOVE = 10_000;

	private final Map<String, Failures> byAccountAndAddress = new ConcurrentHashMap<>();

	private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

	private final SignInSettings settings;

	private final Clock clock;

	/** Real time, whatever the business clock says (tests move that one). */
	@Autowired
	LoginThrottle(SignInSettings settings) {
		this(settings, Clock.systemUTC());
	}

	LoginThrottle(SignInSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** How long the account must wait before trying again from the address; empty when it may try now. */
	Optional<Duration> waitBeforeTrying(String account, String address) {
		Instant now = clock.instant();
		Duration wait = longest(remaining(byAccountAndAddress.get(key(account, address)), now),
				remaining(byAddress.get(address), now));
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	void failed(String account, String address) {
		Instant now = clock.instant();
		if (byAccountAndAddress.size() + byAddress.size() > SWEEP_ABOVE) {
			byAccountAndAddress.values().removeIf(failures -> failures.forgotten(now));
			byAddress.values().removeIf(failures -> failures.forgotten(now));
		}
		byAccountAndAddress.compute(key(account, address),
				(key, failures) -> Failures.after(failures, now, settings.freeFailures(), settings.longestWait()));
		byAddress.compute(address,
				(key, failures) -> Failures.after(failures, now, settings.addressFailures(), settings.longestWait()));
	}

	/** The right password: the account's slate is clean from this address. */
	void succeeded(String account, String address) {
		byAccountAndAddress.remove(key(account, address));
	}

	private static Duration remaining(Failures failures, Instant now) {
		return failures == null || !failures.waitUntil().isAfter(now) ? Duration.ZERO
				: Duration.between(now, failures.waitUntil());
	}

	private static Duration longest(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private static String key(String account, String address) {
		return account + '\u0000' + address;
	}

	/** Wrong passwords so far, and until when the next try waits. */
	private record Failures(int count, Instant last, Instant waitUntil) {

		static Failures after(Failures before, Instant now, int free, Duration longestWait) {
			int count = before == null || before.forgotten(now) ? 1 : before.count() + 1;
			if (count <= free) {
				return new Failures(count, now, now);
			}
			// 1 s after the first failure beyond the free ones, then 2, 4, 8… up to the longest wait
			long seconds = 1L << Math.min(count - free - 1, 20);
			Duration wait = Duration.ofSeconds(seconds).compareTo(longestWait) > 0 ? longestWait
					: Duration.ofSeconds(seconds);
			return new Failures(count, now, now.plus(wait));
		}

		boolean forgotten(Instant now) {
			return last.plus(MEMORY).isBefore(now);
		}

	}

}
