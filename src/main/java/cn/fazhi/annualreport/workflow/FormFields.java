package cn.fazhi.annualreport.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The labels of the Camunda Forms' fields, read from the forms the engine deploys (the classpath's
 * {@code forms/}). A refusal shown in Tasklist names the field as the person sees it on the form (意见), not as the
 * product's API calls it ({@code comment}).
 */
@Component
class FormFields {

	static final String FORMS = "classpath*:forms/**/*.form";

	/** Per form id, each field's key and label. */
	private final Map<String, Map<String, String>> labels;

	FormFields() {
		this(read(FORMS));
	}

	FormFields(Map<String, Map<String, String>> labels) {
		this.labels = Map.copyOf(labels);
	}

	/**
	 * The label of the field of the form that holds the product's field: the field of that key, or else the one
	 * whose key ends with it, as the forms name the decision's fields after their step ({@code headComment} holds
	 * the head's {@code comment}, {@code signOpinion} the leader's {@code opinion}).
	 */
	Optional<String> label(String formId, String field) {
		Map<String, String> fields = formId == null ? null : labels.get(formId);
		if (fields == null || field == null || field.isEmpty()) {
			return Optional.empty();
		}
		if (fields.containsKey(field)) {
			return Optional.of(fields.get(field));
		}
		String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
		return fields.entrySet()
			.stream()
			.filter(entry -> entry.getKey().endsWith(suffix))
			.map(Map.Entry::getValue)
			.findFirst();
	}

	private static Map<String, Map<String, String>> read(String pattern) {
		ObjectMapper json = new ObjectMapper();
		Map<String, Map<String, String>> forms = new HashMap<>();
		try {
			for (Resource form : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				try (InputStream in = form.getInputStream()) {
					JsonNode root = json.readTree(in);
					Map<String, String> fields = new LinkedHashMap<>();
					collect(root, fields);
					forms.put(root.path("id").asText(), fields);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return forms;
	}

	/** form-js: an input component has a key and a label; a date field's label is its {@code dateLabel}. */
	private static void collect(JsonNode component, Map<String, String> fields) {
		String key = component.path("key").asText("");
		String label = component.path("label").asText(component.path("dateLabel").asText(""));
		if (!key.isEmpty() && !label.isEmpty()) {
			fields.put(key, label);
		}
		component.path("components").forEach(child -> collect(child, fields));
	}

}
