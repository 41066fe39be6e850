package cn.fazhi.annualreport.workflow.listener;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.departmentreport.DepartmentReportService;
import cn.fazhi.annualreport.workflow.ProcessFacts;
import cn.fazhi.annualreport.workflow.ProcessModel;
import cn.fazhi.annualreport.workflow.TaskRules;

/** Completing {@code departmentConfidentialityReview} records the officer's clearance or return. */
@Component("departmentReportCleared")
class DepartmentReportClearedListener implements TaskListener {

	private final TaskRules rules;

	private final DepartmentReportService departmentReports;

	private final ProcessFacts facts;

	DepartmentReportClearedListener(TaskRules rules, DepartmentReportService departmentReports, ProcessFacts facts) {
		this.rules = rules;
		this.departmentReports = departmentReports;
		this.facts = facts;
	}

	@Override
	public void notify(DelegateTask task) {
		rules.apply(task,
				officer -> departmentReports.recordClearance(facts.departmentReport(task.getExecution()),
						ProcessModel.text(task, ProcessModel.CLEARANCE_DECISION),
						ProcessModel.text(task, ProcessModel.CLEARANCE_NOTES),
						ProcessModel.publicationDetails(task), officer));
	}

}
