package cn.fazhi.annualreport.workflow;

import java.util.Locale;
import java.util.function.Consumer;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.ForbiddenException;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.system.DomainProblem;
import cn.fazhi.annualreport.system.FieldLabels;
import cn.fazhi.annualreport.system.ProblemWriter;

/**
 * What every rule listener needs: who completes the task, and a refusal Tasklist can show, naming each refused field
 * as the task's form labels it.
 */
@Component
public class TaskRules {

	private final UserDirectory directory;

	private final ProblemWriter problems;

	private final FieldLabels labels;

	private final FormFields forms;

	TaskRules(UserDirectory directory, ProblemWriter problems, FieldLabels labels, FormFields forms) {
		this.directory = directory;
		this.problems = problems;
		this.labels = labels;
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

	/** What Tasklist shows of the refusal: its reason and each refused field by the name the person knows it by. */
	private String describe(DomainProblem problem, String form) {
		Locale locale = Locale.SIMPLIFIED_CHINESE;
		return problems.oneLine(problem, locale, field -> fieldName(form, field, locale));
	}

	/**
	 * A refused field as the person completing the task knows it: its label on the task's form (意见), else the
	 * product's name for it (存在的不足和原因, {@link FieldLabels}).
	 */
	private String fieldName(String form, String field, Locale locale) {
		return forms.label(form, field).orElseGet(() -> labels.of(field, locale));
	}

	/** The id of the task's Camunda Form, from the diagram the engine already holds; none for a page of the product. */
	private static String formOf(DelegateTask task) {
		// the diagram's element, not this package's UserTask declaration
		org.camunda.bpm.model.bpmn.instance.UserTask element = task.getBpmnModelElementInstance();
		return element == null ? null : element.getCamundaFormRef();
	}

}
