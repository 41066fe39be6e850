package cn.fazhi.annualreport.workflow.listener;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.departmentreport.DepartmentReportService;
import cn.fazhi.annualreport.workflow.ProcessFacts;
import cn.fazhi.annualreport.workflow.ProcessModel;
import cn.fazhi.annualreport.workflow.TaskRules;

/** Completing {@code signDepartmentReport} records the department head's 签发 or return. */
@Component("departmentReportSigned")
class DepartmentReportSignedListener implements TaskListener {

	private final TaskRules rules;

	private final DepartmentReportService departmentReports;

	private final ProcessFacts facts;

	DepartmentReportSignedListener(TaskRules rules, DepartmentReportService departmentReports, ProcessFacts facts) {
		this.rules = rules;
		this.departmentReports = departmentReports;
		this.facts = facts;
	}

	@Override
	public void notify(DelegateTask task) {
		rules.apply(task,
				head -> departmentReports.recordSigning(facts.departmentReport(task.getExecution()),
						ProcessModel.text(task, ProcessModel.SIGN_DECISION),
						ProcessModel.text(task, ProcessModel.SIGN_OPINION), head));
	}

}
