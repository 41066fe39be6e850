package cn.fazhi.annualreport.workflow.listener;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.report.ReportService;
import cn.fazhi.annualreport.workflow.ProcessModel;

/** A step of the report started: the report shows its due date. */
@Component("reportScheduled")
class ReportScheduledListener implements TaskListener {

	private final ReportService reports;

	ReportScheduledListener(ReportService reports) {
		this.reports = reports;
	}

	@Override
	public void notify(DelegateTask task) {
		reports.dueBy(ProcessModel.campaignId(task), ProcessModel.dueDate(task));
	}

}
