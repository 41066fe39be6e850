package cn.fazhi.annualreport.workflow;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * engine-rest answers a rule's refusal of a task completion as the product's API does: the problem's own status
 * (403, 409, 422) and an RFC 7807 body in Chinese, which also carries Camunda's {@code message} for Camunda's
 * clients. engine-rest wraps the engine's exception, and the rule's refusal in it, in a {@link RestException}; every
 * other one keeps Camunda's answer.
 */
class EngineRestRefusals implements ExceptionMapper<RestException> {

	private final RestExceptionHandler camunda = new RestExceptionHandler();

	private final MessageSource messages;

	private final ObjectMapper json;

	EngineRestRefusals(MessageSource messages, ObjectMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	public Response toResponse(RestException exception) {
		TaskRefusedException refusal = TaskRefusedException.in(exception);
		if (refusal == null) {
			return camunda.toResponse(exception);
		}
		ProblemDetail problem = refusal.problem().updateAndGetBody(messages, Locale.SIMPLIFIED_CHINESE);
		// the refusal's text, with the fields it names
		problem.setDetail(refusal.getMessage());
		problem.setProperty("message", refusal.getMessage());
		try {
			return Response.status(problem.getStatus())
				.type(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8")
				.entity(json.writeValueAsString(problem))
				.build();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Ahead of Camunda's own mapper for the same exception type. */
		@Bean
		ResourceConfigCustomizer engineRestRefusals(MessageSource messages, ObjectMapper json) {
			return config -> config.register(new EngineRestRefusals(messages, json), Priorities.USER - 100);
		}

	}

}
