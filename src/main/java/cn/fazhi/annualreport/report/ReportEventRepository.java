package cn.fazhi.annualreport.report;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ReportEventRepository extends Repository<ReportEvent, Long> {

	List<ReportEvent> findAllByCampaignIdOrderByHappenedAtAscIdAsc(long campaignId);

	ReportEvent save(ReportEvent event);

}
