package cn.fazhi.annualreport.review;

/** The legal reviewer's answer to a confirmed section. */
public enum ReviewDecision {

	APPROVE,
	/** Return it for revision, with comments. */
	RETURN

}
