package cn.fazhi.annualreport.system;

import java.util.List;

/**
 * One reason why a field was refused: the field's path as the client sent it (e.g. {@code achievements[2].title})
 * and the bundle key of the message.
 */
public record FieldProblem(String field, String messageCode, Object... arguments) {

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
