package cn.fazhi.annualreport.section;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A 批注: the department head or the legal bureau's reviewer comments on words of one revision of a section; the
 * liaison answers it and resolves it. Which revision first carried the resolution is stamped when the liaison saves
 * or submits one ({@link SectionAnnotationRepository#stampResolved}).
 */
@Entity
@Table(name = "section_annotation")
public class SectionAnnotation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	@Column(name = "department_code")
	private String department;

	@Column(name = "revision_number")
	private int revision;

	@Column(name = "part_code")
	private String part;

	@Column(name = "item_index")
	private Integer item;

	private String quote;

	@Column(name = "comment_text")
	private String comment;

	private String author;

	private Instant createdAt;

	private String reply;

	private String repliedBy;

	private Instant repliedAt;

	private String resolvedBy;

	private Instant resolvedAt;

	private Integer resolvedInRevision;

	protected SectionAnnotation() {
	}

	SectionAnnotation(SectionKey key, int revision, AnnotatedPart part, Integer item, String quote, String comment,
			String author, Instant createdAt) {
		this.campaignId = key.campaignId();
		this.department = key.department();
		this.revision = revision;
		this.part = part.code();
		this.item = item;
		this.quote = quote;
		this.comment = comment;
		this.author = author;
		this.createdAt = createdAt;
	}

	/** The liaison's answer; an empty one takes the answer back. */
	void reply(String text, String liaison, Instant now) {
		reply = text;
		repliedBy = text == null ? null : liaison;
		repliedAt = text == null ? null : now;
	}

	/** Resolved now; the revision that carries it is stamped when the next one is saved or submitted. */
	void resolve(String liaison, Instant now) {
		if (!isResolved()) {
			resolvedBy = liaison;
			resolvedAt = now;
			resolvedInRevision = null;
		}
	}

	/** Open again, e.g. marked resolved by mistake. */
	void reopen() {
		resolvedBy = null;
		resolvedAt = null;
		resolvedInRevision = null;
	}

	public boolean isResolved() {
		return resolvedAt != null;
	}

	public Long getId() {
		return id;
	}

	public int getRevision() {
		return revision;
	}

	public String getPart() {
		return part;
	}

	public Integer getItem() {
		return item;
	}

	public String getQuote() {
		return quote;
	}

	public String getComment() {
		return comment;
	}

	public String getAuthor() {
		return author;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getReply() {
		return reply;
	}

	public String getRepliedBy() {
		return repliedBy;
	}

	public Instant getRepliedAt() {
		return repliedAt;
	}

	public String getResolvedBy() {
		return resolvedBy;
	}

	public Instant getResolvedAt() {
		return resolvedAt;
	}

	public Integer getResolvedInRevision() {
		return resolvedInRevision;
	}

}
