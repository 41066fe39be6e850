package cn.fazhi.annualreport.submission;

/** Whom a government reports its annual report to (厅字〔2019〕28号: in the first quarter of the following year). */
public enum Recipient {

	/** 本级党委. */
	PARTY_COMMITTEE,
	/** 本级人大常委会. */
	PEOPLES_CONGRESS,
	/** 上一级政府. */
	HIGHER_GOVERNMENT

}
