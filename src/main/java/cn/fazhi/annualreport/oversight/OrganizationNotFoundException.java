package cn.fazhi.annualreport.oversight;

import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.DomainProblem;

/** No organization of the tree has that code. */
public class OrganizationNotFoundException extends DomainProblem {

	public OrganizationNotFoundException(String code) {
		super(HttpStatus.NOT_FOUND, "organization-not-found", "problem.organization-not-found", code);
	}

}
