package cn.fazhi.annualreport.review;

import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.security.CurrentUser;

/**
 * The head's and the reviewer's open tasks in the workflow engine. Completing one runs the same rule as completing
 * it in Tasklist: the engine calls back {@link ReviewService}.
 */
public interface ReviewTasks {

	/** Completes the open confirmation task; 409 if there is none. */
	void completeConfirmation(SectionKey key, CurrentUser head, HeadDecision decision, String comment);

	/** Completes the open review task; 409 if there is none. */
	void completeReview(SectionKey key, CurrentUser reviewer, ReviewDecision decision, String comment);

}
