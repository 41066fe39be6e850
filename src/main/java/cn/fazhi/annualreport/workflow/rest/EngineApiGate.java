package cn.fazhi.annualreport.workflow.rest;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.ForbiddenException;
import cn.fazhi.annualreport.system.DomainProblem;
import cn.fazhi.annualreport.system.ProblemWriter;
import cn.fazhi.annualreport.system.StageConflictException;

/**
 * Lets a request through to the engine's REST API only as far as {@link EngineApiPolicy} allows the signed-in user,
 * before Camunda sees it. Runs after Spring Security, which has already refused anonymous callers.
 */
class EngineApiGate extends OncePerRequestFilter {

	/** Headers with which some JAX-RS setups let a POST pass for another method. */
	private static final List<String> METHOD_OVERRIDES = List.of("X-HTTP-Method-Override", "X-HTTP-Method",
			"X-Method-Override");

	private final AuthorizationService authorizations;

	private final TaskHistory history;

	private final CompletionVariables completions;

	private final ProblemWriter problems;

	private final UrlPathHelper paths = new UrlPathHelper();

	EngineApiGate(AuthorizationService authorizations, TaskHistory history, CompletionVariables completions,
			ProblemWriter problems) {
		this.authorizations = authorizations;
		this.history = history;
		this.completions = completions;
		this.problems = problems;
		// the path Jersey will see: decoded, without ;parameters
		this.paths.setRemoveSemicolonContent(true);
		this.paths.setUrlDecode(true);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = paths.getPathWithinApplication(request);
		Optional<CurrentUser> user = CurrentUser.signedIn();
		if (user.isEmpty()) {
			// Spring Security lets nobody through unsigned; should that change, this gate does not either
			problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated");
			return;
		}
		HttpServletRequest admitted;
		try {
			admitted = admit(request, path, user.get());
		}
		catch (Refusal refusal) {
			problems.writeForCamunda(response, refusal.problem);
			return;
		}
		chain.doFilter(admitted, response);
	}

	/** The request to pass on, or a {@link Refusal}. */
	private HttpServletRequest admit(HttpServletRequest request, String path, CurrentUser user) throws IOException {
		if (user.isAdministrator()) {
			if (!EngineApiPolicy.forAdministrator(path)) {
				throw refused();
			}
			// the form's fields are the only variables a completion carries, whoever completes (DESIGN §9)
			Optional<String> completed = EngineApiPolicy.completedTask(request.getMethod(), path);
			return completed.isPresent() ? completions.check(request, completed.get()) : request;
		}
		if (METHOD_OVERRIDES.stream().anyMatch(header -> request.getHeader(header) != null)) {
			throw refused();
		}
		EngineApiPolicy.Allowed allowed = EngineApiPolicy.forUser(request.getMethod(), path).orElseThrow(this::refused);
		return switch (allowed.check()) {
			case NONE -> request;
			case VISIBLE_TASK -> {
				requireVisible(user, allowed.subject());
				yield request;
			}
			case COMPLETION -> {
				requireVisible(user, allowed.subject());
				yield completions.check(request, allowed.subject());
			}
			case VISIBLE_TASK_PARAMETER -> {
				String[] tasks = request.getParameterValues("taskId");
				if (tasks == null || tasks.length != 1) {
					throw refused();
				}
				requireVisible(user, tasks[0]);
				yield request;
			}
			case SELF -> {
				if (!user.id().equals(allowed.subject())) {
					throw refused();
				}
				yield request;
			}
		};
	}

	/**
	 * The engine grants READ on a task to its candidate users and groups and to its assignee while the task is open;
	 * administrators are not asked.
	 */
	private void requireVisible(CurrentUser user, String taskId) {
		if (authorizations.isUserAuthorized(user.id(), List.copyOf(user.groups()), Permissions.READ, Resources.TASK,
				taskId)) {
			return;
		}
		if (history.wasFor(user, taskId)) {
			// the second of two clicks, or a colleague was quicker: the task is done, not forbidden
			throw new Refusal(new StageConflictException("problem.task.concurrent"));
		}
		throw new Refusal(new ForbiddenException("problem.forbidden.task"));
	}

	private Refusal refused() {
		return new Refusal(new ForbiddenException("problem.forbidden.engine-api"));
	}

	/** Ends the request with the problem, before the engine sees it. */
	static final class Refusal extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient DomainProblem problem;

		Refusal(DomainProblem problem) {
			super(null, null, false, false);
			this.problem = problem;
		}

	}

}
