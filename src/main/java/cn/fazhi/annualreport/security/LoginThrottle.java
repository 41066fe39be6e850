package cn.fazhi.annualreport.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing per account and source (see {@link SignInSource}), and per address over all accounts,
 * in memory. A wrong password beyond the free ones makes the next try from the same source wait, twice as long each
 * time, never longer than {@link SignInSettings#longestWait()}; tries during a wait are refused unchecked and do not
 * count, and one source checks one password of an account at a time, so parallel requests gain nothing. An attacker
 * gets a few guesses a minute per account and address; the owner is never kept out from a browser they signed in with
 * before (its device cookie is a source of its own, which no stranger shares, and is not counted with its address),
 * and from anywhere else at most for the longest wait. Nothing is stored: a restart forgets.
 */
@Component
class LoginThrottle {

	/** Sources forgotten after this long without a wrong password. */
	private static final Duration MEMORY = Duration.ofMinutes(15);

	/** More sources than an installation sees in a quarter of an hour; the longest forgotten go first. */
	private static final int REMEMBERED = 100_000;

	private final Cache<String, Failures> byAccountAndSource;

	private final Cache<String, Failures> byAddress;

	/** One password check at a time per account and source; a fixed set of locks, whatever the number of sources. */
	private final Lock[] checks = new Lock[256];

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
		this.byAccountAndSource = memory(clock);
		this.byAddress = memory(clock);
		for (int i = 0; i < checks.length; i++) {
			checks[i] = new ReentrantLock();
		}
	}

	private static Cache<String, Failures> memory(Clock clock) {
		return Caffeine.newBuilder()
			.expireAfterAccess(MEMORY)
			.maximumSize(REMEMBERED)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.build();
	}

	/** The lock to hold while checking a password of the account from the source. */
	Lock checkOf(String account, SignInSource source) {
		return checks[Math.floorMod(key(account, source).hashCode(), checks.length)];
	}

	/** How long the account must wait before trying again from the source; empty when it may try now. */
	Optional<Duration> waitBeforeTrying(String account, SignInSource source) {
		Instant now = clock.instant();
		Duration wait = remaining(byAccountAndSource.getIfPresent(key(account, source)), now);
		if (!source.knownDevice()) {
			wait = longest(wait, remaining(byAddress.getIfPresent(source.key()), now));
		}
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	void failed(String account, SignInSource source) {
		Instant now = clock.instant();
		byAccountAndSource.asMap()
			.compute(key(account, source),
					(key, failures) -> Failures.after(failures, now, settings.freeFailures(), settings.longestWait()));
		if (!source.knownDevice()) {
			byAddress.asMap()
				.compute(source.key(), (key, failures) -> Failures.after(failures, now, settings.addressFailures(),
						settings.longestWait()));
		}
	}

	/** The right password: the account's slate is clean from this source. */
	void succeeded(String account, SignInSource source) {
		byAccountAndSource.invalidate(key(account, source));
	}

	private static Duration remaining(Failures failures, Instant now) {
		return failures == null || !failures.waitUntil().isAfter(now) ? Duration.ZERO
				: Duration.between(now, failures.waitUntil());
	}

	private static Duration longest(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private static String key(String account, SignInSource source) {
		return account + '\u0000' + source.key();
	}

	/** Wrong passwords so far, and until when the next try waits. */
	private record Failures(int count, Instant last, Instant waitUntil) {

		static Failures after(Failures before, Instant now, int free, Duration longestWait) {
			int count = before == null || before.last().plus(MEMORY).isBefore(now) ? 1 : before.count() + 1;
			if (count <= free) {
				return new Failures(count, now, now);
			}
			// 1 s after the first failure beyond the free ones, then 2, 4, 8… up to the longest wait
			Duration wait = Duration.ofSeconds(1L << Math.min(count - free - 1, 20));
			return new Failures(count, now, now.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait));
		}

	}

}
