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
import org.springframework.http.InvalidMediaTypeException;
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

	/** The request, its body read and checked, to pass on; a {@link EngineApiGate.Refusal} for anything else. */
	HttpServletRequest check(HttpServletRequest request, String taskId) throws IOException {
		MediaType type = contentType(request);
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
			if (!isPlainValue(value)) {
				problems.add(new FieldProblem(field, "problem.engine.variable-type"));
				continue;
			}
			JsonNode text = value.path("value");
			if (text.isTextual() && text.asText().length() > ProcessModel.MAX_STRING_VARIABLE) {
				problems.add(new FieldProblem(field, "problem.text-too-long", ProcessModel.MAX_STRING_VARIABLE));
			}
		}
	}

	/**
	 * A form field's value as Camunda Forms send it: a text, number, flag, date or nothing, of the type it says
	 * (or none), without the value information that would make Camunda read it as an object, a file or a transient
	 * value.
	 */
	private static boolean isPlainValue(JsonNode variable) {
		if (!variable.isObject()) {
			return false;
		}
		JsonNode value = variable.path("value");
		JsonNode type = variable.path("type");
		JsonNode info = variable.path("valueInfo");
		if (!(info.isMissingNode() || info.isNull() || info.isObject() && info.isEmpty())) {
			return false;
		}
		if (value.isMissingNode() || value.isNull()) {
			return type.isMissingNode() || type.isNull() || type.isTextual() && VALUE_TYPES.contains(type.asText());
		}
		if (type.isMissingNode() || type.isNull()) {
			return value.isValueNode();
		}
		return switch (type.isTextual() ? type.asText() : "") {
			case "String", "Date" -> value.isTextual();
			case "Boolean" -> value.isBoolean();
			case "Integer", "Long", "Short", "Double" -> value.isNumber();
			default -> false;
		};
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
		String form = task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey();
		Set<String> known = fields.get(form);
		if (known != null) {
			return known;
		}
		Set<String> keys = new LinkedHashSet<>();
		try (InputStream deployed = forms.getDeployedTaskForm(taskId)) {
			collectKeys(JSON.readTree(deployed), keys);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
				// completed meanwhile: Camunda 7.24 then fails on the missing task instead of saying so
				throw new EngineApiGate.Refusal(new StageConflictException("problem.task.concurrent"));
			}
			throw ex;
		}
		fields.put(form, Set.copyOf(keys));
		return fields.get(form);
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

	/** The request's content type; a malformed one is no type at all (415 below). */
	private static MediaType contentType(HttpServletRequest request) {
		try {
			return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
		}
		catch (InvalidMediaTypeException ex) {
			return null;
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
