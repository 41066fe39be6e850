package cn.fazhi.annualreport.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.departmentreport.DepartmentReportService;
import cn.fazhi.annualreport.workflow.ProcessModel;

/** {@code publishDepartmentReport}: the signed, cleared department report goes on the public pages. */
@Component("publishDepartmentReportDelegate")
class PublishDepartmentReportDelegate implements JavaDelegate {

	private final DepartmentReportService departmentReports;

	PublishDepartmentReportDelegate(DepartmentReportService departmentReports) {
		this.departmentReports = departmentReports;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(ProcessModel.PUBLICATION_ID,
				departmentReports.publish(ProcessModel.ownedId(execution, ProcessModel.DEPARTMENT_REPORT_ID,
						id -> departmentReports.view(id).key())));
	}

}
