package cn.fazhi.annualreport.section;

/** Where a department's section is on its way from drafting to approval. */
public enum SectionStage {

	/** The liaison writes the first version. */
	DRAFTING,
	/** Submitted; the department head confirms it or sends it back. */
	AWAITING_CONFIRMATION,
	/** Confirmed; the legal bureau reviews it. */
	IN_REVIEW,
	/** Sent back by the head or the reviewer; the liaison revises it. */
	REVISING,
	/** Approved by the legal bureau; ready to be compiled. */
	APPROVED;

	/** The liaison may save drafts only while writing or revising. */
	public boolean isEditable() {
		return this == DRAFTING || this == REVISING;
	}

}
