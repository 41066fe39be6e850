package cn.fazhi.annualreport.system;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the JSON API reads a request: every string cleaned ({@link TextCleaner}) and a {@code null} inside an array or
 * object refused with its path. The rest of the strictness (no 1.9 or "1" for a whole number, no trailing content,
 * no duplicate keys) is in the {@code spring.jackson} settings of application.yml. Camunda's engine-rest reads with
 * an ObjectMapper of its own and keeps Camunda's behaviour.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer cleanStringsAndNoNullItems() {
		return builder -> builder.postConfigurer(mapper -> {
			mapper.registerModule(new SimpleModule("clean-strings").addDeserializer(String.class, new CleanStrings()));
			// achievements: [null] would otherwise fail later, in the records, as a 500
			mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
		});
	}

	/** Jackson's own string reading, then cleaned; a subclass so that lists and arrays of strings use it too. */
	static final class CleanStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			return TextCleaner.clean(super.deserialize(parser, context));
		}

	}

}
