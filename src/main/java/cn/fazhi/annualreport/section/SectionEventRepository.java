package cn.fazhi.annualreport.section;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SectionEventRepository extends Repository<SectionEvent, Long> {

	List<SectionEvent> findAllByCampaignIdAndDepartmentOrderByHappenedAtAscIdAsc(long campaignId, String department);

	SectionEvent save(SectionEvent event);

}
