package cn.fazhi.annualreport.disclosure;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CorrectionRepository extends Repository<Correction, Long> {

	Optional<Correction> findFirstByPublicationIdOrderByIdDesc(long publicationId);

	Correction save(Correction correction);

}
