package cn.fazhi.annualreport.workflow.listener;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.section.SectionService;
import cn.fazhi.annualreport.workflow.ProcessModel;
import cn.fazhi.annualreport.workflow.TaskRules;

/** Completing {@code draftSection} or {@code reviseSection} submits the section, if it is complete. */
@Component("sectionSubmitted")
class SectionSubmittedListener implements TaskListener {

	private final TaskRules rules;

	private final SectionService sections;

	SectionSubmittedListener(TaskRules rules, SectionService sections) {
		this.rules = rules;
		this.sections = sections;
	}

	@Override
	public void notify(DelegateTask task) {
		rules.apply(task, liaison -> sections.submit(ProcessModel.sectionKey(task), liaison));
	}

}
