package cn.fazhi.annualreport.workflow.listener;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.disclosure.DisclosureService;
import cn.fazhi.annualreport.workflow.ProcessModel;
import cn.fazhi.annualreport.workflow.TaskRules;

/** Completing {@code confidentialityReview} records the officer's clearance or return. */
@Component("reportCleared")
class ReportClearedListener implements TaskListener {

	private final TaskRules rules;

	private final DisclosureService disclosure;

	ReportClearedListener(TaskRules rules, DisclosureService disclosure) {
		this.rules = rules;
		this.disclosure = disclosure;
	}

	@Override
	public void notify(DelegateTask task) {
		rules.apply(task,
				officer -> disclosure.recordClearance(ProcessModel.campaignId(task),
						ProcessModel.text(task, ProcessModel.CLEARANCE_DECISION),
						ProcessModel.text(task, ProcessModel.CLEARANCE_NOTES),
						ProcessModel.publicationDetails(task), officer));
	}

}
