package cn.fazhi.annualreport.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseCookie;

import static org.assertj.core.api.Assertions.assertThat;

class SignInDevicesTests {

	private final SignInDevices devices = new SignInDevices(
			new SignInSettings(5, Duration.ofSeconds(30), 100, Duration.ofMinutes(2), null));

	@Test
	void aBrowserIsKnownForTheAccountItSignedInWith() {
		ResponseCookie cookie = devices.cookieFor("liaison-sfj", true);

		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.isSecure()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo("Strict");
		assertThat(cookie.getPath()).isEqualTo("/login");
		assertThat(devices.deviceOf(cookie.getValue(), "liaison-sfj")).isPresent();
		assertThat(devices.deviceOf(cookie.getValue(), "admin")).as("another account").isEmpty();
	}

	@Test
	void aForgedOrAlteredCookieIsNotABrowserOfTheAccount() {
		String cookie = devices.cookieFor("liaison-sfj", false).getValue();
		String[] parts = cookie.split("\\.");
		assertThat(devices.deviceOf(parts[0] + "x." + parts[1] + "." + parts[2], "liaison-sfj")).isEmpty();
		assertThat(devices.deviceOf("a.bGlhaXNvbi1zZmo.c2lnbmF0dXJl", "liaison-sfj")).isEmpty();
		assertThat(devices.deviceOf("not a cookie", "liaison-sfj")).isEmpty();
		assertThat(devices.deviceOf(null, "liaison-sfj")).isEmpty();
		assertThat(new SignInDevices(new SignInSettings(5, Duration.ofSeconds(30), 100, Duration.ofMinutes(2), null))
			.deviceOf(cookie, "liaison-sfj")).as("signed under another key: before a restart").isEmpty();
	}

}
