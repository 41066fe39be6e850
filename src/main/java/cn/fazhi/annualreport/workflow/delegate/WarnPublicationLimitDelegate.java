package cn.fazhi.annualreport.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.disclosure.PublicationLimitWarnings;
import cn.fazhi.annualreport.workflow.ProcessModel;

/** {@code warnPublicationLimit}: today's warning about the 3月31日 publication limit, if the report is unpublished. */
@Component("warnPublicationLimitDelegate")
class WarnPublicationLimitDelegate implements JavaDelegate {

	private final PublicationLimitWarnings warnings;

	WarnPublicationLimitDelegate(PublicationLimitWarnings warnings) {
		this.warnings = warnings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		warnings.warn(ProcessModel.campaignId(execution));
	}

}
