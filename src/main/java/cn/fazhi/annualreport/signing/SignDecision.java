package cn.fazhi.annualreport.signing;

/** The leader's answer to the report handed up for 签发. */
public enum SignDecision {

	SIGN,
	/** Send it back to the editors, with an opinion. */
	RETURN

}
