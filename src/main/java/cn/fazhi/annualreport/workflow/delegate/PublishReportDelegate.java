package cn.fazhi.annualreport.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.List;

import cn.fazhi.annualreport.disclosure.DisclosureService;
import cn.fazhi.annualreport.notification.WorkNotices;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.workflow.ProcessModel;

/** {@code publishReport}: the signed, cleared report goes on the public pages. */
@Component("publishReportDelegate")
class PublishReportDelegate implements JavaDelegate {

	private final DisclosureService disclosure;

	private final WorkNotices notices;

	PublishReportDelegate(DisclosureService disclosure, WorkNotices notices) {
		this.disclosure = disclosure;
		this.notices = notices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long campaignId = ProcessModel.campaignId(execution);
		long publicationId = disclosure.publish(campaignId);
		execution.setVariable(ProcessModel.PUBLICATION_ID, publicationId);
		// the editors and the leaders hear that the report is out, and where the public reads it
		notices.decided("published:" + publicationId, List.of(Roles.REPORT_ADMINS, Roles.LEADERS),
				"notice.report-published", new Object[] { disclosure.publication(publicationId).getTitle() },
				"/public/reports/" + publicationId);
	}

}
