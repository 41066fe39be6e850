package cn.fazhi.annualreport.workflow.listener;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.section.SectionExtensions;
import cn.fazhi.annualreport.workflow.ProcessFacts;
import cn.fazhi.annualreport.workflow.ProcessModel;
import cn.fazhi.annualreport.workflow.TaskDueDates;
import cn.fazhi.annualreport.workflow.TaskRules;

/**
 * Completing {@code decideExtension} records the editors' answer; a granted extension moves the due date of the
 * liaison's open task, and the daily reminders follow it.
 */
@Component("extensionDecided")
class ExtensionDecidedListener implements TaskListener {

	private final TaskRules rules;

	private final SectionExtensions extensions;

	private final ProcessFacts facts;

	ExtensionDecidedListener(TaskRules rules, SectionExtensions extensions, ProcessFacts facts) {
		this.rules = rules;
		this.extensions = extensions;
		this.facts = facts;
	}

	@Override
	public void notify(DelegateTask task) {
		rules.apply(task, editor -> extensions
			.decide(facts.extensionRequest(task.getExecution()),
					ProcessModel.text(task, ProcessModel.EXTENSION_DECISION),
					ProcessModel.text(task, ProcessModel.EXTENSION_UNTIL),
					ProcessModel.text(task, ProcessModel.EXTENSION_COMMENT), editor)
			.ifPresent(until -> {
				TaskService tasks = task.getProcessEngineServices().getTaskService();
				tasks.createTaskQuery()
					.processInstanceId(task.getProcessInstanceId())
					.taskDefinitionKeyIn(ProcessModel.DRAFT_SECTION, ProcessModel.REVISE_SECTION)
					.list()
					.forEach(open -> tasks.setDueDate(open.getId(), TaskDueDates.endOf(until)));
			}));
	}

}
