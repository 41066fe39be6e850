package cn.fazhi.annualreport.departmentreport;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface DepartmentReportRepository extends Repository<DepartmentReport, Long> {

	Optional<DepartmentReport> findFirstByCampaignIdAndDepartmentOrderByVersionDesc(long campaignId, String department);

	Optional<DepartmentReport> findById(long id);

	DepartmentReport save(DepartmentReport report);

}
