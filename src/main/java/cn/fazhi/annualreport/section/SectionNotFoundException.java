package cn.fazhi.annualreport.section;

import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.DomainProblem;

/** The campaign does not exist, or the department takes no part in it. */
public class SectionNotFoundException extends DomainProblem {

	public SectionNotFoundException(SectionKey key) {
		super(HttpStatus.NOT_FOUND, "section-not-found", "problem.section-not-found", key.campaignId(),
				key.department());
	}

}
