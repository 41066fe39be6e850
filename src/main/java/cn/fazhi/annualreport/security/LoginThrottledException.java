package cn.fazhi.annualreport.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many wrong passwords for this account from this address: the try was refused without checking it. */
class LoginThrottledException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	private final long retryAfterSeconds;

	LoginThrottledException(Duration wait) {
		super("Too many failed sign-ins; retry in " + wait.toSeconds() + " s");
		// a client retrying after the whole seconds finds the wait over
		this.retryAfterSeconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
