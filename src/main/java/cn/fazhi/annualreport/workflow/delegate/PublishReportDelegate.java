package cn.fazhi.annualreport.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.List;

import cn.fazhi.annualreport.disclosure.DisclosureService;
import cn.fazhi.annualreport.notification.WorkNotices;
import cn.fazhi.annualreport.workflow.ProcessModel;
import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.security.GovernmentRoles;

/** {@code publishReport}: the signed, cleared report goes on the public pages. */
@Component("publishReportDelegate")
class PublishReportDelegate implements JavaDelegate {

	private final DisclosureService disclosure;

	private final WorkNotices notices;

	private final CampaignService campaigns;

	PublishReportDelegate(DisclosureService disclosure, WorkNotices notices, CampaignService campaigns) {
		this.disclosure = disclosure;
		this.notices = notices;
		this.campaigns = campaigns;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long campaignId = ProcessModel.campaignId(execution);
		long publicationId = disclosure.publish(campaignId);
		execution.setVariable(ProcessModel.PUBLICATION_ID, publicationId);
		// the editors and the leaders hear that the report is out, and where the public reads it
		GovernmentRoles roles = campaigns.roles(campaignId);
		notices.decided("published:" + publicationId, List.of(roles.reportAdmins(), roles.leaders()),
				"notice.report-published", new Object[] { disclosure.publication(publicationId).getTitle() },
				"/public/reports/" + publicationId);
	}

}
