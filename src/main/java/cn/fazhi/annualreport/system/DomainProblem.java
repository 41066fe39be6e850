package cn.fazhi.annualreport.system;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Base of the product's own errors. Each carries a stable problem {@code type} and a message code that the
 * message bundle turns into the Chinese {@code title} and {@code detail} of an RFC 7807 response.
 */
public abstract class DomainProblem extends ErrorResponseException {

	protected DomainProblem(HttpStatus status, String type, String detailCode, Object... detailArguments) {
		this(status, type, null, detailCode, detailArguments);
	}

	/** A problem that a lower layer's failure means for the user; the failure stays its cause. */
	protected DomainProblem(HttpStatus status, String type, Throwable cause, String detailCode,
			Object... detailArguments) {
		super(status, problem(status, type), cause, detailCode, detailArguments);
	}

	private static ProblemDetail problem(HttpStatus status, String type) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("/problems/" + type));
		return problem;
	}

	/** The fields that were refused, if the problem is about particular fields. */
	public List<FieldProblem> errors() {
		return List.of();
	}

	/** The bundle key of the title, shared by every problem of one type. */
	@Override
	public String getTitleMessageCode() {
		return "problem.title." + getBody().getType().getPath().substring("/problems/".length());
	}

}
