package cn.fazhi.annualreport.section;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import cn.fazhi.annualreport.system.JsonColumn;

/** One saved version of a section. Never changed after it is written; every save makes a new one. */
@Entity
@Immutable
@Table(name = "section_revision")
public class SectionRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long sectionId;

	@Column(name = "revision_number")
	private int number;

	@Convert(converter = ContentColumn.class)
	private SectionContent content;

	/** Characters of the stored content, for the storage each section may take ({@link SectionSettings}). */
	private int contentLength;

	private String author;

	private Instant createdAt;

	protected SectionRevision() {
	}

	SectionRevision(long sectionId, int number, SectionContent content, String author, Instant createdAt) {
		this.sectionId = sectionId;
		this.number = number;
		this.content = content;
		this.contentLength = new ContentColumn().convertToDatabaseColumn(content).length();
		this.author = author;
		this.createdAt = createdAt;
	}

	public int getNumber() {
		return number;
	}

	public SectionContent getContent() {
		return content;
	}

	int getContentLength() {
		return contentLength;
	}

	public String getAuthor() {
		return author;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	static class ContentColumn extends JsonColumn<SectionContent> {

		ContentColumn() {
			super(SectionContent.class);
		}

	}

}
