package cn.fazhi.annualreport.system;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

	ProblemWriter(ObjectMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
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
		body.setProperty("message", detail != null ? detail : summary(body.getDetail(), problem.errors()));
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

	/** The problem in one line: the detail, then each refused field with its reason. */
	private String summary(String detail, List<FieldProblem> errors) {
		if (errors.isEmpty()) {
			return detail;
		}
		return detail + errors.stream()
			.map(error -> (error.field().isEmpty() ? "" : error.field() + "：") + message(error))
			.collect(Collectors.joining("；", "（", "）"));
	}

	/** The refused fields with their messages, as every problem lists them. */
	List<Map<String, String>> describe(List<FieldProblem> errors) {
		return errors.stream().map(error -> Map.of("field", error.field(), "message", message(error))).toList();
	}

	private String message(FieldProblem error) {
		return messages.getMessage(error.messageCode(), error.arguments(), error.messageCode(), locale());
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
