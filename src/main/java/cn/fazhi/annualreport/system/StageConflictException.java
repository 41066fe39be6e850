package cn.fazhi.annualreport.system;

import org.springframework.http.HttpStatus;

/** The action is valid in general but not at the stage the report or section is in now (HTTP 409). */
public class StageConflictException extends DomainProblem {

	public StageConflictException(String detailCode, Object... detailArguments) {
		super(HttpStatus.CONFLICT, "stage-conflict", detailCode, detailArguments);
	}

}
