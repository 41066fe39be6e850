package cn.fazhi.annualreport.section;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SectionAttachmentRepository extends Repository<SectionAttachment, Long> {

	List<SectionAttachment> findAllByCampaignIdAndDepartmentOrderByUploadedAtAscIdAsc(long campaignId,
			String department);

	Optional<SectionAttachment> findByIdAndCampaignIdAndDepartment(long id, long campaignId, String department);

	@Query("select coalesce(sum(a.size), 0) from SectionAttachment a"
			+ " where a.campaignId = :campaignId and a.department = :department")
	long totalSize(long campaignId, String department);

	long countByCampaignIdAndDepartment(long campaignId, String department);

	SectionAttachment save(SectionAttachment attachment);

	void delete(SectionAttachment attachment);

}
