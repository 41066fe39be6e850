package cn.fazhi.annualreport.system;

import org.springframework.http.HttpStatus;

/** Somebody saved a newer revision since the client read the one it edits (HTTP 409). */
public class VersionConflictException extends DomainProblem {

	public VersionConflictException(long expected, long actual) {
		super(HttpStatus.CONFLICT, "version-conflict", "problem.version-conflict", expected, actual);
		getBody().setProperty("currentVersion", actual);
	}

}
