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
import cn.fazhi.annualreport.system.ProblemWriter;

/**
 * What every rule listener needs: who completes the task, and a refusal Tasklist can show.
 */
@Component
public class TaskRules {

	private final UserDirectory directory;

	private final ProblemWriter problems;

	TaskRules(UserDirectory directory, ProblemWriter problems) {
		this.directory = directory;
		this.problems = problems;
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

	/** What Tasklist shows of the refusal: its reason and each refused field by the name its form gives it. */
	private String describe(DomainProblem problem) {
		return problems.oneLine(problem, Locale.SIMPLIFIED_CHINESE);
	}

}
