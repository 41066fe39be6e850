package cn.fazhi.annualreport.system;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers for the errors no controller answered (an unknown address, a refused method, a failure outside the
 * product's code), in place of Spring Boot's {@code BasicErrorController}: the error page (templates/error.html) for
 * browsers, a problem in Chinese for every other client. {@code /error} itself is not a page: asked for directly,
 * with no error behind it, it is an address that does not exist (404), where Boot answered 500 with status 999.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorAnswers implements ErrorController {

	private final MessageSource messages;

	ErrorAnswers(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
		HttpStatusCode status = status(request);
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		return page;
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatusCode status = status(request);
		Locale locale = LocaleContextHolder.getLocale();
		String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri
				: request.getRequestURI();
		Object[] arguments = { request.getMethod(), path };
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(messages.getMessage("problem.title.status." + status.value(), null,
				messages.getMessage("problem.title.status", null, locale), locale));
		problem.setDetail(messages.getMessage("problem.status." + status.value(), arguments,
				messages.getMessage("problem.status", null, locale), locale));
		try {
			problem.setInstance(URI.create(path));
		}
		catch (IllegalArgumentException ex) {
			// an address that is no URI has no instance to name
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The status of the error being answered; none when /error was asked for by its address. */
	private static HttpStatusCode status(HttpServletRequest request) {
		return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
				? HttpStatusCode.valueOf(code) : HttpStatus.NOT_FOUND;
	}

}
