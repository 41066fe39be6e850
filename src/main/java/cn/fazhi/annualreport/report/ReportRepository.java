package cn.fazhi.annualreport.report;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ReportRepository extends Repository<Report, Long> {

	Optional<Report> findByCampaignId(long campaignId);

	Report save(Report report);

}
