package cn.fazhi.annualreport.security;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the login form and HTTP Basic slow down someone guessing passwords, without ever locking the real user out
 * (DESIGN §9).
 *
 * @param freeFailures wrong passwords for one account from one address before it has to wait
 * @param longestWait the longest wait after a wrong password; the right password works again after it, whatever a
 * stranger typed (well under a minute)
 * @param addressFailures wrong passwords from one address, for any accounts, before that address has to wait too
 * (someone trying one password on many accounts)
 * @param verifiedFor how long a verified user name and password are accepted again without the slow hash, so that
 * HTTP Basic clients pay it once per sign-in and not on every call
 * @param deviceKey the key (32 bytes, Base64) that signs the cookies of browsers an account signed in with; without it
 * one is made at start-up, and after a restart every browser counts by its address again until its next sign-in
 * (several nodes share one)
 */
@Validated
@ConfigurationProperties("report.sign-in")
public record SignInSettings(@DefaultValue("5") @Min(1) @Max(100) int freeFailures,
		@DefaultValue("30s") Duration longestWait, @DefaultValue("100") @Min(1) @Max(10_000) int addressFailures,
		@DefaultValue("2m") Duration verifiedFor, String deviceKey) {

}
