package cn.fazhi.annualreport.section;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.system.DomainProblem;

/** The section was urged already today (HTTP 429); {@code Retry-After} says when the next Beijing day begins. */
public class AlreadyUrgedException extends DomainProblem {

	public AlreadyUrgedException(String departmentName, LocalDate today, Instant now) {
		super(HttpStatus.TOO_MANY_REQUESTS, "already-urged", "problem.already-urged", departmentName);
		long retryAfter = Math.max(1,
				Duration.between(now, today.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant()).toSeconds());
		getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
		getBody().setProperty("retryAfter", retryAfter);
	}

}
