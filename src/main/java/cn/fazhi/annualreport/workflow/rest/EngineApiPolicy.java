package cn.fazhi.annualreport.workflow.rest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the engine's REST API is for in this product (DESIGN §9). Administrators use all of it (Cockpit, Admin,
 * scripts). Everybody else uses it only to work on their own tasks, the way Tasklist does: list their filters and
 * tasks, open a task with its form, claim it and complete it with the form's fields, see its history and diagram.
 * Everything else, such as executing jobs, changing retries, incidents, users and profiles, variables, comments and
 * attachments, is refused before the engine runs anything, so a refused call can never change engine state (Camunda
 * counts a refused job execution as a failed run).
 *
 * <p>The same rules hold at {@code /engine-rest} and at the webapps' engine API {@code /camunda/api/engine}, which
 * serve the same Camunda resources.
 */
final class EngineApiPolicy {

	/** What must hold besides the route itself. */
	enum Check {

		/** Nothing more: the engine's own authorization decides what the answer holds (e.g. task queries). */
		NONE,

		/** The task named in the path is one the user may see (candidate, or assignee). */
		VISIBLE_TASK,

		/** A visible task, completed with nothing but its form's fields. */
		COMPLETION,

		/** A history query about one visible task ({@code ?taskId=}). */
		VISIBLE_TASK_PARAMETER,

		/** The user's own profile. */
		SELF

	}

	/** An allowed route, with the part of the path that the check is about (a task id, a user id). */
	record Allowed(Check check, String subject) {
	}

	private record Rule(Set<String> methods, Pattern path, Check check) {

		Optional<Allowed> match(String method, String path) {
			Matcher matcher = this.path.matcher(path);
			if (!methods.contains(method) || !matcher.matches()) {
				return Optional.empty();
			}
			return Optional.of(new Allowed(check, matcher.groupCount() > 0 ? matcher.group(1) : null));
		}

	}

	private static final String ID = "([^/]+)";

	/** Completing a task, as engine-rest's clients do ({@code complete}) or Tasklist does ({@code submit-form}). */
	private static final Pattern COMPLETION = Pattern.compile("task/" + ID + "/(?:complete|submit-form)");

	/** Relative to an engine's root, e.g. {@code /engine-rest/} or {@code /camunda/api/engine/engine/default/}. */
	private static final List<Rule> ENGINE = List.of(
			// which engines there are, asked by every webapp page
			rule(Check.NONE, "", "GET"), rule(Check.NONE, "version", "GET"),
			// the filters on Tasklist's left and the tasks in them: the engine shows each user only what they may
			// read
			rule(Check.NONE, "filter", "GET", "OPTIONS"), rule(Check.NONE, "filter/count", "GET"),
			rule(Check.NONE, "filter/[^/]+", "GET"),
			rule(Check.NONE, "filter/[^/]+/(?:list|count|singleResult)", "GET", "POST"),
			rule(Check.NONE, "task", "GET", "POST"), rule(Check.NONE, "task/count", "GET", "POST"),
			// one task and what Tasklist shows of it
			rule(Check.VISIBLE_TASK, "task/" + ID, "GET"),
			rule(Check.VISIBLE_TASK,
					"task/" + ID + "/(?:form|deployed-form|rendered-form|form-variables|identity-links|comment)", "GET"),
			rule(Check.VISIBLE_TASK, "task/" + ID + "/(?:variables|localVariables)(?:/[^/]+)?", "GET"),
			// claiming only: giving a task back or to someone else is assigning, which the engine leaves to
			// administrators
			rule(Check.VISIBLE_TASK, "task/" + ID + "/claim", "POST"),
			new Rule(Set.of("POST"), COMPLETION, Check.COMPLETION),
			rule(Check.VISIBLE_TASK_PARAMETER, "history/user-operation(?:/count)?", "GET"),
			// the diagram tab, and the start dialog (which lists nothing: no process starts in Tasklist)
			rule(Check.NONE, "process-definition/[^/:]+:[0-9]+:[^/]+(?:/xml)?", "GET"),
			rule(Check.NONE, "process-definition(?:/count)?", "GET"),
			// the name in Tasklist's header
			rule(Check.SELF, "user/" + ID + "/profile", "GET"));

