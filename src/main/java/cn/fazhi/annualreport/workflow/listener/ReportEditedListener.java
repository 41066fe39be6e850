package cn.fazhi.annualreport.workflow.listener;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.report.ReportService;
import cn.fazhi.annualreport.workflow.ProcessModel;
import cn.fazhi.annualreport.workflow.TaskRules;

/** Completing {@code editReport} hands the report to the leader, if all statutory parts are there. */
@Component("reportEdited")
class ReportEditedListener implements TaskListener {

	private final TaskRules rules;

	private final ReportService reports;

	ReportEditedListener(TaskRules rules, ReportService reports) {
		this.rules = rules;
		this.reports = reports;
	}

	@Override
	public void notify(DelegateTask task) {
		rules.apply(task, editor -> reports.finishEditing(ProcessModel.campaignId(task), editor));
	}

}
