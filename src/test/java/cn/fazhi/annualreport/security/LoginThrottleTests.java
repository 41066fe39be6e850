package cn.fazhi.annualreport.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle = new LoginThrottle(
			new SignInSettings(5, Duration.ofSeconds(30), 100, Duration.ofMinutes(2)), clock);

	@Test
	void aFewWrongPasswordsCostNothing() {
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.waitBeforeTrying("admin", "198.51.100.1")).isEmpty();
			throttle.failed("admin", "198.51.100.1");
		}
		assertThat(throttle.waitBeforeTrying("admin", "198.51.100.1")).isEmpty();
	}

	@Test
	void moreDoubleTheWaitUpToTheLongest() {
		for (int i = 0; i < 6; i++) {
			throttle.failed("admin", "198.51.100.1");
		}
		assertThat(throttle.waitBeforeTrying("admin", "198.51.100.1")).hasValue(Duration.ofSeconds(1));
		throttle.failed("admin", "198.51.100.1");
		assertThat(throttle.waitBeforeTrying("admin", "198.51.100.1")).hasValue(Duration.ofSeconds(2));
		for (int i = 0; i < 20; i++) {
			throttle.failed("admin", "198.51.100.1");
		}
		assertThat(throttle.waitBeforeTrying("admin", "198.51.100.1")).hasValue(Duration.ofSeconds(30));
		clock.plus(Duration.ofSeconds(30));
		assertThat(throttle.waitBeforeTrying("admin", "198.51.100.1")).as("the longest wait is over").isEmpty();
	}

	@Test
	void aStrangerNeverKeepsTheOwnerOutFromElsewhere() {
		for (int i = 0; i < 50; i++) {
			throttle.failed("admin", "203.0.113.9");
		}
		assertThat(throttle.waitBeforeTrying("admin", "203.0.113.9")).isPresent();
		assertThat(throttle.waitBeforeTrying("admin", "198.51.100.1")).isEmpty();
	}

	@Test
	void theRightPasswordCleansTheSlate() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("admin", "198.51.100.1");
		}
		throttle.succeeded("admin", "198.51.100.1");
		throttle.failed("admin", "198.51.100.1");
		assertThat(throttle.waitBeforeTrying("admin", "198.51.100.1")).isEmpty();
	}

	@Test
	void oneAddressTryingManyAccountsWaitsToo() {
		for (int i = 0; i < 101; i++) {
			throttle.failed("user" + i, "203.0.113.9");
		}
		assertThat(throttle.waitBeforeTrying("someone-else", "203.0.113.9")).isPresent();
		assertThat(throttle.waitBeforeTrying("someone-else", "198.51.100.1")).isEmpty();
	}

	@Test
	void failuresAreForgottenAfterAQuarterOfAnHour() {
		for (int i = 0; i < 8; i++) {
			throttle.failed("admin", "198.51.100.1");
		}
		clock.plus(Duration.ofMinutes(16));
		throttle.failed("admin", "198.51.100.1");
		assertThat(throttle.waitBeforeTrying("admin", "198.51.100.1")).isEmpty();
	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2027-01-04T01:00:00Z");

		void plus(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
