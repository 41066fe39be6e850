package cn.fazhi.annualreport.system;

import org.springframework.http.HttpStatus;

/** A request body larger than the product ever needs for this request (HTTP 413); nothing of it was kept. */
public class PayloadTooLargeException extends DomainProblem {

	public PayloadTooLargeException(int limitKilobytes) {
		super(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "problem.payload-too-large", limitKilobytes);
	}

}
