package cn.fazhi.annualreport.section;

import java.time.Instant;
import java.util.List;

/** The judgements a section received, for the people who revise it; implemented by the review module. */
public interface SectionHistory {

	List<Entry> of(SectionKey key);

	/**
	 * @param kind what was decided, for programs: CONFIRMED, RETURNED_BY_HEAD, APPROVED or RETURNED_BY_REVIEWER
	 * @param author the display name of who decided
	 * @param label what was decided, in words (e.g. 司法局退回修改)
	 * @param returned whether the section was sent back
	 */
	record Entry(Instant at, String kind, String author, int revision, String label, boolean returned, String comment) {

	}

}
