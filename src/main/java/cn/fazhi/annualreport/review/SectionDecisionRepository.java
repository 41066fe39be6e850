package cn.fazhi.annualreport.review;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SectionDecisionRepository extends Repository<SectionDecision, Long> {

	List<SectionDecision> findAllByCampaignIdAndDepartmentOrderByDecidedAtAscIdAsc(long campaignId,
			String department);

	SectionDecision save(SectionDecision decision);

}
