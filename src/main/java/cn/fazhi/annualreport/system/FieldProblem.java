package cn.fazhi.annualreport.system;

import java.util.Arrays;
import java.util.List;

/**
 * One reason why a field was refused: the field's path as the client sent it (e.g. {@code achievements[2].title})
 * and the bundle key of the message.
 */
public record FieldProblem(String field, String messageCode, Object... arguments) {

	/** The longest piece of what was sent that a message quotes back. */
	static final int QUOTED = 40;

	/** Longer than any path of the product's requests, e.g. {@code parts[2].items[10].items[3].heading}. */
	static final int PATH = 200;

	/**
	 * What the client sent is quoted back in the message (an unknown code, a wrong value, the name of an unknown
	 * field); a long one only by its beginning, so that no answer or page repeats megabytes someone posted.
	 */
	public FieldProblem {
		field = beginning(field, PATH);
		arguments = Arrays.stream(arguments).map(a -> a instanceof String text ? beginning(text, QUOTED) : a).toArray();
	}

	private static String beginning(String text, int length) {
		if (text == null || text.codePointCount(0, text.length()) <= length) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, length)) + "…";
	}

	/** Adds a problem to {@code problems} if {@code text} has more than {@code max} characters. */
	public static void checkLength(List<FieldProblem> problems, String field, String text, int max) {
		if (text != null && text.codePointCount(0, text.length()) > max) {
			problems.add(new FieldProblem(field, "problem.text-too-long", max));
		}
	}

	/** Adds a problem to {@code problems} if {@code text} has a line break inside ({@link SingleLine}). */
	public static void checkSingleLine(List<FieldProblem> problems, String field, String text) {
		if (!SingleLine.Validator.isSingleLine(text)) {
			problems.add(new FieldProblem(field, "problem.text.single-line"));
		}
	}

}
