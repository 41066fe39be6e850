package cn.fazhi.annualreport.review;

/** The two judgements a section passes: its own head's confirmation, then the legal bureau's review. */
public enum ReviewStep {

	/** 部门主要负责人确认. */
	CONFIRMATION,
	/** 司法局审核. */
	REVIEW

}
