package cn.fazhi.annualreport.section;

import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.DomainProblem;

/** The section has no file of that id (HTTP 404). */
class AttachmentNotFoundException extends DomainProblem {

	AttachmentNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, "attachment-not-found", "problem.attachment-not-found", id);
	}

}
