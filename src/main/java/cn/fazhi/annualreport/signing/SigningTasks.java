package cn.fazhi.annualreport.signing;

import cn.fazhi.annualreport.security.CurrentUser;

/** The leader's open task in the workflow engine; completing it runs {@link SigningService#recordSigning}. */
public interface SigningTasks {

	/** Completes the open signing task; 409 if there is none. */
	void completeSigning(long campaignId, CurrentUser leader, SignDecision decision, String opinion);

}
