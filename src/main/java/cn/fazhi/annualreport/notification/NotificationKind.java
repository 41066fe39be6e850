package cn.fazhi.annualreport.notification;

/** What a message is about; each kind has its own mail templates and subject. */
public enum NotificationKind {

	/** A step has reached the people who must do it: a new task, or work sent back with the reason. */
	TASK_ARRIVED,
	/** A decision on the recipients' work, e.g. their section approved or the report signed. */
	DECIDED,
	/** 催办: a step is due soon or today. */
	REMINDER,
	/** 催办 by a report editor, who asks whoever must act on a section to do it now. */
	URGED,
	/** 督办: a step is overdue. */
	ESCALATION,
	/** A liaison asks for more time; to the report editors. */
	EXTENSION_REQUESTED,
	/** The editors' answer to a request for more time; to the liaison. */
	EXTENSION_DECIDED,
	/** The legal publication limit (3月31日) nears or has passed with the report unpublished; to leaders and editors. */
	PUBLICATION_LIMIT,
	/** The report editors' daily overview. */
	DIGEST,
	/** 催办 or 督办 of a whole organization by the 依法治市办 (or a government over its subtree). */
	SUPERVISED

}
