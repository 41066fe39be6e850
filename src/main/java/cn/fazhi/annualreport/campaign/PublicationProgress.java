package cn.fazhi.annualreport.campaign;

import java.time.Instant;
import java.util.Optional;

/** Whether the campaign's report is on the public pages; implemented by the disclosure module. */
public interface PublicationProgress {

	Optional<Published> publicationOf(long campaignId);

	/**
	 * The report's current publication.
	 *
	 * @param late published after the legal limit (逾期公开)
	 */
	record Published(long id, String indexNumber, Instant publishedAt, boolean late) {

	}

}
