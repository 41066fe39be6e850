package cn.fazhi.annualreport.workflow;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.ForbiddenException;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.system.DomainProblem;

/**
 * What every rule listener needs: who completes the task, and a refusal Tasklist can show, naming each refused field
 * as the task's form labels it.
 */
@Component
public class TaskRules {

	private final UserDirectory directory;

	private final MessageSource messages;

	private final FormFields forms;

	TaskRules(UserDirectory directory, MessageSource messages, FormFields forms) {
		this.directory = directory;
		this.messages = messages;
		this.forms = forms;
	}

	/**
	 * Runs a feature's rule for the task as the person completing it; a refusal becomes a
	 * {@link TaskRefusedException} that rolls the completion back.
	 */
	public void apply(DelegateTask task, Consumer<CurrentUser> rule) {
		try {
			rule.accept(actor(task));
		}
		catch (DomainProblem problem) {
			throw new TaskRefusedException(describe(problem, formOf(task)), problem);
		}
	}

	/**
	 * The person completing the task: the user Tasklist or engine-rest authenticated, else the assignee the product's
	 * own API set just before completing.
	 */
	private CurrentUser actor(DelegateTask task) {
		Authentication authentication = task.getProcessEngineServices()
			.getIdentityService()
			.getCurrentAuthentication();
		String userId = authentication != null ? authentication.getUserId() : task.getAssignee();
		if (userId == null) {
			throw new ForbiddenException("problem.forbidden.no-actor");
		}
		return directory.find(userId).orElseThrow(() -> new ForbiddenException("problem.forbidden.unknown-user", userId));
	}

	private String describe(DomainProblem problem, String form) {
		Locale locale = Locale.SIMPLIFIED_CHINESE;
		var body = problem.updateAndGetBody(messages, locale);
		String text = body.getDetail() != null ? body.getDetail() : String.valueOf(body.getTitle());
		if (problem.errors().isEmpty()) {
			return text;
		}
		return text + problem.errors()
			.stream()
			.map(e -> (e.field().isEmpty() ? "" : fieldName(form, e.field(), locale) + "：")
					+ messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(), locale))
			.collect(Collectors.joining("；", "（", "）"));
	}

	/**
	 * A refused field as the person completing the task knows it: its label on the task's form (意见), else the
	 * product's name for it (存在的不足和原因), else the API's key.
	 */
	private String fieldName(String form, String field, Locale locale) {
		return forms.label(form, field)
			.orElseGet(() -> messages.getMessage("field." + field, null, field, locale));
	}

	/** The id of the task's Camunda Form, from the diagram the engine already holds; none for a page of the product. */
	private static String formOf(DelegateTask task) {
		// the diagram's element, not this package's UserTask declaration
		org.camunda.bpm.model.bpmn.instance.UserTask element = task.getBpmnModelElementInstance();
		return element == null ? null : element.getCamundaFormRef();
	}

}
