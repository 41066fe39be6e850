package cn.fazhi.annualreport.campaign;

import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.DomainProblem;

/** A government has one report per year. */
class CampaignExistsException extends DomainProblem {

	CampaignExistsException(String organization, int year) {
		super(HttpStatus.CONFLICT, "campaign-exists", "problem.campaign-exists", organization, year);
	}

}
