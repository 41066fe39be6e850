package cn.fazhi.annualreport.system;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Decisions arrive as plain strings when a task is completed in Tasklist or through engine-rest; these checks turn
 * them into the product's enums and comments, with the same 400 answers the JSON API gives.
 */
public final class Decisions {

	/** Longest comment, opinion or note attached to a decision. */
	public static final int MAX_COMMENT = 5_000;

	private Decisions() {
	}

	public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		if (value != null) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(value.strip())) {
					return constant;
				}
			}
		}
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
		String text = comment == null ? "" : comment.strip();
		if (required && text.isEmpty()) {
			throw new InvalidInputException(field, "problem.decision.reason-required");
		}
		if (text.codePointCount(0, text.length()) > MAX_COMMENT) {
			throw new InvalidInputException(field, "problem.text-too-long", MAX_COMMENT);
		}
		return text.isEmpty() ? null : text;
	}

}
