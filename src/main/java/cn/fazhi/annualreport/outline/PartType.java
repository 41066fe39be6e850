package cn.fazhi.annualreport.outline;

/**
 * The statutory parts of an annual report (《法治政府建设与责任落实督察工作规定》 第二十五条), in their order.
 */
public enum PartType {

	/** 上一年度推进法治政府建设的主要举措和成效. */
	ACHIEVEMENTS,
	/** 存在的不足和原因. */
	SHORTCOMINGS,
	/** 党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况. */
	LEADERSHIP,
	/** 下一年度推进法治政府建设的主要安排. */
	NEXT_YEAR,
	/** 其他需要报告的情况 (optional). */
	OTHER

}
