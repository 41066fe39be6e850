package cn.fazhi.annualreport.disclosure;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PublicationRepository extends Repository<Publication, Long> {

	List<Publication> findAllByOrderByPublishedAtDescIdDesc();

	Optional<Publication> findById(long id);

	Optional<Publication> findByCampaignIdAndDepartmentAndRevision(long campaignId, String department, int revision);

	long countByIndexNumberStartingWith(String prefix);

	Optional<Publication> findFirstByCampaignIdAndDepartmentOrderByIdDesc(long campaignId, String department);

	/** The version that corrects the given one, if any. */
	Optional<Publication> findFirstBySupersedesId(long id);

	List<Publication> findAllByCampaignIdAndDepartmentOrderByIdAsc(long campaignId, String department);

	Publication save(Publication publication);

}
