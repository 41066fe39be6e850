package cn.fazhi.annualreport.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.system.ProblemWriter;

/**
 * 401 and 403 answers of the JSON APIs, as problem+json rather than a redirect to the login page.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemWriter problems;

	private final SignIn signIn;

	ProblemResponses(ProblemWriter problems, SignIn signIn) {
		this.problems = problems;
		this.signIn = signIn;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (authException instanceof LoginThrottledException throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
			problems.write(response, new TooManySignInsException(throttled.retryAfterSeconds()));
			return;
		}
		response.setHeader("WWW-Authenticate", signIn.challenge());
		problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		problems.write(response, HttpStatus.FORBIDDEN, "forbidden");
	}

}
