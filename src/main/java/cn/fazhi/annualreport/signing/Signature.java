package cn.fazhi.annualreport.signing;

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

/**
 * The leader's decision on one revision of the report: who, when, with what opinion, and for a SIGN the fingerprint
 * of exactly what was signed.
 */
@Entity
@Immutable
@Table(name = "signature")
public class Signature {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	@Column(name = "revision_number")
	private int revision;

	@Enumerated(EnumType.STRING)
	private SignDecision decision;

	private String opinion;

	private String signer;

	private Instant signedAt;

	/** SHA-256 of the signed revision's canonical text; {@code null} for a RETURN. */
	@Column(name = "content_sha256")
	private String sha256;

	protected Signature() {
	}

	Signature(long campaignId, int revision, SignDecision decision, String opinion, String signer, Instant signedAt,
			String sha256) {
		this.campaignId = campaignId;
		this.revision = revision;
		this.decision = decision;
		this.opinion = opinion;
		this.signer = signer;
		this.signedAt = signedAt;
		this.sha256 = sha256;
	}

	public String getSha256() {
		return sha256;
	}

	public int getRevision() {
		return revision;
	}

	public SignDecision getDecision() {
		return decision;
	}

	public String getOpinion() {
		return opinion;
	}

	public String getSigner() {
		return signer;
	}

	public Instant getSignedAt() {
		return signedAt;
	}

}
