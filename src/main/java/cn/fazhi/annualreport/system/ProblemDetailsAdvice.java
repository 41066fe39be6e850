package cn.fazhi.annualreport.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the JSON API into an RFC 7807 problem in the user's language. The product's own errors
 * ({@link DomainProblem}) carry their type and message codes; this class adds the field list and translates the
 * framework's errors about malformed requests.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	private final ProblemWriter problems;

	ProblemDetailsAdvice(MessageSource messages, ProblemWriter problems) {
		this.messages = messages;
		this.problems = problems;
		setMessageSource(messages);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem
				&& ex instanceof DomainProblem domain && !domain.errors().isEmpty()) {
			problem.setProperty("errors", problems.describe(domain.errors()));
		}
		return response;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new FieldProblem(error.getField(), "problem.field.rejected", resolve(error)));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.add(new FieldProblem("", "problem.field.rejected", resolve(error))));
		return handleExceptionInternal(new InvalidInputException(errors), null, headers, HttpStatus.BAD_REQUEST,
				request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> errors.add(new FieldProblem(result.getMethodParameter().getParameterName(),
						"problem.field.rejected", messages.getMessage(error, locale())))));
		return handleExceptionInternal(new InvalidInputException(errors), null, headers, HttpStatus.BAD_REQUEST,
				request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		InvalidInputException invalid = describe(ex.getCause());
		return handleExceptionInternal(invalid, null, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static InvalidInputException describe(Throwable cause) {
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return new InvalidInputException(path(unknown), "problem.json.unknown-field", unknown.getPropertyName());
		}
		if (cause instanceof InvalidFormatException format) {
			return new InvalidInputException(path(format), "problem.json.invalid-value", String.valueOf(format.getValue()),
					allowedValues(format.getTargetType()));
		}
		if (cause instanceof MismatchedInputException mismatch) {
			return new InvalidInputException(path(mismatch), "problem.json.wrong-type",
					typeName(mismatch.getTargetType()));
		}
		if (cause instanceof JsonMappingException mapping) {
			return new InvalidInputException(path(mapping), "problem.json.invalid", mapping.getOriginalMessage());
		}
		if (cause instanceof JsonProcessingException syntax && syntax.getLocation() != null) {
			return new InvalidInputException("", "problem.json.syntax", syntax.getLocation().getLineNr(),
					syntax.getLocation().getColumnNr());
		}
		return new InvalidInputException("", "problem.json.missing-body");
	}

	/**
	 * Two users wrote the same record at once and the database refused the second (a stale version, a duplicate key,
	 * a lock not granted in time); the loser reloads.
	 */
	@ExceptionHandler({ ConcurrencyFailureException.class, DataIntegrityViolationException.class })
	ResponseEntity<Object> handleConcurrentWrite(DataAccessException ex, WebRequest request) {
		return handleExceptionInternal(new ConcurrentUpdateException(ex), null, new HttpHeaders(), HttpStatus.CONFLICT,
				request);
	}

	private String resolve(org.springframework.context.MessageSourceResolvable error) {
		return messages.getMessage(error, locale());
	}

	private static String path(JsonMappingException ex) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : ex.getPath()) {
			if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
			else if (reference.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
			}
		}
		return path.toString();
	}

	private static String allowedValues(Class<?> type) {
		if (type != null && type.isEnum()) {
			return java.util.Arrays.stream(type.getEnumConstants())
				.map(String::valueOf)
				.collect(Collectors.joining("、"));
		}
		return typeName(type);
	}

	private static String typeName(Class<?> type) {
		if (type == null) {
			return "?";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "数字";
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

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
