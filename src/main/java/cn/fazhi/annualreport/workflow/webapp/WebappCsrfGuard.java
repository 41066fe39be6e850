package cn.fazhi.annualreport.workflow.webapp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.fazhi.annualreport.system.ProblemWriter;

/**
 * Checks the webapps' CSRF token before Camunda's own filter does. Camunda ends the whole session when a write comes
 * without the right token, so any page that makes the browser post to {@code /camunda/**} would sign the user out of
 * the product; here a refused write is only refused (403), and the session, Tasklist's token and the user's work
 * stay.
 */
class WebappCsrfGuard extends OncePerRequestFilter {

	private final ProblemWriter problems;

	WebappCsrfGuard(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches()
				|| hasTheSessionsToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME) == null) {
			// how Camunda's clients learn that they must fetch a token first
			response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, CsrfConstants.CSRF_TOKEN_HEADER_REQUIRED);
		}
		problems.write(response, HttpStatus.FORBIDDEN, "csrf");
	}

	private static boolean hasTheSessionsToken(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
		String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
		return expected instanceof String token && sent != null && MessageDigest
			.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
	}

}
