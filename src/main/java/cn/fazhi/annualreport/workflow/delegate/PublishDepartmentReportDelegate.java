package cn.fazhi.annualreport.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.departmentreport.DepartmentReportService;
import cn.fazhi.annualreport.workflow.ProcessFacts;
import cn.fazhi.annualreport.workflow.ProcessModel;

/** {@code publishDepartmentReport}: the signed, cleared department report goes on the public pages. */
@Component("publishDepartmentReportDelegate")
class PublishDepartmentReportDelegate implements JavaDelegate {

	private final DepartmentReportService departmentReports;

	private final ProcessFacts facts;

	PublishDepartmentReportDelegate(DepartmentReportService departmentReports, ProcessFacts facts) {
		this.departmentReports = departmentReports;
		this.facts = facts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(ProcessModel.PUBLICATION_ID,
				departmentReports.publish(facts.departmentReport(execution)));
	}

}
