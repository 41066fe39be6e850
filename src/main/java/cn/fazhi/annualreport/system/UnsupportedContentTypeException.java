package cn.fazhi.annualreport.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** A body sent as something the route does not read, e.g. JSON sent as text or multipart (HTTP 415). */
public class UnsupportedContentTypeException extends DomainProblem {

	/** {@code sent} without its parameters (a multipart boundary says nothing to the reader). */
	public UnsupportedContentTypeException(MediaType sent, String expected) {
		super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "problem.unsupported-media-type",
				sent == null ? "（未说明）" : sent.getType() + "/" + sent.getSubtype(), expected);
	}

}
