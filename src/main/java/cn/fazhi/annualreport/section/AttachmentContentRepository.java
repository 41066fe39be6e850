package cn.fazhi.annualreport.section;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AttachmentContentRepository extends Repository<AttachmentContent, Long> {

	Optional<AttachmentContent> findById(long attachmentId);

	AttachmentContent save(AttachmentContent content);

	void deleteById(long attachmentId);

}
