package cn.fazhi.annualreport.report;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.Repository;

interface ReportRepository extends Repository<Report, Long> {

	Optional<Report> findByCampaignId(long campaignId);

	/** The report, locked until the transaction ends: writes to one report wait for each other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Report> findForUpdateByCampaignId(long campaignId);

	Report save(Report report);

}
