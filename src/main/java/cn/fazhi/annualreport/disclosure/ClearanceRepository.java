package cn.fazhi.annualreport.disclosure;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ClearanceRepository extends Repository<Clearance, Long> {

	List<Clearance> findAllByCampaignIdOrderByDecidedAtAscIdAsc(long campaignId);

	Clearance save(Clearance clearance);

}
