package cn.fazhi.annualreport.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.disclosure.DisclosureService;
import cn.fazhi.annualreport.workflow.ProcessModel;

/** {@code publishReport}: the signed, cleared report goes on the public pages. */
@Component("publishReportDelegate")
class PublishReportDelegate implements JavaDelegate {

	private final DisclosureService disclosure;

	PublishReportDelegate(DisclosureService disclosure) {
		this.disclosure = disclosure;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long publicationId = disclosure.publish(ProcessModel.campaignId(execution));
		execution.setVariable(ProcessModel.PUBLICATION_ID, publicationId);
	}

}
