package cn.fazhi.annualreport.system;

import java.sql.SQLException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;

/**
 * Someone else changed the same record at the same moment, and the database refused the second write (HTTP 409):
 * a duplicate key, a stale row version, a lock that was not granted in time. The user reloads and tries again.
 */
public class ConcurrentUpdateException extends DomainProblem {

	/** SQL's code for a unique constraint broken, the same on H2 and PostgreSQL. */
	private static final String UNIQUE_VIOLATION = "23505";

	private ConcurrentUpdateException(Throwable cause) {
		super(HttpStatus.CONFLICT, "concurrent-update", cause, "problem.concurrent-update");
	}

	/**
	 * The database's refusal as the conflict it is: a lock or row version lost to another write, or a key written
	 * twice. Anything else the database refuses (a value too long, a missing one) is a fault to see, not a conflict
	 * to retry: it is thrown on as it is.
	 */
	public static ConcurrentUpdateException of(DataAccessException refusal) {
		if (refusal instanceof ConcurrencyFailureException || refusal instanceof DuplicateKeyException) {
			return new ConcurrentUpdateException(refusal);
		}
		for (Throwable cause = refusal; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				return new ConcurrentUpdateException(refusal);
			}
		}
		throw refusal;
	}

}
