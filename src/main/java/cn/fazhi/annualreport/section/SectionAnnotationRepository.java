package cn.fazhi.annualreport.section;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SectionAnnotationRepository extends Repository<SectionAnnotation, Long> {

	List<SectionAnnotation> findAllByCampaignIdAndDepartmentOrderByIdAsc(long campaignId, String department);

	List<SectionAnnotation> findAllByCampaignIdAndDepartmentAndResolvedAtIsNullOrderByIdAsc(long campaignId,
			String department);

	Optional<SectionAnnotation> findByIdAndCampaignIdAndDepartment(long id, long campaignId, String department);

	SectionAnnotation save(SectionAnnotation annotation);

	/**
	 * The section's revision {@code revision} is the first to carry the resolutions made since the last one: every
	 * resolved annotation of an earlier revision not yet stamped is stamped with it.
	 */
	@Modifying
	@Query("update SectionAnnotation a set a.resolvedInRevision = :revision where a.campaignId = :campaignId"
			+ " and a.department = :department and a.resolvedAt is not null and a.resolvedInRevision is null"
			+ " and a.revision < :revision")
	int stampResolved(long campaignId, String department, int revision);

}
