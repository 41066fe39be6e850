package cn.fazhi.annualreport.disclosure;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ClearanceRepository extends Repository<Clearance, Long> {

	List<Clearance> findAllByCampaignIdOrderByDecidedAtAscIdAsc(long campaignId);

	Optional<Clearance> findFirstByCampaignIdAndRevisionAndDecisionOrderByIdDesc(long campaignId, int revision,
			ClearanceDecision decision);

	Clearance save(Clearance clearance);

}
