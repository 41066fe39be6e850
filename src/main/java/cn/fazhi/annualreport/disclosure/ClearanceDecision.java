package cn.fazhi.annualreport.disclosure;

/** The confidentiality officer's answer to the signed report. */
public enum ClearanceDecision {

	/** Nothing secret, private or internal: publish it. */
	CLEAR,
	/** Send it back to the editors with notes on what must go. */
	RETURN

}
