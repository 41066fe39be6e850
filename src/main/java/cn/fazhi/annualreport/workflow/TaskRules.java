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
 * What every rule listener needs: who completes the task, and a refusal Tasklist can show.
 */
@Component
public class TaskRules {

	private final UserDirectory directory;

	private final MessageSource messages;

	TaskRules(UserDirectory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
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
			throw new TaskRefusedException(describe(problem), problem);
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

	private String describe(DomainProblem problem) {
		Locale locale = Locale.SIMPLIFIED_CHINESE;
		var body = problem.updateAndGetBody(messages, locale);
		String text = body.getDetail() != null ? body.getDetail() : String.valueOf(body.getTitle());
		if (problem.errors().isEmpty()) {
			return text;
		}
		return text + problem.errors()
			.stream()
			.map(e -> (e.field().isEmpty() ? "" : e.field() + "：")
					+ messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(), locale))
			.collect(Collectors.joining("；", "（", "）"));
	}

}
