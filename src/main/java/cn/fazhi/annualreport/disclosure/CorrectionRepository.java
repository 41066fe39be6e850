package cn.fazhi.annualreport.disclosure;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CorrectionRepository extends Repository<Correction, Long> {

	Optional<Correction> findFirstByPublicationIdOrderByIdDesc(long publicationId);

	List<Correction> findAllByCampaignIdOrderByIdAsc(long campaignId);

	Correction save(Correction correction);

}
