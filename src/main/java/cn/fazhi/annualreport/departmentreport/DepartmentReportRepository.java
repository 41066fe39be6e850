package cn.fazhi.annualreport.departmentreport;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface DepartmentReportRepository extends Repository<DepartmentReport, Long> {

	Optional<DepartmentReport> findFirstByCampaignIdAndDepartmentOrderByVersionDesc(long campaignId, String department);

	Optional<DepartmentReport> findById(long id);

	List<DepartmentReport> findAllByCampaignIdInAndSignedAtIsNotNullOrderByVersionAsc(Collection<Long> campaignIds);

	DepartmentReport save(DepartmentReport report);

}
