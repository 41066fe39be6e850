package cn.fazhi.annualreport.system;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The framework's refusals of a request's fields (letters where a number goes, a value its rules refuse) as the
 * product's {@link InvalidInputException}, per field, in Chinese, quoting what was sent only by its beginning. One
 * way for the JSON API and the pages alike.
 */
final class BindingProblems {

	private static final Set<Class<?>> INTEGERS = Set.of(Long.class, long.class, Integer.class, int.class, Short.class,
			short.class, Byte.class, byte.class, BigInteger.class);

	private BindingProblems() {
	}

	/** A parameter of the address or the form that does not convert to what the product expects. */
	static InvalidInputException of(TypeMismatchException ex) {
		return new InvalidInputException(List.of(wrongValue(ex.getPropertyName(), ex.getRequiredType(), ex.getValue())));
	}

	/** Every field and global error of a bound form or body. */
	static InvalidInputException of(BindingResult result, MessageSource messages, Locale locale) {
		List<FieldProblem> problems = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			problems.add(error.contains(TypeMismatchException.class)
					? wrongValue(error.getField(), error.unwrap(TypeMismatchException.class).getRequiredType(),
							error.getRejectedValue())
					: new FieldProblem(error.getField(), "problem.field.rejected", messages.getMessage(error, locale)));
		}
		result.getGlobalErrors()
			.forEach(error -> problems
				.add(new FieldProblem("", "problem.field.rejected", messages.getMessage(error, locale))));
		return new InvalidInputException(problems);
	}

	private static FieldProblem wrongValue(String field, Class<?> type, Object value) {
		return new FieldProblem(field, "problem.json.wrong-value", typeName(type),
				value instanceof String[] values ? String.join(",", values) : String.valueOf(value));
	}

	/** The values an enumeration allows, or what kind of value a type takes. */
	static String allowedValues(Class<?> type) {
		if (type != null && type.isEnum()) {
			return Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、"));
		}
		return typeName(type);
	}

	/** What kind of value a type takes, as a user would say it. */
	static String typeName(Class<?> type) {
		if (type == null) {
			return "?";
		}
		if (INTEGERS.contains(type)) {
			return "整数";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "数字";
		}
		if (Boolean.class.equals(type) || boolean.class.equals(type)) {
			return "true 或 false";
		}
		if (java.time.LocalDate.class.equals(type)) {
			return "日期（YYYY-MM-DD）";
		}
		if (java.util.Collection.class.isAssignableFrom(type)) {
			return "数组";
		}
		if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
			return "文本";
		}
		return "对象";
	}

}
