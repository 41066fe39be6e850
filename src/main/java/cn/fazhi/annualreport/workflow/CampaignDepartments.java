package cn.fazhi.annualreport.workflow;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.campaign.CampaignService;

/**
 * The collection of the multi-instance call activity: {@code ${campaignDepartments.of(campaignId)}}. Read from the
 * campaign so that no list is kept as a process variable.
 */
@Component("campaignDepartments")
public class CampaignDepartments {

	private final CampaignService campaigns;

	CampaignDepartments(CampaignService campaigns) {
		this.campaigns = campaigns;
	}

	public List<String> of(long campaignId) {
		return campaigns.get(campaignId).getDepartments();
	}

}
