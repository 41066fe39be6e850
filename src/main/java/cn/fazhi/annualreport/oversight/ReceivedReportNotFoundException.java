package cn.fazhi.annualreport.oversight;

import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.DomainProblem;

/** No signed report under that reference reached the organization. */
public class ReceivedReportNotFoundException extends DomainProblem {

	public ReceivedReportNotFoundException(String reference) {
		super(HttpStatus.NOT_FOUND, "received-report-not-found", "problem.received-report-not-found", reference);
	}

}
