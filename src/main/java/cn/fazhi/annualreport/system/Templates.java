package cn.fazhi.annualreport.system;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Texts users read outside the product's pages (Tasklist form summaries, mails), written as Thymeleaf templates so
 * their wording stays out of the code: plain text and Markdown under {@code templates/text/*.txt}, HTML under
 * {@code templates/*.html}. A name is looked up as text first.
 */
@Component
public class Templates {

	private final ITemplateEngine engine;

	Templates(ITemplateEngine engine) {
		this.engine = engine;
	}

	public String render(String template, Map<String, Object> model) {
		return engine.process(template, new Context(Locale.SIMPLIFIED_CHINESE, model));
	}

	/**
	 * A Markdown template: what users wrote must go through {@code md.escape(…)} in it, so that it shows as written
	 * and never as a link, an image or HTML.
	 */
	public String renderMarkdown(String template, Map<String, Object> model) {
		Map<String, Object> withEscaping = new java.util.HashMap<>(model);
		withEscaping.put("md", Markdown.TEMPLATES);
		return render(template, withEscaping);
	}

	@Configuration(proxyBeanMethods = false)
	static class Resolver {

		/** Tried before the HTML pages' resolver; only answers for templates that exist under templates/text/. */
		@Bean
		ClassLoaderTemplateResolver textTemplateResolver() {
			ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
			resolver.setPrefix("templates/text/");
			resolver.setSuffix(".txt");
			resolver.setTemplateMode(TemplateMode.TEXT);
			resolver.setCharacterEncoding("UTF-8");
			resolver.setCheckExistence(true);
			resolver.setOrder(0);
			return resolver;
		}

	}

}
