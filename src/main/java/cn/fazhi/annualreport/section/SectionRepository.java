package cn.fazhi.annualreport.section;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.Repository;

interface SectionRepository extends Repository<Section, Long> {

	Optional<Section> findByCampaignIdAndDepartment(long campaignId, String department);

	/** The section, locked until the transaction ends: writes to one section wait for each other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Section> findForUpdateByCampaignIdAndDepartment(long campaignId, String department);

	List<Section> findAllByCampaignId(long campaignId);

	Section save(Section section);

}
