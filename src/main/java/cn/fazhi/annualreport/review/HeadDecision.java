package cn.fazhi.annualreport.review;

/** The department head's answer to a submitted section. */
public enum HeadDecision {

	/** Send it on to the legal bureau. */
	CONFIRM,
	/** Send it back to the liaison, with a comment. */
	RETURN

}
