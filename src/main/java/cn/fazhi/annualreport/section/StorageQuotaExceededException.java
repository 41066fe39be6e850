package cn.fazhi.annualreport.section;

import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.DomainProblem;

/**
 * A new revision would take the document past the storage all its revisions may use together (HTTP 413). Nothing
 * was saved; revisions are never deleted, so only an administrator can help.
 */
class StorageQuotaExceededException extends DomainProblem {

	public StorageQuotaExceededException(long stored, long adding, long quota) {
		super(HttpStatus.PAYLOAD_TOO_LARGE, "storage-quota-exceeded", "problem.storage-quota-exceeded", stored, adding,
				quota);
		getBody().setProperty("quota", quota);
		getBody().setProperty("stored", stored);
	}

}
