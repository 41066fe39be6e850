package cn.fazhi.annualreport.workflow.rest;

import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.DomainProblem;

/** The engine has nothing by the id the path names (HTTP 404); the engine's own words ride along. */
class NotFoundInEngineException extends DomainProblem {

	NotFoundInEngineException(String engineMessage) {
		super(HttpStatus.NOT_FOUND, "not-found", "problem.engine.not-found", engineMessage);
	}

}
