package cn.fazhi.annualreport.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CampaignRepository extends Repository<Campaign, Long> {

	Optional<Campaign> findById(Long id);

	List<Campaign> findAllByOrderByYearDescIdDesc();

	List<Campaign> findAllByIdIn(java.util.Collection<Long> ids);

	boolean existsByOrganizationAndYear(String organization, int year);

	List<Campaign> findAllByGovernmentAndYearOrderByIdAsc(String government, int year);

	Optional<Campaign> findByOrganizationAndYear(String organization, int year);

	Campaign save(Campaign campaign);

}
