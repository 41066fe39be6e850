package cn.fazhi.annualreport.system;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Input that can never be accepted: unknown codes, texts over their limit, malformed values (HTTP 400). The
 * offending fields are listed in the problem's {@code errors} property.
 */
public class InvalidInputException extends DomainProblem {

	private final List<FieldProblem> errors;

	public InvalidInputException(List<FieldProblem> errors) {
		super(HttpStatus.BAD_REQUEST, "invalid-input", "problem.invalid-input", errors.size());
		this.errors = List.copyOf(errors);
	}

	public InvalidInputException(String field, String messageCode, Object... arguments) {
		this(List.of(new FieldProblem(field, messageCode, arguments)));
	}

	@Override
	public List<FieldProblem> errors() {
		return errors;
	}

}
