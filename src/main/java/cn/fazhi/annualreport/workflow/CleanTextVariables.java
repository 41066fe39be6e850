package cn.fazhi.annualreport.workflow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.system.TextCleaner;

/**
 * Text variables, and the form fields history records, are stored cleaned ({@link TextCleaner}), whoever set them: a
 * Camunda Form in Tasklist, engine-rest or the product. A comment typed in Tasklist reaches the engine's tables without
 * passing the product's JSON or form binding, and PostgreSQL refuses a NUL in a text column, so the engine cleans where
 * it writes; what the listeners read before that write is cleaned by {@link ProcessModel#text}.
 */
@Component
class CleanTextVariables extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<TypedValueSerializer> serializers = new ArrayList<>();
		if (configuration.getCustomPreVariableSerializers() != null) {
			serializers.addAll(configuration.getCustomPreVariableSerializers());
		}
		// tried before Camunda's own serializers; reading stays Camunda's
		serializers.add(new CleanStrings());
		configuration.setCustomPreVariableSerializers(serializers);
		// a form submitted in Tasklist is also written to the history as form properties, as plain text
		if (configuration.getHistoryEventProducer() != null) {
			// another producer would write Tasklist's form values uncleaned, and PostgreSQL refuses a NUL in them
			throw new IllegalStateException("A history event producer is already set: "
					+ configuration.getHistoryEventProducer().getClass().getName());
		}
		configuration.setHistoryEventProducer(new CleanFormProperties());
	}

	/** Camunda's string serializer, given the cleaned text. */
	static final class CleanStrings extends StringValueSerializer {

		@Override
		public void writeValue(StringValue value, ValueFields fields) {
			String text = value.getValue();
			String cleaned = TextCleaner.clean(text);
			// the same instance when there was nothing to clean
			super.writeValue(cleaned == text ? value : Variables.stringValue(cleaned, value.isTransient()), fields);
		}

	}

	/** Camunda's default history, with the values of submitted form fields cleaned. */
	static final class CleanFormProperties extends CacheAwareHistoryEventProducer {

		@Override
		public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId,
				String propertyValue, String taskId) {
			return super.createFormPropertyUpdateEvt(execution, propertyId, TextCleaner.clean(propertyValue), taskId);
		}

	}

}
