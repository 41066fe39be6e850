package cn.fazhi.annualreport.section;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SectionRevisionRepository extends Repository<SectionRevision, Long> {

	Optional<SectionRevision> findBySectionIdAndNumber(long sectionId, int number);

	SectionRevision save(SectionRevision revision);

	/** Who saved each revision of the section and when, oldest first, without their content. */
	@Query("""
			select r.number as number, r.author as author, r.createdAt as createdAt from SectionRevision r
			where r.sectionId = :sectionId order by r.number""")
	List<Header> headersOf(long sectionId);

	interface Header {

		int getNumber();

		String getAuthor();

		Instant getCreatedAt();

	}

	/** Characters the section's revisions take, all of them together. */
	@Query("select coalesce(sum(r.contentLength), 0) from SectionRevision r where r.sectionId = :sectionId")
	long storedCharacters(long sectionId);

	/** When the author saved the section's revisions made between the two instants, oldest first. */
	@Query("""
			select r.createdAt from SectionRevision r
			where r.sectionId = :sectionId and r.author = :author and r.createdAt > :after and r.createdAt <= :until
			order by r.createdAt""")
	List<Instant> savedBetween(long sectionId, String author, Instant after, Instant until);

}
