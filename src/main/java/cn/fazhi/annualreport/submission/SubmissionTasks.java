package cn.fazhi.annualreport.submission;

import java.util.List;

import cn.fazhi.annualreport.security.CurrentUser;

/** The editors' open 报送 task; completing it runs {@link SubmissionService#record}. */
public interface SubmissionTasks {

	/** Completes the open reporting-up task; 409 if there is none. */
	void completeSubmission(long campaignId, CurrentUser editor, List<SubmissionEntry> entries);

}
