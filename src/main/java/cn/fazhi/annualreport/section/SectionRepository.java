package cn.fazhi.annualreport.section;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SectionRepository extends Repository<Section, Long> {

	Optional<Section> findByCampaignIdAndDepartment(long campaignId, String department);

	List<Section> findAllByCampaignId(long campaignId);

	Section save(Section section);

}
