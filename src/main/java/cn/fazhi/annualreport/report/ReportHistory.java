package cn.fazhi.annualreport.report;

import java.time.Instant;
import java.util.List;

/**
 * The steps of the report that other modules record (签发, 保密审查, publication, corrections), for its history (留痕);
 * each of those modules implements it.
 */
public interface ReportHistory {

	List<Entry> of(long campaignId);

	/**
	 * @param kind what happened (SIGNED, RETURNED_BY_LEADER, …), named in words by {@code trail.report.<kind>}
	 * @param actor who did it, by user id; {@code null} for the product itself
	 * @param argument what the words of the kind name, if anything (the 索引号 of a publication)
	 */
	record Entry(Instant at, String kind, String actor, Integer revision, String comment, String argument) {

	}

}
