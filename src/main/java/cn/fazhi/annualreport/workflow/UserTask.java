package cn.fazhi.annualreport.workflow;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateTask;

import cn.fazhi.annualreport.campaign.Step;
import cn.fazhi.annualreport.security.CurrentUser;

/**
 * Everything the product knows about one of its user tasks, declared once in {@link UserTasks}: the step whose
 * deadline it keeps, where the work is done, the decision its form takes, the digest the form shows, what the
 * product records when the task opens, the note that comes with it, the rule its completion must pass and whom the
 * outcome concerns. The BPMN gives the task its id, name, candidates and form, and hands each of its events to
 * {@code ${userTask}}.
 *
 * @param key the task's id in the BPMN
 * @param decisions the variables of the task's decision, cleared when the task opens so its form starts empty
 * @param summary the Markdown digest its Camunda Form shows, if it has one
 * @param opening what the product records when the task opens, e.g. the section's due date
 * @param note what the person is told with the task, e.g. the comment of the return that brought it back
 * @param completion the rule a completion must pass, run as the person completing it
 * @param completed whom the outcome concerns besides the next step's holders, told once the rule has passed
 */
record UserTask(String key, Step step, Workplace workplace, List<String> decisions,
		Optional<Function<DelegateTask, String>> summary, Consumer<DelegateTask> opening,
		Function<DelegateTask, Optional<String>> note, Completion completion, Consumer<DelegateTask> completed) {

	/** Where the work of the task is done. */
	enum Workplace {

		/** The section editor, the external form of the liaison's steps. */
		SECTION_EDITOR,
		/** The task's Camunda Form in Tasklist. */
		TASKLIST

	}

	/** A feature's rule for completing the task; a refusal is a domain problem that rolls the completion back. */
	@FunctionalInterface
	interface Completion {

		void complete(DelegateTask task, CurrentUser actor);

	}

}
