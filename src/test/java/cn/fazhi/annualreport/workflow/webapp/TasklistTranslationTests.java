package cn.fazhi.annualreport.workflow.webapp;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our Simplified Chinese {@code locales/zh.json} of the Camunda Tasklist and Welcome apps against the
 * {@code en.json} the camunda-webapp-webjar ships: the same keys, a text for each, and the same
 * {@code {{placeholders}}}, so a webjar upgrade that adds or renames a label fails here rather than showing
 * a raw key to the users.
 */
class TasklistTranslationTests {

	static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");

	final ObjectMapper objectMapper = new ObjectMapper();

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "tasklist", "welcome" })
	void chineseLocaleHasExactlyTheKeyPathsOfTheWebjarEnglishLocale(String app) throws IOException {
		Map<String, JsonNode> english = webjarEnglish(app);
		Map<String, JsonNode> chinese = ourChinese(app);

		assertThat(english).isNotEmpty();
		assertThat(new TreeSet<>(chinese.keySet())).containsExactlyElementsOf(new TreeSet<>(english.keySet()));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "tasklist", "welcome" })
	void chineseLocaleHasNoEmptyValue(String app) throws IOException {
		Map<String, JsonNode> chinese = ourChinese(app);

		assertThat(chinese).isNotEmpty();
		chinese.forEach((path, value) -> assertThat(value.isNull() || value.isContainerNode() || value.asText().isBlank())
			.as("%s of %s/zh.json is empty", path, app)
			.isFalse());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "tasklist", "welcome" })
	void chineseLocaleKeepsEveryPlaceholderOfTheEnglishText(String app) throws IOException {
		Map<String, JsonNode> english = webjarEnglish(app);
		Map<String, JsonNode> chinese = ourChinese(app);

		english.forEach((path, englishValue) -> {
			Set<String> placeholders = placeholders(englishValue.asText());
			if (!placeholders.isEmpty()) {
				assertThat(chinese).as("%s of %s/zh.json", path, app).containsKey(path);
				assertThat(placeholders(chinese.get(path).asText()))
					.as("placeholders of %s in %s/zh.json", path, app)
					.containsAll(placeholders);
			}
		});
	}

	Map<String, JsonNode> webjarEnglish(String app) throws IOException {
		String resource = LOCALES.formatted(app, "en");
		List<URL> candidates = Collections.list(getClass().getClassLoader().getResources(resource));
		URL inWebjar = candidates.stream()
			.filter(url -> "jar".equals(url.getProtocol()) && url.getPath().contains("camunda-webapp-webjar"))
			.findFirst()
			.orElse(null);
		assertThat(inWebjar).as("%s inside the camunda-webapp-webjar jar, among %s", resource, candidates).isNotNull();
		return leaves(this.objectMapper.readTree(inWebjar));
	}

	Map<String, JsonNode> ourChinese(String app) throws IOException {
		String resource = LOCALES.formatted(app, "zh");
		URL url = getClass().getClassLoader().getResource(resource);
		assertThat(url).as(resource).isNotNull();
		return leaves(this.objectMapper.readTree(url));
	}

	/** Every leaf of the tree by its path, such as {@code /labels/CLAIM_TASK} or {@code /dateLocales/months/0}. */
	static Map<String, JsonNode> leaves(JsonNode root) {
		Map<String, JsonNode> leaves = new LinkedHashMap<>();
		collectLeaves("", root, leaves);
		return leaves;
	}

	static void collectLeaves(String path, JsonNode node, Map<String, JsonNode> leaves) {
		if (node.isObject() && !node.isEmpty()) {
			node.properties().forEach(field -> collectLeaves(path + "/" + field.getKey(), field.getValue(), leaves));
		}
		else if (node.isArray() && !node.isEmpty()) {
			for (int i = 0; i < node.size(); i++) {
				collectLeaves(path + "/" + i, node.get(i), leaves);
			}
		}
		else {
			leaves.put(path, node);
		}
	}

	static Set<String> placeholders(String text) {
		Set<String> placeholders = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			placeholders.add(matcher.group());
		}
		return placeholders;
	}

}
