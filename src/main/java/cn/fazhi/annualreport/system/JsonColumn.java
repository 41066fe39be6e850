package cn.fazhi.annualreport.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.persistence.AttributeConverter;

/**
 * Stores an immutable value (a section's content, a report's document tree) as JSON text in one column. Revisions
 * are written once and read whole, so a document column fits better than a table per nesting level.
 */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {

	private static final ObjectMapper JSON = JsonMapper.builder()
		.findAndAddModules()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final Class<T> type;

	protected JsonColumn(Class<T> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(T value) {
		try {
			return value == null ? null : JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write " + type.getSimpleName() + " as JSON", ex);
		}
	}

	@Override
	public T convertToEntityAttribute(String column) {
		try {
			return column == null ? null : JSON.readValue(column, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot read " + type.getSimpleName() + " from JSON", ex);
		}
	}

}
