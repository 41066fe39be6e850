package cn.fazhi.annualreport.security;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * 401 and 403 answers of the JSON APIs, as problem+json rather than a redirect to the login page.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectMapper json;

	private final MessageSource messages;

	private final SignIn signIn;

	ProblemResponses(ObjectMapper json, MessageSource messages, SignIn signIn) {
		this.json = json;
		this.messages = messages;
		this.signIn = signIn;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader("WWW-Authenticate", signIn.challenge());
		write(response, HttpStatus.UNAUTHORIZED, "unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(response, HttpStatus.FORBIDDEN, "forbidden");
	}

	private void write(HttpServletResponse response, HttpStatus status, String type) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("/problems/" + type));
		problem.setTitle(messages.getMessage("problem.title." + type, null, LocaleContextHolder.getLocale()));
		problem.setDetail(messages.getMessage("problem." + type, null, LocaleContextHolder.getLocale()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
