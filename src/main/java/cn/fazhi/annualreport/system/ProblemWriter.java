package cn.fazhi.annualreport.system;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes RFC 7807 problems in the user's language where Spring MVC's advice does not reach: servlet filters in front
 * of the APIs (sign-in, the engine API's gate, request limits). The body is the one {@link ProblemDetailsAdvice}
 * gives for the same problem.
 */
@Component
public class ProblemWriter {

	private final ObjectMapper json;

	private final MessageSource messages;

	private final FieldLabels labels;

	ProblemWriter(ObjectMapper json, MessageSource messages, FieldLabels labels) {
		this.json = json;
		this.messages = messages;
		this.labels = labels;
	}

	/** A problem whose title and detail are the bundle's {@code problem.title.<type>} and {@code problem.<type>}. */
	public void write(HttpServletResponse response, HttpStatus status, String type) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("/problems/" + type));
		problem.setTitle(messages.getMessage("problem.title." + type, null, locale()));
		problem.setDetail(messages.getMessage("problem." + type, null, locale()));
		write(response, problem);
	}

	public void write(HttpServletResponse response, DomainProblem problem) throws IOException {
		problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		write(response, body(problem));
	}

	/** A problem for Camunda's webapps and engine-rest clients: with the {@code message} they show. */
	public void writeForCamunda(HttpServletResponse response, DomainProblem problem) throws IOException {
		problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		write(response, forCamunda(problem, null));
	}

	/**
	 * The problem's body with the {@code message} Camunda's webapps show of an error: the detail (or the one given,
	 * which already names the fields) and the refused fields.
	 */
	public ProblemDetail forCamunda(DomainProblem problem, String detail) {
		ProblemDetail body = body(problem);
		if (detail != null) {
			body.setDetail(detail);
		}
		body.setProperty("message", detail != null ? detail : summary(body.getDetail(), problem.errors(), locale(), field -> labels.of(field, locale())));
		return body;
	}

	/** The problem's body in the user's language, with the refused fields. */
	public ProblemDetail body(DomainProblem problem) {
		ProblemDetail body = problem.updateAndGetBody(messages, locale());
		if (!problem.errors().isEmpty()) {
			body.setProperty("errors", describe(problem.errors()));
		}
		return body;
	}

	/** The problem in one line, in the user's language: the detail, then each refused field with its reason. */
	public String oneLine(DomainProblem problem, Locale locale) {
		return oneLine(problem, locale, field -> labels.of(field, locale));
	}

	/** The same, naming each refused field by {@code fieldName}, e.g. as a Tasklist form labels it. */
	public String oneLine(DomainProblem problem, Locale locale, UnaryOperator<String> fieldName) {
		ProblemDetail body = problem.updateAndGetBody(messages, locale);
		return summary(body.getDetail() != null ? body.getDetail() : String.valueOf(body.getTitle()),
				problem.errors(), locale, fieldName);
	}

	private String summary(String detail, List<FieldProblem> errors, Locale locale, UnaryOperator<String> fieldName) {
		if (errors.isEmpty()) {
			return detail;
		}
		return detail + errors.stream()
			.map(error -> (error.field().isEmpty() ? "" : fieldName.apply(error.field()) + "：")
					+ message(error, locale))
			.collect(Collectors.joining("；", "（", "）"));
	}

	/**
	 * The refused fields with their messages, as every problem lists them: {@code field} the path in the request,
	 * {@code label} the field as the page names it.
	 */
	List<Map<String, String>> describe(List<FieldProblem> errors) {
		return errors.stream()
			.map(error -> Map.of("field", error.field(), "label", labels.of(error.field(), locale()), "message",
					message(error, locale())))
			.toList();
	}

	/** Each refused field's reasons, for a page that shows them beside the field; keyed by the path in the form. */
	public Map<String, String> reasonsByField(DomainProblem problem) {
		Map<String, String> reasons = new java.util.LinkedHashMap<>();
		if (problem != null) {
			problem.errors()
				.stream()
				.filter(error -> !error.field().isEmpty())
				.forEach(error -> reasons.merge(error.field(), message(error, locale()), (a, b) -> a + "；" + b));
		}
		return reasons;
	}

	private String message(FieldProblem error, Locale locale) {
		return messages.getMessage(error.messageCode(), error.arguments(), error.messageCode(), locale);
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
