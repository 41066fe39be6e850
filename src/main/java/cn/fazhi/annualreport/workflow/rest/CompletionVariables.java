package cn.fazhi.annualreport.workflow.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.MediaType;

import cn.fazhi.annualreport.system.FieldProblem;
import cn.fazhi.annualreport.system.InvalidInputException;
import cn.fazhi.annualreport.system.PayloadTooLargeException;
import cn.fazhi.annualreport.system.StageConflictException;
import cn.fazhi.annualreport.system.UnsupportedContentTypeException;
import cn.fazhi.annualreport.workflow.ProcessModel;

/**
 * A task completed through the engine's REST API ({@code complete}, or {@code submit-form} as Tasklist does) may
 * carry the fields of the task's Camunda Form and nothing else (DESIGN §9): a completer cannot set the process's own
 * variables ({@code campaignId}, {@code department}…), which decide what the next steps act on and who gets them.
 * Tasks whose form is the product's own page (the section editor) take no variables at all. Texts must fit Camunda's
 * variable column (control characters are taken out when the engine stores them, see {@code CleanTextVariables}).
 */
class CompletionVariables {

	/** A completion is a handful of form fields; anything near this is not one. */
	static final int MAX_BODY_BYTES = 256 * 1024;

	/** What Camunda Forms submit; object, JSON, XML, file and bytes values could carry anything. */
	private static final Set<String> VALUE_TYPES = Set.of("String", "Boolean", "Integer", "Long", "Short", "Double",
			"Date", "Null");

	private static final Set<String> BODY_FIELDS = Set.of("variables", "withVariablesInReturn");

	private static final Pattern COMPLETION = Pattern.compile("task/([^/]+)/(?:complete|submit-form)");

	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final TaskService tasks;

	private final FormService forms;

	/** A form's fields per process definition and task: deployed forms never change. */
	private final Map<String, Set<String>> fields = new ConcurrentHashMap<>();

	CompletionVariables(TaskService tasks, FormService forms) {
		this.tasks = tasks;
		this.forms = forms;
	}

	static boolean isCompletion(String enginePath) {
		return COMPLETION.matcher(enginePath).matches();
	}

	/** The task id of a completion's path (within the application). */
	static String taskId(String path) {
		String enginePath = EngineApiPolicy.enginePath(path).orElseThrow();
		Matcher matcher = COMPLETION.matcher(enginePath);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a task completion: " + path);
		}
		return matcher.group(1);
	}

	/** The request, its body read and checked, to pass on; a {@link EngineApiGate.Refusal} for anything else. */
	HttpServletRequest check(HttpServletRequest request, String taskId) throws IOException {
		MediaType type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
		byte[] body = read(request);
		if (body.length > 0 && (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type))) {
			throw new EngineApiGate.Refusal(new UnsupportedContentTypeException(type, MediaType.APPLICATION_JSON_VALUE));
		}
		List<FieldProblem> problems = new ArrayList<>();
		JsonNode completion = parse(body);
		if (completion != null) {
			check(taskId, completion, problems);
		}
		if (!problems.isEmpty()) {
			throw new EngineApiGate.Refusal(new InvalidInputException(problems));
		}
		return new ReplayedRequest(request, body);
	}

	private void check(String taskId, JsonNode completion, List<FieldProblem> problems) {
		if (!completion.isObject()) {
			problems.add(new FieldProblem("", "problem.json.wrong-type", "对象"));
			return;
		}
		completion.fieldNames().forEachRemaining(name -> {
			if (!BODY_FIELDS.contains(name)) {
				problems.add(new FieldProblem(name, "problem.json.unknown-field", name));
			}
		});
		JsonNode variables = completion.path("variables");
		if (variables.isMissingNode() || variables.isNull()) {
			return;
		}
		if (!variables.isObject()) {
			problems.add(new FieldProblem("variables", "problem.json.wrong-type", "对象"));
			return;
		}
		Set<String> allowed = fieldsOf(taskId);
		for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> variable = it.next();
			String field = "variables." + variable.getKey();
			if (!allowed.contains(variable.getKey())) {
				problems.add(allowed.isEmpty() ? new FieldProblem(field, "problem.engine.no-form-fields")
						: new FieldProblem(field, "problem.engine.not-a-form-field", String.join("、", allowed)));
				continue;
			}
			JsonNode value = variable.getValue();
			String type = value.path("type").isTextual() ? value.path("type").asText() : null;
			if (!value.isObject() || (type != null && !VALUE_TYPES.contains(type))) {
				problems.add(new FieldProblem(field, "problem.engine.variable-type"));
				continue;
			}
			JsonNode text = value.path("value");
			if (text.isTextual() && text.asText().length() > ProcessModel.MAX_STRING_VARIABLE) {
				problems.add(new FieldProblem(field, "problem.text-too-long", ProcessModel.MAX_STRING_VARIABLE));
			}
		}
	}

	/** The keys of the fields of the task's Camunda Form; none for a task whose form is elsewhere. */
	private Set<String> fieldsOf(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
		if (task == null) {
			// completed between the gate's look at it and now
			throw new EngineApiGate.Refusal(new StageConflictException("problem.task.concurrent"));
		}
		if (task.getCamundaFormRef() == null) {
			return Set.of();
		}
		return fields.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(), key -> {
			try (InputStream form = forms.getDeployedTaskForm(taskId)) {
				Set<String> keys = new LinkedHashSet<>();
				collectKeys(JSON.readTree(form), keys);
				return Set.copyOf(keys);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** form-js: input components have a {@code key}; groups may nest their fields under a {@code path}. */
	private static void collectKeys(JsonNode component, Set<String> keys) {
		for (String name : List.of("key", "path")) {
			if (component.path(name).isTextual() && !component.path(name).asText().isBlank()) {
				keys.add(component.path(name).asText());
			}
		}
		component.path("components").forEach(child -> collectKeys(child, keys));
	}

	private static JsonNode parse(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			return JSON.readTree(body);
		}
		catch (JsonProcessingException ex) {
			throw new EngineApiGate.Refusal(new InvalidInputException("", "problem.json.syntax",
					ex.getLocation() == null ? 0 : ex.getLocation().getLineNr(),
					ex.getLocation() == null ? 0 : ex.getLocation().getColumnNr()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] read(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			throw new EngineApiGate.Refusal(new PayloadTooLargeException(MAX_BODY_BYTES / 1024));
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try (InputStream in = request.getInputStream()) {
			byte[] buffer = new byte[8192];
			for (int n; (n = in.read(buffer)) > 0;) {
				if (body.size() + n > MAX_BODY_BYTES) {
					throw new EngineApiGate.Refusal(new PayloadTooLargeException(MAX_BODY_BYTES / 1024));
				}
				body.write(buffer, 0, n);
			}
		}
		return body.toByteArray();
	}

}
