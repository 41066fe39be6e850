package cn.fazhi.annualreport.section;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SectionUrgeRepository extends Repository<SectionUrge, Long> {

	boolean existsByCampaignIdAndDepartmentAndUrgedOn(long campaignId, String department, LocalDate urgedOn);

	List<SectionUrge> findAllByCampaignIdAndDepartmentOrderByUrgedAtAsc(long campaignId, String department);

	@Query("select u.department as department, max(u.urgedOn) as urgedOn from SectionUrge u"
			+ " where u.campaignId = :campaignId group by u.department")
	List<LastUrged> lastUrgedOf(long campaignId);

	interface LastUrged {

		String getDepartment();

		LocalDate getUrgedOn();

	}

	SectionUrge save(SectionUrge urge);

}
