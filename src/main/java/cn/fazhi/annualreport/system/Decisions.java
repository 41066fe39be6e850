package cn.fazhi.annualreport.system;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Decisions arrive as plain strings when a task is completed in Tasklist or through engine-rest; these checks turn
 * them into the product's enums and comments, with the same 400 answers the JSON API gives.
 */
public final class Decisions {

	/**
	 * Longest comment, opinion, note or reason attached to a decision, in UTF-16 units as Java and the browser count
	 * them. Comments travel as Camunda string variables ({@code headComment}, {@code signOpinion}…), which Camunda
	 * keeps in {@code VARCHAR(4000)} columns (runtime, history, details) on H2 and PostgreSQL: 4,000 units are at
	 * most 4,000 characters on either. The API's records, these checks and the Camunda Forms' {@code maxLength} all
	 * use this one number.
	 */
	public static final int MAX_COMMENT = 4_000;

	/**
	 * Longest decision or date as sent: a short code, possibly padded. A longer one is refused, not stripped, because
	 * the engine keeps the variable as sent.
	 */
	private static final int MAX_CODE = 64;

	private Decisions() {
	}

	public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		if (value != null && value.length() <= MAX_CODE) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(value.strip())) {
					return constant;
				}
			}
		}
		// a long value is quoted by its beginning (FieldProblem)
		throw new InvalidInputException(field, "problem.decision.invalid", String.valueOf(value),
				Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、")));
	}

	/**
	 * A date as Tasklist's date field or a client submits it ({@code YYYY-MM-DD}, a time after it is ignored);
	 * {@code null} when empty.
	 */
	public static java.time.LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		try {
			if (text.length() > MAX_CODE) {
				throw new IllegalArgumentException("not a date");
			}
			return java.time.LocalDate.parse(value.substring(0, Math.min(10, value.length())));
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException(field, "problem.json.wrong-type", "日期（YYYY-MM-DD）");
		}
	}

	/**
	 * The comment of a decision, {@code null} when empty. A decision that sends work back must say why: the comment
	 * is what the person who gets it back works from.
	 */
	public static String reason(String field, String comment, boolean required) {
		return reason(field, comment, required, MAX_COMMENT);
	}

	/** The same, for a text with a shorter limit of its own (at most {@link #MAX_COMMENT}). */
	public static String reason(String field, String comment, boolean required, int max) {
		String text = comment == null ? "" : comment.strip();
		if (required && text.isEmpty()) {
			throw new InvalidInputException(field, "problem.decision.reason-required");
		}
		// as sent, not stripped: the engine stores the variable exactly as the completer sent it
		if (comment != null && comment.length() > max) {
			throw new InvalidInputException(field, "problem.text-too-long", max);
		}
		return text.isEmpty() ? null : text;
	}

}
