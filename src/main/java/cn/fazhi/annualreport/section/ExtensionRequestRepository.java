package cn.fazhi.annualreport.section;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ExtensionRequestRepository extends Repository<ExtensionRequest, Long> {

	ExtensionRequest save(ExtensionRequest request);

	Optional<ExtensionRequest> findById(Long id);

	List<ExtensionRequest> findAllByCampaignIdAndDepartmentOrderByRequestedAtDescIdDesc(long campaignId,
			String department);

	Optional<ExtensionRequest> findFirstByCampaignIdAndDepartmentAndStatus(long campaignId, String department,
			ExtensionRequest.Status status);

}
