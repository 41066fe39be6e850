package cn.fazhi.annualreport.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The bytes of an attachment, read only when someone downloads it. */
@Entity
@Immutable
@Table(name = "section_attachment_content")
class AttachmentContent {

	@Id
	@Column(name = "attachment_id")
	private Long attachmentId;

	private byte[] content;

	protected AttachmentContent() {
	}

	AttachmentContent(long attachmentId, byte[] content) {
		this.attachmentId = attachmentId;
		this.content = content;
	}

	byte[] getContent() {
		return content;
	}

}
