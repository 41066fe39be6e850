package cn.fazhi.annualreport.section;

import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.DomainProblem;

/** An upload the section cannot keep: nothing was stored. */
class AttachmentRefusedException extends DomainProblem {

	private AttachmentRefusedException(HttpStatus status, String type, String detailCode, Object... arguments) {
		super(status, type, detailCode, arguments);
	}

	/** Not one of the formats a section keeps, whatever its name says (HTTP 415). */
	static AttachmentRefusedException unsupported(String name) {
		return new AttachmentRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "attachment-type",
				"problem.attachment.type", name);
	}

	static AttachmentRefusedException empty() {
		return new AttachmentRefusedException(HttpStatus.BAD_REQUEST, "invalid-input", "problem.attachment.empty");
	}

	/** The section's files would pass what one section may keep (HTTP 413). */
	static AttachmentRefusedException overQuota(long storedMegabytes, long quotaMegabytes, int count, int maxCount) {
		return new AttachmentRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, "attachment-quota",
				"problem.attachment.quota", storedMegabytes, quotaMegabytes, count, maxCount);
	}

}
