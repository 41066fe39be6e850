package cn.fazhi.annualreport.catalogue;

import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.system.FieldLabels;

/** A figure of a section ({@code metrics.<code>}, or {@code metrics[<code>]} from a page) by the catalogue's name. */
@Component
class MetricFieldLabels implements FieldLabels.Source {

	private static final String PREFIX = "metrics";

	private final Catalogue catalogue;

	private final MessageSource messages;

	MetricFieldLabels(Catalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@Override
	public Optional<String> label(String field) {
		if (!field.startsWith(PREFIX) || field.length() <= PREFIX.length() + 1) {
			return Optional.empty();
		}
		String code = field.substring(PREFIX.length() + 1).replaceAll("]$", "");
		return catalogue.metric(code)
			.map(metric -> messages.getMessage("field.metric", new Object[] { metric.getName() },
					LocaleContextHolder.getLocale()));
	}

}
