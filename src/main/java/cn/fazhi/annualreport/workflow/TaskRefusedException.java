package cn.fazhi.annualreport.workflow;

import cn.fazhi.annualreport.system.DomainProblem;

/**
 * A task completion that a rule refused. The engine wraps listener exceptions in its own, so the message carries
 * the refusal in the user's language for Tasklist and engine-rest, and the original problem rides along as the
 * cause for the product's API.
 */
public class TaskRefusedException extends RuntimeException {

	TaskRefusedException(String message, DomainProblem problem) {
		super(message, problem);
	}

	public DomainProblem problem() {
		return (DomainProblem) getCause();
	}

	/** The refusal somewhere in the engine exception's causes, or {@code null}. */
	public static TaskRefusedException in(Throwable exception) {
		return causeOf(exception, TaskRefusedException.class);
	}

	/** The product problem somewhere in the engine exception's causes, or {@code null}. */
	static DomainProblem problemIn(Throwable exception) {
		return causeOf(exception, DomainProblem.class);
	}

	/** The first cause of the given type in the exception's causes, or {@code null}. */
	public static <T extends Throwable> T causeOf(Throwable exception, Class<T> type) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
