package cn.fazhi.annualreport.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReportRevisionRepository extends Repository<ReportRevision, Long> {

	Optional<ReportRevision> findByReportIdAndNumber(long reportId, int number);

	ReportRevision save(ReportRevision revision);

	/** Who made each revision of the report and when, oldest first, without their text. */
	@Query("""
			select r.number as number, r.author as author, r.createdAt as createdAt from ReportRevision r
			where r.reportId = :reportId order by r.number""")
	List<Header> headersOf(long reportId);

	interface Header {

		int getNumber();

		String getAuthor();

		Instant getCreatedAt();

	}

}
