package cn.fazhi.annualreport.security;

import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.DomainProblem;

/** Too many wrong passwords for the account from this address: wait before trying again (HTTP 429). */
class TooManySignInsException extends DomainProblem {

	TooManySignInsException(long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins", "problem.too-many-sign-ins", retryAfterSeconds);
	}

}
