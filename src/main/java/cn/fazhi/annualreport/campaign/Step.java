package cn.fazhi.annualreport.campaign;

/** The steps of a campaign that have a deadline, each a user task of the workflow. */
public enum Step {

	/** 撰写部门报告: by the campaign's sections deadline. */
	DRAFTING,
	/** 确认部门报告: a number of working days after submission. */
	CONFIRMATION,
	/** 审核部门报告: a number of working days after confirmation. */
	REVIEW,
	/** 修改部门报告: a number of working days after a return. */
	REVISION,
	/** 审批延期申请: the editors answer a liaison's request for more time. */
	EXTENSION_DECISION,
	/** 统稿: working days before the publication limit. */
	EDITING,
	/** 签发报告. */
	SIGNING,
	/** 保密审查. */
	CLEARANCE,
	/** 报送: the editors record the report sent to the 党委, 人大常委会 and the government one level up. */
	SUBMISSION,
	/** Each step of correcting a published report: a number of working days after it starts. */
	CORRECTION,
	/** 签发 and 保密审查 of a department's own report: a number of working days after each starts. */
	DEPARTMENT_REPORT

}
