package cn.fazhi.annualreport.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.security.GovernmentRoles;

/**
 * The candidate groups of the central roles' tasks, e.g. {@code ${campaignRoles.of(execution).legalReviewers()}}:
 * the groups of the government whose report the process serves (DESIGN §10), found from the business key.
 */
@Component("campaignRoles")
public class CampaignRoles {

	private final CampaignService campaigns;

	CampaignRoles(CampaignService campaigns) {
		this.campaigns = campaigns;
	}

	public GovernmentRoles of(DelegateExecution execution) {
		return campaigns.get(ProcessModel.campaignId(execution)).roles();
	}

}
