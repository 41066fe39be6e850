package cn.fazhi.annualreport.system;

import org.springframework.http.HttpStatus;

/**
 * Someone else changed the same record at the same moment, and the database refused the second write (HTTP 409):
 * a duplicate key, a stale row version, a lock that was not granted in time. The user reloads and tries again.
 */
public class ConcurrentUpdateException extends DomainProblem {

	public ConcurrentUpdateException(Throwable cause) {
		super(HttpStatus.CONFLICT, "concurrent-update", cause, "problem.concurrent-update");
	}

}
