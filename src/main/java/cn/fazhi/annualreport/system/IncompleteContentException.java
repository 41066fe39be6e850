package cn.fazhi.annualreport.system;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Content that may be saved as a draft but is not complete enough for the step the user asked for, such as
 * submitting a section without its shortcomings part (HTTP 422).
 */
public class IncompleteContentException extends DomainProblem {

	private final List<FieldProblem> errors;

	public IncompleteContentException(String detailCode, List<FieldProblem> errors) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, "incomplete-content", detailCode, errors.size());
		this.errors = List.copyOf(errors);
	}

	@Override
	public List<FieldProblem> errors() {
		return errors;
	}

}
