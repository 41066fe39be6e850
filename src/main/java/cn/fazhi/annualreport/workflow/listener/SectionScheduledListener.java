package cn.fazhi.annualreport.workflow.listener;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.section.SectionService;
import cn.fazhi.annualreport.workflow.ProcessModel;

/** A step of a section started: the section shows its due date. */
@Component("sectionScheduled")
class SectionScheduledListener implements TaskListener {

	private final SectionService sections;

	SectionScheduledListener(SectionService sections) {
		this.sections = sections;
	}

	@Override
	public void notify(DelegateTask task) {
		sections.dueBy(ProcessModel.sectionKey(task), ProcessModel.dueDate(task));
	}

}
