package cn.fazhi.annualreport.disclosure;

import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.DomainProblem;

class PublicationNotFoundException extends DomainProblem {

	PublicationNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, "publication-not-found", "problem.publication-not-found", id);
	}

}
