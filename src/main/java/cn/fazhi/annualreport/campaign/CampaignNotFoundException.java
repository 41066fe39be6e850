package cn.fazhi.annualreport.campaign;

import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.DomainProblem;

public class CampaignNotFoundException extends DomainProblem {

	public CampaignNotFoundException(long campaignId) {
		super(HttpStatus.NOT_FOUND, "campaign-not-found", "problem.campaign-not-found", campaignId);
	}

}
