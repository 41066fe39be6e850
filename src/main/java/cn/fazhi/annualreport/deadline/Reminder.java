package cn.fazhi.annualreport.deadline;

/**
 * What a person is told about a step on a given day.
 *
 * @param kind before the due day, on it, or after it
 * @param workingDays working days left before the due day, or working days overdue
 */
public record Reminder(Kind kind, int workingDays) {

	public enum Kind {

		/** 催办: the step is due in a few working days. */
		BEFORE_DUE,
		/** 催办: the step is due today. */
		DUE_TODAY,
		/** 督办: the step is overdue; its department head and the report editors are told too. */
		OVERDUE

	}

}
