package cn.fazhi.annualreport.workflow.listener;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.section.SectionExtensions;
import cn.fazhi.annualreport.workflow.ProcessModel;

/** The editors' decision on a request for more time is waiting: tell them, with a link to the task. */
@Component("extensionDecisionOpened")
class ExtensionDecisionOpenedListener implements TaskListener {

	private final SectionExtensions extensions;

	ExtensionDecisionOpenedListener(SectionExtensions extensions) {
		this.extensions = extensions;
	}

	@Override
	public void notify(DelegateTask task) {
		extensions.decisionOpened(ProcessModel.ownedId(task.getExecution(), ProcessModel.EXTENSION_ID,
				id -> extensions.get(id).key()),
				"/camunda/app/tasklist/default/#/?task=" + task.getId());
	}

}
