package cn.fazhi.annualreport.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle = new LoginThrottle(
			new SignInSettings(5, Duration.ofSeconds(30), 100, Duration.ofMinutes(2), null), clock);

	private final SignInSource office = SignInSource.address("198.51.100.1");

	private final SignInSource stranger = SignInSource.address("203.0.113.9");

	@Test
	void aFewWrongPasswordsCostNothing() {
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.waitBeforeTrying("admin", office)).isEmpty();
			throttle.failed("admin", office);
		}
		assertThat(throttle.waitBeforeTrying("admin", office)).isEmpty();
	}

	@Test
	void moreDoubleTheWaitUpToTheLongest() {
		for (int i = 0; i < 6; i++) {
			throttle.failed("admin", office);
		}
		assertThat(throttle.waitBeforeTrying("admin", office)).hasValue(Duration.ofSeconds(1));
		throttle.failed("admin", office);
		assertThat(throttle.waitBeforeTrying("admin", office)).hasValue(Duration.ofSeconds(2));
		for (int i = 0; i < 20; i++) {
			throttle.failed("admin", office);
		}
		assertThat(throttle.waitBeforeTrying("admin", office)).hasValue(Duration.ofSeconds(30));
		clock.plus(Duration.ofSeconds(30));
		assertThat(throttle.waitBeforeTrying("admin", office)).as("the longest wait is over").isEmpty();
	}

	@Test
	void aStrangerNeverKeepsTheOwnerOutFromElsewhere() {
		for (int i = 0; i < 50; i++) {
			throttle.failed("admin", stranger);
		}
		assertThat(throttle.waitBeforeTrying("admin", stranger)).isPresent();
		assertThat(throttle.waitBeforeTrying("admin", office)).isEmpty();
	}

	@Test
	void theOwnersOwnBrowserIsNotKeptWaitingBehindTheSameAddress() {
		for (int i = 0; i < 200; i++) {
			throttle.failed("admin", office);
			throttle.failed("user" + i, office);
		}
		assertThat(throttle.waitBeforeTrying("admin", office)).isPresent();
		assertThat(throttle.waitBeforeTrying("admin", SignInSource.device("the-owners-browser"))).isEmpty();
	}

	@Test
	void theRightPasswordCleansTheSlate() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("admin", office);
		}
		throttle.succeeded("admin", office);
		throttle.failed("admin", office);
		assertThat(throttle.waitBeforeTrying("admin", office)).isEmpty();
	}

	@Test
	void oneAddressTryingManyAccountsWaitsToo() {
		for (int i = 0; i < 101; i++) {
			throttle.failed("user" + i, stranger);
		}
		assertThat(throttle.waitBeforeTrying("someone-else", stranger)).isPresent();
		assertThat(throttle.waitBeforeTrying("someone-else", office)).isEmpty();
	}

	@Test
	void anIpv6NetworkCountsAsOneAddress() {
		SignInSource one = SignInSource.address("2001:db8:1:2:aaaa::1");
		SignInSource another = SignInSource.address("2001:db8:1:2:bbbb::2");
		assertThat(one).isEqualTo(another);
		assertThat(SignInSource.address("2001:db8:1:3::1")).isNotEqualTo(one);
		for (int i = 0; i < 8; i++) {
			throttle.failed("admin", one);
		}
		assertThat(throttle.waitBeforeTrying("admin", another)).isPresent();
	}

	@Test
	void failuresAreForgottenAfterAQuarterOfAnHour() {
		for (int i = 0; i < 8; i++) {
			throttle.failed("admin", office);
		}
		clock.plus(Duration.ofMinutes(16));
		throttle.failed("admin", office);
		assertThat(throttle.waitBeforeTrying("admin", office)).isEmpty();
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
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
