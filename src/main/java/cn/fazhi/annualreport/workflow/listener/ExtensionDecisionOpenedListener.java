package cn.fazhi.annualreport.workflow.listener;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.section.SectionExtensions;
import cn.fazhi.annualreport.workflow.ProcessFacts;
import cn.fazhi.annualreport.workflow.ProcessModel;

/** The editors' decision on a request for more time is waiting: tell them, with a link to the task. */
@Component("extensionDecisionOpened")
class ExtensionDecisionOpenedListener implements TaskListener {

	private final SectionExtensions extensions;

	private final ProcessFacts facts;

	ExtensionDecisionOpenedListener(SectionExtensions extensions, ProcessFacts facts) {
		this.extensions = extensions;
		this.facts = facts;
	}

	@Override
	public void notify(DelegateTask task) {
		extensions.decisionOpened(facts.extensionRequest(task.getExecution()),
				"/camunda/app/tasklist/default/#/?task=" + task.getId());
	}

}
