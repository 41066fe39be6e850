package cn.fazhi.annualreport.system;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
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

	/** spring.servlet.multipart.max-request-size, for uploads refused before the limit is known to the exception. */
	private final long multipartLimit;

	ProblemDetailsAdvice(MessageSource messages, ProblemWriter problems,
			@Value("${spring.servlet.multipart.max-request-size:20MB}") DataSize multipartLimit) {
		this.messages = messages;
		this.problems = problems;
		this.multipartLimit = multipartLimit.toBytes();
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
		return handleExceptionInternal(BindingProblems.of(ex.getBindingResult(), messages, locale()), null, headers,
				HttpStatus.BAD_REQUEST, request);
	}

	/** A query parameter that does not convert, e.g. letters for a year: said per field, quoting only its start. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(BindingProblems.of(ex), null, headers, HttpStatus.BAD_REQUEST, request);
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

	/**
	 * What is wrong with a body Jackson could not read, with the field's path as the client wrote it. Syntax errors
	 * (a duplicate key, a number out of range) are located by the parser, mapping errors by Jackson's path.
	 */
	private static InvalidInputException describe(Throwable cause) {
		Throwable error = cause instanceof JsonMappingException mapping
				&& mapping.getCause() instanceof StreamReadException read ? read : cause;
		JsonParser parser = error instanceof JsonProcessingException json
				&& json.getProcessor() instanceof JsonParser reading ? reading : null;
		if (parser != null && afterTheDocument(parser.getParsingContext(), error instanceof JsonParseException)) {
			return new InvalidInputException("", "problem.json.trailing");
		}
		if (error instanceof UnrecognizedPropertyException unknown) {
			return new InvalidInputException(path(unknown), "problem.json.unknown-field", unknown.getPropertyName());
		}
		if (error instanceof InvalidNullException nullItem) {
			return new InvalidInputException(path(nullItem), "problem.json.null");
		}
		if (error instanceof InvalidFormatException format) {
			Class<?> target = format.getTargetType();
			if (target != null && target.isEnum()) {
				return new InvalidInputException(path(format), "problem.json.invalid-value",
						String.valueOf(format.getValue()), BindingProblems.allowedValues(target));
			}
			if (format.getValue() instanceof Double number && (number.isInfinite() || number.isNaN())) {
				return new InvalidInputException(path(format), "problem.json.out-of-range");
			}
			return new InvalidInputException(path(format), "problem.json.wrong-value", BindingProblems.typeName(target),
					String.valueOf(format.getValue()));
		}
		if (error instanceof MismatchedInputException mismatch) {
			return new InvalidInputException(path(mismatch), "problem.json.wrong-type",
					BindingProblems.typeName(mismatch.getTargetType()));
		}
		if (error instanceof JsonMappingException mapping) {
			return new InvalidInputException(path(mapping), "problem.json.invalid", mapping.getOriginalMessage());
		}
		if (error instanceof InputCoercionException) {
			return new InvalidInputException(path(parser), "problem.json.out-of-range");
		}
		// STRICT_DUPLICATE_DETECTION reports a duplicate as a parse error of its own wording
		if (error instanceof JsonParseException duplicate && parser != null
				&& duplicate.getOriginalMessage().startsWith("Duplicate field")) {
			return new InvalidInputException(path(parser), "problem.json.duplicate-key",
					parser.getParsingContext().getCurrentName());
		}
		if (error instanceof JsonProcessingException syntax && syntax.getLocation() != null) {
			return new InvalidInputException("", "problem.json.syntax", syntax.getLocation().getLineNr(),
					syntax.getLocation().getColumnNr());
		}
		return new InvalidInputException("", "problem.json.missing-body");
	}

	/**
	 * Whether the parser had read a whole document when it failed: a second value began, or a syntax error came after
	 * the first one (a bracket too many, words after the object).
	 */
	private static boolean afterTheDocument(JsonStreamContext context, boolean syntaxError) {
		JsonStreamContext root = context;
		while (root.getParent() != null) {
			root = root.getParent();
		}
		return root.getEntryCount() > 1 || (syntaxError && context.inRoot() && context.getEntryCount() > 0);
	}

	/**
	 * A JSON body sent as a form, as multipart or as text: 415 with the type that was sent and the one to send, without
	 * the parameters (a multipart boundary says nothing to the reader).
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		MediaType sent = ex.getContentType();
		List<MediaType> supported = ex.getSupportedMediaTypes();
		String expected = supported.isEmpty() || supported.contains(MediaType.APPLICATION_JSON)
				? MediaType.APPLICATION_JSON_VALUE
				: supported.stream().map(type -> type.getType() + "/" + type.getSubtype()).collect(Collectors.joining("、"));
		return handleExceptionInternal(new UnsupportedContentTypeException(sent, expected), null, headers, status,
				request);
	}

	/** A file above the upload limit: the same Chinese 413 as any body too large for its request. */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		long limit = ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize() : multipartLimit;
		return handleExceptionInternal(new PayloadTooLargeException((int) (limit / 1024)), null, headers, status,
				request);
	}

	/** An upload whose multipart body cannot be read (no boundary, cut off): the request is malformed. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> handleMalformedMultipart(MultipartException ex, WebRequest request) {
		return handleExceptionInternal(new InvalidInputException("", "problem.multipart.malformed"), null,
				new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * Two users wrote the same record at once and the database refused the second (a stale version, a duplicate key,
	 * a lock not granted in time); the loser reloads.
	 */
	@ExceptionHandler({ ConcurrencyFailureException.class, DataIntegrityViolationException.class })
	ResponseEntity<Object> handleConcurrentWrite(DataAccessException ex, WebRequest request) {
		return handleExceptionInternal(ConcurrentUpdateException.of(ex), null, new HttpHeaders(), HttpStatus.CONFLICT,
				request);
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

	/** Where the parser stopped, e.g. {@code achievements[0].title}. */
	private static String path(JsonParser parser) {
		Deque<String> steps = new ArrayDeque<>();
		for (JsonStreamContext context = parser == null ? null : parser.getParsingContext();
				context != null && !context.inRoot();
				context = context.getParent()) {
			if (context.inArray()) {
				steps.push("[" + Math.max(context.getCurrentIndex(), 0) + "]");
			}
			else if (context.getCurrentName() != null) {
				steps.push(context.getCurrentName());
			}
		}
		StringBuilder path = new StringBuilder();
		for (String step : steps) {
			path.append(path.isEmpty() || step.startsWith("[") ? "" : ".").append(step);
		}
		return path.toString();
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
