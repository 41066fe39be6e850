package cn.fazhi.annualreport.section;

/** The report editors' answer to a request for more time. */
public enum ExtensionDecision {

	GRANT, REFUSE

}
