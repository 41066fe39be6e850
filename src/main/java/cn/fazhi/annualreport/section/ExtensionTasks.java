package cn.fazhi.annualreport.section;

import java.time.LocalDate;

import cn.fazhi.annualreport.security.CurrentUser;

/**
 * The extension's part of the workflow: a request starts the editors' decision task in the section's process, and
 * deciding completes it, with the same rule as completing it in Tasklist ({@link SectionExtensions#decide}).
 */
public interface ExtensionTasks {

	void decisionRequested(SectionKey key, long requestId);

	/** Completes the open decision task; 409 if there is none. */
	void completeDecision(SectionKey key, CurrentUser editor, ExtensionDecision decision, LocalDate until,
			String comment);

}
