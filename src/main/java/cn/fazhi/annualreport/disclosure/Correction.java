package cn.fazhi.annualreport.disclosure;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * The editors reopen a published report to correct it. The published version stays as it is until the corrected one,
 * signed and cleared again, supersedes it with this reason as its notice.
 */
@Entity
@Immutable
@Table(name = "report_correction")
public class Correction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	/** The publication being corrected. */
	private long publicationId;

	private String reason;

	private String requestedBy;

	private Instant requestedAt;

	protected Correction() {
	}

	Correction(long campaignId, long publicationId, String reason, String requestedBy, Instant requestedAt) {
		this.campaignId = campaignId;
		this.publicationId = publicationId;
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	public long getPublicationId() {
		return publicationId;
	}

	public String getReason() {
		return reason;
	}

	public String getRequestedBy() {
		return requestedBy;
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}

}
