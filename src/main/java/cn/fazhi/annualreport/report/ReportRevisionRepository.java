package cn.fazhi.annualreport.report;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ReportRevisionRepository extends Repository<ReportRevision, Long> {

	Optional<ReportRevision> findByReportIdAndNumber(long reportId, int number);

	ReportRevision save(ReportRevision revision);

}
