package cn.fazhi.annualreport.section;

import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.DomainProblem;

/** The section has no annotation of that id (HTTP 404). */
class AnnotationNotFoundException extends DomainProblem {

	AnnotationNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, "annotation-not-found", "problem.annotation-not-found", id);
	}

}
