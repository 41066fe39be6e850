package cn.fazhi.annualreport.section;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A file kept with a section as evidence (佐证材料): what it is and who brought it; its bytes are stored apart. */
@Entity
@Immutable
@Table(name = "section_attachment")
public class SectionAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	@Column(name = "department_code")
	private String department;

	@Column(name = "file_name")
	private String name;

	private String contentType;

	@Column(name = "file_size")
	private long size;

	private String sha256;

	private String uploadedBy;

	private Instant uploadedAt;

	protected SectionAttachment() {
	}

	SectionAttachment(SectionKey key, String name, String contentType, long size, String sha256, String uploadedBy,
			Instant uploadedAt) {
		this.campaignId = key.campaignId();
		this.department = key.department();
		this.name = name;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSize() {
		return size;
	}

	public String getSha256() {
		return sha256;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

}
