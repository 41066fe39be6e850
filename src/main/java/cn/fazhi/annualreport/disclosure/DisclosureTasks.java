package cn.fazhi.annualreport.disclosure;

import cn.fazhi.annualreport.security.CurrentUser;

/** The officer's open confidentiality task; completing it runs {@link DisclosureService#recordClearance}. */
public interface DisclosureTasks {

	/** Completes the open confidentiality review; 409 if there is none. */
	void completeClearance(long campaignId, CurrentUser officer, ClearanceDecision decision, String notes,
			PublicationDetails details);

	/** Starts the correction of the published report: editing, 签发, 保密审查 and publication again. */
	void startCorrection(long campaignId);

}
