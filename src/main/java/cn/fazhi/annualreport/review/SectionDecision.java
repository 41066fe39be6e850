package cn.fazhi.annualreport.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A head's or reviewer's judgement of one revision of a section, with the comment that explains it. */
@Entity
@Immutable
@Table(name = "section_decision")
public class SectionDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	@Column(name = "department_code")
	private String department;

	@Column(name = "revision_number")
	private int revision;

	@Enumerated(EnumType.STRING)
	private ReviewStep step;

	/** {@link HeadDecision} or {@link ReviewDecision} by name. */
	private String decision;

	@Column(name = "comment_text")
	private String comment;

	private String author;

	private Instant decidedAt;

	protected SectionDecision() {
	}

	SectionDecision(long campaignId, String department, int revision, ReviewStep step, String decision,
			String comment, String author, Instant decidedAt) {
		this.campaignId = campaignId;
		this.department = department;
		this.revision = revision;
		this.step = step;
		this.decision = decision;
		this.comment = comment;
		this.author = author;
		this.decidedAt = decidedAt;
	}

	public int getRevision() {
		return revision;
	}

	public ReviewStep getStep() {
		return step;
	}

	public String getDecision() {
		return decision;
	}

	public String getComment() {
		return comment;
	}

	public String getAuthor() {
		return author;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	/** Whether the section was sent back to the liaison. */
	public boolean isReturn() {
		return "RETURN".equals(decision);
	}

}
