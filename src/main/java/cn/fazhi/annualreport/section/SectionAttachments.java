package cn.fazhi.annualreport.section;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.system.Sha256;

/**
 * 佐证材料: the files a department keeps with its section. Whoever may read the section may read them; only its
 * liaison adds or removes them, while the section is being written. They are never public and never exported.
 */
@Service
@Transactional(readOnly = true)
public class SectionAttachments {

	private static final int LONGEST_NAME = 200;

	private static final long MEGABYTE = 1024 * 1024;

	private static final String NOT_WRITING = "problem.attachment.not-editable";

	private final SectionAttachmentRepository attachments;

	private final AttachmentContentRepository contents;

	private final AttachmentTypes types;

	private final SectionService sections;

	private final SectionSettings settings;

	private final UserDirectory directory;

	private final Clock clock;

	SectionAttachments(SectionAttachmentRepository attachments, AttachmentContentRepository contents,
			AttachmentTypes types, SectionService sections, SectionSettings settings, UserDirectory directory,
			Clock clock) {
		this.attachments = attachments;
		this.contents = contents;
		this.types = types;
		this.sections = sections;
		this.settings = settings;
		this.directory = directory;
		this.clock = clock;
	}

	/** Keeps the file with the section: 415 if it is not a kept format, 413 past the section's quota. */
	@Transactional
	public Attachment upload(SectionKey key, String fileName, byte[] content, CurrentUser liaison) {
		sections.lockForWriting(key, liaison, NOT_WRITING);
		if (content == null || content.length == 0) {
			throw AttachmentRefusedException.empty();
		}
		String name = cleanName(fileName);
		String type = types.accepted(content, name).orElseThrow(() -> AttachmentRefusedException.unsupported(name));
		long stored = attachments.totalSize(key.campaignId(), key.department());
		long count = attachments.countByCampaignIdAndDepartment(key.campaignId(), key.department());
		if (count >= settings.attachmentsPerSection() || stored + content.length > settings.attachmentBytesPerSection()) {
			throw AttachmentRefusedException.overQuota((stored + MEGABYTE - 1) / MEGABYTE,
					settings.attachmentBytesPerSection() / MEGABYTE, (int) count, settings.attachmentsPerSection());
		}
		SectionAttachment saved = attachments.save(new SectionAttachment(key, name, type, content.length,
				Sha256.hex(content), liaison.id(), clock.instant()));
		contents.save(new AttachmentContent(saved.getId(), content));
		return view(saved);
	}

	/** The section's files, oldest first, for whoever may read the section. */
	public List<Attachment> list(SectionKey key, CurrentUser reader) {
		sections.requireReader(key, reader);
		return attachments.findAllByCampaignIdAndDepartmentOrderByUploadedAtAscIdAsc(key.campaignId(), key.department())
			.stream()
			.map(this::view)
			.toList();
	}

	/** One file with its bytes, for whoever may read the section; 404 if the section has no such file. */
	public Download download(SectionKey key, long id, CurrentUser reader) {
		sections.requireReader(key, reader);
		SectionAttachment attachment = find(key, id);
		byte[] content = contents.findById(id).map(AttachmentContent::getContent).orElseThrow();
		return new Download(view(attachment), content);
	}

	/** Removes a file while the section is being written; answers what was removed. */
	@Transactional
	public Attachment delete(SectionKey key, long id, CurrentUser liaison) {
		sections.lockForWriting(key, liaison, NOT_WRITING);
		SectionAttachment attachment = find(key, id);
		contents.deleteById(id);
		attachments.delete(attachment);
		return view(attachment);
	}

	private SectionAttachment find(SectionKey key, long id) {
		return attachments.findByIdAndCampaignIdAndDepartment(id, key.campaignId(), key.department())
			.orElseThrow(() -> new AttachmentNotFoundException(id));
	}

	private Attachment view(SectionAttachment attachment) {
		return new Attachment(attachment.getId(), attachment.getName(), attachment.getSize(),
				attachment.getContentType(), AttachmentTypes.ACCEPTED.get(attachment.getContentType()),
				directory.displayName(attachment.getUploadedBy()), attachment.getUploadedAt());
	}

	/** The name without any folder a browser sent, control characters or more than fits. */
	private static String cleanName(String fileName) {
		String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			return "附件";
		}
		return name.codePointCount(0, name.length()) <= LONGEST_NAME ? name
				: name.substring(0, name.offsetByCodePoints(0, LONGEST_NAME));
	}

	/**
	 * One file as the section lists it (DESIGN §8).
	 *
	 * @param kind what people call the format, e.g. Word
	 * @param uploadedBy the display name of who brought it
	 */
	public record Attachment(long id, String name, long size, String contentType, String kind, String uploadedBy,
			Instant uploadedAt) {

	}

	public record Download(Attachment attachment, byte[] content) {

	}

}
