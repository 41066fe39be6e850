package cn.fazhi.annualreport.section;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.DomainProblem;

/** The user saved new revisions faster than anyone writes (HTTP 429); {@code Retry-After} says when to try again. */
class TooManySavesException extends DomainProblem {

	public TooManySavesException(int perMinute, long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, "too-many-saves", "problem.too-many-saves", perMinute, retryAfterSeconds);
		getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
		getBody().setProperty("retryAfter", retryAfterSeconds);
	}

}
