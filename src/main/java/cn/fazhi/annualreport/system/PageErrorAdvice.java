package cn.fazhi.annualreport.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The product's errors on its HTML pages: the same Chinese title and detail as the JSON problem, on the error page.
 * The JSON APIs are answered by {@link ProblemDetailsAdvice}, which is consulted first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

	private final MessageSource messages;

	PageErrorAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ErrorResponseException.class)
	ModelAndView handle(ErrorResponseException ex, HttpServletResponse response) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ex.updateAndGetBody(messages, locale);
		response.setStatus(problem.getStatus());
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", problem.getStatus());
		page.addObject("title", problem.getTitle());
		page.addObject("detail", problem.getDetail());
		if (ex instanceof DomainProblem domain && !domain.errors().isEmpty()) {
			page.addObject("problem", domain);
		}
		return page;
	}

	/** Two people (or two clicks) wrote the same record at once and the database refused the second: reload. */
	@ExceptionHandler({ ConcurrencyFailureException.class, DataIntegrityViolationException.class })
	ModelAndView handle(DataAccessException ex, HttpServletResponse response) {
		return handle(ConcurrentUpdateException.of(ex), response);
	}

	/**
	 * A form or parameter in a shape no page sends (letters in a number field, a date that is none): said per field,
	 * as on the API. Handled here, not by Spring's default resolver, which would log every value sent, whatever size.
	 */
	@ExceptionHandler(BindException.class)
	ModelAndView handle(BindException ex, HttpServletResponse response) {
		return handle(BindingProblems.of(ex.getBindingResult(), messages, LocaleContextHolder.getLocale()), response);
	}

	@ExceptionHandler(TypeMismatchException.class)
	ModelAndView handle(TypeMismatchException ex, HttpServletResponse response) {
		return handle(BindingProblems.of(ex), response);
	}

	/** A form field no page of the product has (e.g. a list index that is not a number): the request is malformed. */
	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView handle(InvalidPropertyException ex, HttpServletResponse response) {
		return handle(new InvalidInputException(ex.getPropertyName(), "problem.field.unknown", ex.getPropertyName()),
				response);
	}

}
