package cn.fazhi.annualreport.workflow;

import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.DomainProblem;

/** No process of that key is shown to people (HTTP 404). */
class ProcessNotShownException extends DomainProblem {

	ProcessNotShownException(String key) {
		super(HttpStatus.NOT_FOUND, "not-found", "problem.process-not-found", key);
	}

}
