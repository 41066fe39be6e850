package cn.fazhi.annualreport.submission;

/** How the report was sent. */
public enum Channel {

	/** 电子公文交换系统. */
	ELECTRONIC,
	/** 机要交换. */
	CONFIDENTIAL_EXCHANGE,
	/** 纸质公文送达. */
	PAPER,
	/** 其他方式. */
	OTHER

}
