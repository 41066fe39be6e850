package cn.fazhi.annualreport.section;

import cn.fazhi.annualreport.security.CurrentUser;

/**
 * The liaison's open task on a section in the workflow engine. Completing it runs the same checks as completing it
 * in Tasklist: the engine calls back {@link SectionService#submit}.
 */
public interface SectionTasks {

	/** Completes the open drafting or revising task; 409 if there is none. */
	void completeDrafting(SectionKey key, CurrentUser liaison);

	/** Takes back the submission waiting for the head's confirmation; 409 if the head has acted. */
	void withdrawSubmission(SectionKey key);

}
