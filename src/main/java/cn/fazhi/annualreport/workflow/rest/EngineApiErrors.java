package cn.fazhi.annualreport.workflow.rest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.DomainProblem;
import cn.fazhi.annualreport.system.InvalidInputException;
import cn.fazhi.annualreport.system.ProblemWriter;
import cn.fazhi.annualreport.system.StageConflictException;
import cn.fazhi.annualreport.workflow.TaskRefusedException;

/**
 * The engine's REST API answers as the product's API does where the product has something to say: a rule's refusal
 * of a task completion (or any other problem of the product a listener raises) with the problem's own status (400,
 * 403, 409, 422) and an RFC 7807 body in Chinese; two people
 * completing or claiming the same task at once, or completing one that was just completed, with 409 instead of
 * Camunda's 500; a path naming something the engine does not have with 404 instead of 500. The body also carries
 * Camunda's {@code message}, which Tasklist and Cockpit show. Every other error keeps Camunda's answer.
 *
 * <p>Registered in every Jersey application of the JVM through Jersey's auto-discovery (see
 * {@code META-INF/services}): engine-rest and the webapps' engine API, which Camunda's webapp starts itself.
 */
public final class EngineApiErrors implements AutoDiscoverable {

	/** Ahead of Camunda's own mappers for the same exception types. */
	private static final int AHEAD_OF_CAMUNDA = Priorities.USER - 100;

	/** How the engine says a task is gone (EnsureUtil's wording), e.g. after someone else completed it. */
	private static final Pattern TASK_GONE = Pattern.compile("Cannot find task with id ([^:\\s]+)");

	/** How the engine's "is null" says that what the path names is not there, as opposed to a missing parameter. */
	private static final Pattern NOT_THERE = Pattern
		.compile("(?i)doesn't exist|does not exist|not found|no .+ found|cannot find");

	/** How some resources word it in a 500 of their own, without the engine's exception. */
	private static final Pattern DOES_NOT_EXIST = Pattern.compile("(?i)doesn't exist|does not exist");

	@Override
	public void configure(FeatureContext context) {
		if (!context.getConfiguration().isRegistered(Refusals.class)) {
			context.register(Refusals.class, AHEAD_OF_CAMUNDA);
			context.register(EngineConflicts.class, AHEAD_OF_CAMUNDA);
			context.register(MissingTaskForms.class, AHEAD_OF_CAMUNDA);
		}
	}

	/** Completions and form submissions: the engine's exception comes wrapped in a {@link RestException}. */
	public static final class Refusals extends Answers implements ExceptionMapper<RestException> {

		private final RestExceptionHandler camunda = new RestExceptionHandler();

		@Override
		public Response toResponse(RestException exception) {
			Response answer = answer(exception);
			if (answer == null && isServerError(exception) && exception.getMessage() != null
					&& DOES_NOT_EXIST.matcher(exception.getMessage()).find()) {
				// some resources wrap "does not exist" into a 500 of their own, without the engine's exception
				answer = problem(new NotFoundInEngineException(exception.getMessage()), null);
			}
			return answer != null ? answer : camunda.toResponse(exception);
		}

		private static boolean isServerError(RestException exception) {
			return exception.getStatus() == null || exception.getStatus().getStatusCode() >= 500;
		}

	}

	/** Claims and the other task commands, where the engine's exception arrives as it is. */
	public static final class EngineConflicts extends Answers implements ExceptionMapper<ProcessEngineException> {

		private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

		@Override
		public Response toResponse(ProcessEngineException exception) {
			Response answer = answer(exception);
			return answer != null ? answer : camunda.toResponse(exception);
		}

	}

	/**
	 * The deployed form of a task that does not exist: Camunda 7.24 dereferences the missing task
	 * ({@code GetDeployedTaskFormCmd}) instead of saying it is not there.
	 */
	public static final class MissingTaskForms extends Answers implements ExceptionMapper<NullPointerException> {

		private final ExceptionHandler camunda = new ExceptionHandler();

		@Override
		public Response toResponse(NullPointerException exception) {
			boolean formOfMissingTask = java.util.Arrays.stream(exception.getStackTrace())
				.anyMatch(frame -> frame.getClassName().endsWith(".GetDeployedTaskFormCmd"));
			return formOfMissingTask ? problem(new NotFoundInEngineException("task"), null)
					: camunda.toResponse(exception);
		}

	}

	abstract static class Answers {

		@Context
		private ServletContext servletContext;

		/** The product's answer to the exception, or {@code null} to leave it to Camunda. */
		Response answer(Throwable exception) {
			TaskRefusedException refusal = TaskRefusedException.in(exception);
			if (refusal != null) {
				// the refusal's text names the fields; the problem's own detail would not
				return problem(refusal.problem(), refusal.getMessage());
			}
			DomainProblem refused = TaskRefusedException.causeOf(exception, DomainProblem.class);
			if (refused != null) {
				// refused by a listener outside a completion rule, e.g. while opening the next step: still the
				// product's answer in Chinese, not Camunda's ENGINE-03051 500 that quotes the listener
				return problem(refused, null);
			}
			if (TaskRefusedException.causeOf(exception, OptimisticLockingException.class) != null
					|| TaskRefusedException.causeOf(exception, TaskAlreadyClaimedException.class) != null
					|| TaskRefusedException.causeOf(exception, ConcurrencyFailureException.class) != null
					|| justCompletedByAColleague(TaskRefusedException.causeOf(exception, AuthorizationException.class))) {
				return problem(new StageConflictException("problem.task.concurrent"), null);
			}
			NullValueException missing = TaskRefusedException.causeOf(exception, NullValueException.class);
			if (missing != null) {
				// the engine's way of saying that what the path names does not exist: not the server's fault
				String message = String.valueOf(missing.getMessage());
				Matcher gone = TASK_GONE.matcher(message);
				if (gone.find() && bean(TaskHistory.class).existed(gone.group(1))) {
					return problem(new StageConflictException("problem.task.concurrent"), null);
				}
				return problem(NOT_THERE.matcher(message).find() ? new NotFoundInEngineException(message)
						: new InvalidInputException("", "problem.engine.invalid", message), null);
			}
			return null;
		}

		/**
		 * A refusal to work on a task that was someone else's only because it has just been completed: the engine
		 * withdraws the task's permissions with it, between the gate's look and the completion.
		 */
		private boolean justCompletedByAColleague(AuthorizationException refused) {
			if (refused == null) {
				return false;
			}
			return refused.getMissingAuthorizations()
				.stream()
				.filter(missing -> Resources.TASK.resourceName().equals(missing.getResourceType()))
				.map(MissingAuthorization::getResourceId)
				.anyMatch(task -> CurrentUser.signedIn()
					.map(user -> bean(TaskHistory.class).justCompletedFor(user, task))
					.orElse(false));
		}

		Response problem(DomainProblem problem, String detail) {
			ProblemDetail body = bean(ProblemWriter.class).forCamunda(problem, detail);
			try {
				return Response.status(body.getStatus())
					.type(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8")
					.entity(bean(ObjectMapper.class).writeValueAsString(body))
					.build();
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** Jersey makes the mappers; the product's beans come from the web application's Spring context. */
		private <T> T bean(Class<T> type) {
			WebApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
			return spring.getBean(type);
		}

	}

}
