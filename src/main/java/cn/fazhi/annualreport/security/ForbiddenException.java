package cn.fazhi.annualreport.security;

import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.DomainProblem;

/** The user lacks the role or the department the action needs (HTTP 403). */
public class ForbiddenException extends DomainProblem {

	public ForbiddenException(String detailCode, Object... detailArguments) {
		super(HttpStatus.FORBIDDEN, "forbidden", detailCode, detailArguments);
	}

}
