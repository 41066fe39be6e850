package cn.fazhi.annualreport.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refused field named as the page names it (第一责任人职责…, 主要举措和成效第 3 项的标题), never by its path in the
 * request ({@code leadership}, {@code achievements[2].title}). The bundle's {@code field.<path>} gives the name, each
 * index in the path turned into {@code []} and passed, counted from 1, as an argument; {@link Source}s name what the
 * bundle cannot, such as the catalogue's figures. A path nobody names is shown as it is.
 */
@Component("fieldLabels")
public class FieldLabels {

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

	private final MessageSource messages;

	private final List<Source> sources;

	FieldLabels(MessageSource messages, List<Source> sources) {
		this.messages = messages;
		this.sources = sources;
	}

	public String of(String field) {
		return of(field, LocaleContextHolder.getLocale());
	}

	public String of(String field, Locale locale) {
		if (field == null || field.isEmpty()) {
			return "";
		}
		for (Source source : sources) {
			Optional<String> label = source.label(field);
			if (label.isPresent()) {
				return label.get();
			}
		}
		List<Object> positions = new ArrayList<>();
		Matcher index = INDEX.matcher(field);
		StringBuilder key = new StringBuilder("field.");
		while (index.find()) {
			positions.add(Integer.parseInt(index.group(1)) + 1);
			index.appendReplacement(key, "[]");
		}
		index.appendTail(key);
		return messages.getMessage(key.toString(), positions.toArray(), field, locale);
	}

	/** Names fields whose names are data, not text of the product (e.g. {@code metrics.court-cases}). */
	public interface Source {

		Optional<String> label(String field);

	}

}