	/** Relative to {@code /camunda/api/}: the webapps' own resources besides the engine's. */
	private static final List<Rule> WEBAPP = List.of(
			// who is signed in, and Tasklist's sign-out (which single-sign-on.js turns into the product's)
			rule(Check.NONE, "admin/auth/user/[^/]+", "GET"), rule(Check.NONE, "admin/auth/user/[^/]+/logout", "POST"),
			rule(Check.NONE, "tasklist/plugin/[^/]+/static/.+", "GET"));

	/**
	 * Camunda's own password checks: the webapps' login form (the product signs people in, with its throttle) and
	 * engine-rest's {@code identity/verify} would let anybody try passwords unthrottled.
	 */
	private static final Pattern PASSWORD_CHECKS = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login(?:/.*)?"
			+ "|(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/identity/verify/?");

	private static final Pattern ENGINE_REST = Pattern.compile("/engine-rest(?:/engine(?:/([^/]+))?)?(?:/(.*))?");

	private static final Pattern WEBAPP_ENGINE = Pattern.compile("/camunda/api/engine/engine(?:/([^/]+))?(?:/(.*))?");

	private static final Pattern WEBAPP_API = Pattern.compile("/camunda/api/(.*)");

	private EngineApiPolicy() {
	}

	/**
	 * Whether a non-administrator may call the path (within the application, decoded) with the method, and what
	 * must be checked then; empty for a refusal.
	 */
	static Optional<Allowed> forUser(String method, String path) {
		String verb = "HEAD".equals(method) ? "GET" : method;
		if (PASSWORD_CHECKS.matcher(path).matches()) {
			return Optional.empty();
		}
		Optional<String> engine = enginePath(path);
		if (engine.isPresent()) {
			return first(ENGINE, verb, engine.get());
		}
		Matcher webapp = WEBAPP_API.matcher(path);
		if (webapp.matches()) {
			return first(WEBAPP, verb, webapp.group(1));
		}
		return Optional.empty();
	}

	/** The task a request completes, if it is a task's completion (path within the application, decoded). */
	static Optional<String> completedTask(String method, String path) {
		if (!"POST".equals(method)) {
			return Optional.empty();
		}
		return enginePath(path).map(COMPLETION::matcher).filter(Matcher::matches).map(matcher -> matcher.group(1));
	}

	/** Whether an administrator may call it: everything but Camunda's unthrottled password checks. */
	static boolean forAdministrator(String path) {
		return !PASSWORD_CHECKS.matcher(path).matches();
	}

	/**
	 * The path relative to the engine's root, for a path of engine-rest or of the webapps' engine API:
	 * {@code /engine-rest/task/1}, {@code /engine-rest/engine/default/task/1} and
	 * {@code /camunda/api/engine/engine/default/task/1} all give {@code task/1}; the lists of engines give "".
	 */
	static Optional<String> enginePath(String path) {
		for (Pattern face : List.of(ENGINE_REST, WEBAPP_ENGINE)) {
			Matcher matcher = face.matcher(path);
			if (matcher.matches()) {
				String rest = matcher.group(2) == null ? "" : matcher.group(2);
				return Optional.of(rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest);
			}
		}
		return Optional.empty();
	}

	private static Optional<Allowed> first(List<Rule> rules, String method, String path) {
		return rules.stream().flatMap(rule -> rule.match(method, path).stream()).findFirst();
	}

	private static Rule rule(Check check, String path, String... methods) {
		return new Rule(Set.of(methods), Pattern.compile(path), check);
	}

}
