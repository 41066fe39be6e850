package cn.fazhi.annualreport.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text printed on one line (a name, a title, a 发文字号): a line break inside it is refused. Line breaks before or
 * after the words are not "inside" and are stripped where the text is stored. Services that pages and Tasklist call
 * apply the same rule through {@link FieldProblem#checkSingleLine}.
 */
@Documented
@Constraint(validatedBy = SingleLine.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
		ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

	String message() default "{problem.text.single-line}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the annotated text; {@link #isSingleLine} is the rule for code that checks without annotations. */
	class Validator implements ConstraintValidator<SingleLine, CharSequence> {

		/** Whether {@code text} has no line break between its words; {@code null} has none. */
		public static boolean isSingleLine(CharSequence text) {
			return text == null || text.toString().strip().chars().noneMatch(Validator::isLineBreak);
		}

		/** LF and CR, and what else some system may send as one: VT, FF, NEL, U+2028 and U+2029. */
		private static boolean isLineBreak(int c) {
			return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
		}

		@Override
		public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
			return isSingleLine(text);
		}

	}

}
