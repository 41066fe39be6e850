package cn.fazhi.annualreport.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.report.ReportService;
import cn.fazhi.annualreport.workflow.ProcessModel;

/** {@code compileReport}: every section is approved; compile them into the report the editors revise. */
@Component("compileReportDelegate")
class CompileReportDelegate implements JavaDelegate {

	private final ReportService reports;

	CompileReportDelegate(ReportService reports) {
		this.reports = reports;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reports.compile(ProcessModel.campaignId(execution));
	}

}
