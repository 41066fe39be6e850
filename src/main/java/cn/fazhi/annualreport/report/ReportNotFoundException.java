package cn.fazhi.annualreport.report;

import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.DomainProblem;

/** The campaign does not exist, or its sections have not been compiled yet. */
public class ReportNotFoundException extends DomainProblem {

	public ReportNotFoundException(long campaignId) {
		super(HttpStatus.NOT_FOUND, "report-not-found", "problem.report-not-found", campaignId);
	}

}
