package cn.fazhi.annualreport.section;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SectionRevisionRepository extends Repository<SectionRevision, Long> {

	Optional<SectionRevision> findBySectionIdAndNumber(long sectionId, int number);

	SectionRevision save(SectionRevision revision);

}
