package cn.fazhi.annualreport.disclosure;

import cn.fazhi.annualreport.security.CurrentUser;

/** The officer's open confidentiality task; completing it runs {@link DisclosureService#recordClearance}. */
public interface DisclosureTasks {

	/** Completes the open confidentiality review; 409 if there is none. */
	void completeClearance(long campaignId, CurrentUser officer, ClearanceDecision decision, String notes,
			PublicationDetails details);

}
