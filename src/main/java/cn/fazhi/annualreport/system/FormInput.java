package cn.fazhi.annualreport.system;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text bound from a request parameter (page forms, {@code @RequestParam}, path variables) is cleaned
 * ({@link TextCleaner}) before a controller sees it, as JSON strings are by {@link JsonInput}.
 */
@ControllerAdvice
class FormInput {

	@InitBinder
	void cleanText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new CleanText());
	}

	/** A new one per binder: property editors keep state. */
	private static final class CleanText extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(TextCleaner.clean(text));
		}

	}

}
