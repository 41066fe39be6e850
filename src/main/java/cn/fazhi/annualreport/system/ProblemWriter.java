package cn.fazhi.annualreport.system;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

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

	/** A problem of the given type whose title and detail are the bundle's {@code problem.title.<type>} and {@code problem.<type>}. */
	public void write(HttpServletResponse response, HttpStatus status, String type) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("/problems/" + type));
		problem.setTitle(messages.getMessage("problem.title." + type, null, locale()));
		problem.setDetail(messages.getMessage("problem." + type, null, locale()));
		write(response, problem);
	}

	public void write(HttpServletResponse response, DomainProblem problem) throws IOException {
		write(response, problem, body -> {
		});
	}

	/** The product's own problem, with a last word from the caller (e.g. the {@code message} Camunda's clients show). */
	public void write(HttpServletResponse response, DomainProblem problem, Consumer<ProblemDetail> finish)
			throws IOException {
		ProblemDetail body = body(problem);
		problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		finish.accept(body);
		write(response, body);
	}

	/** The problem's body in the user's language, with the refused fields. */
	public ProblemDetail body(DomainProblem problem) {
		ProblemDetail body = problem.updateAndGetBody(messages, locale());
		if (!problem.errors().isEmpty()) {
			body.setProperty("errors", describe(problem.errors()));
		}
		return body;
	}

	/**
	 * The problem in one line, for clients that show a single message (Camunda's webapps show {@code message}): the
	 * detail, then each refused field with its reason.
	 */
	public String summary(ProblemDetail problem) {
		StringBuilder summary = new StringBuilder(String.valueOf(problem.getDetail()));
		if (problem.getProperties() != null && problem.getProperties().get("errors") instanceof List<?> errors
				&& !errors.isEmpty()) {
			summary.append(errors.stream()
				.map(error -> error instanceof Map<?, ?> field
						? (String.valueOf(field.get("field")).isEmpty() ? "" : field.get("field") + "：") + field.get("message")
						: String.valueOf(error))
				.collect(java.util.stream.Collectors.joining("；", "（", "）")));
		}
		return summary.toString();
	}

	/** The refused fields with their messages, as every problem lists them. */
	List<Map<String, String>> describe(List<FieldProblem> errors) {
		return errors.stream()
			.map(error -> Map.of("field", error.field(), "message",
					messages.getMessage(error.messageCode(), error.arguments(), error.messageCode(), locale())))
			.toList();
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
