package cn.fazhi.annualreport.signing;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SignatureRepository extends Repository<Signature, Long> {

	List<Signature> findAllByCampaignIdOrderBySignedAtAscIdAsc(long campaignId);

	Signature save(Signature signature);

}
