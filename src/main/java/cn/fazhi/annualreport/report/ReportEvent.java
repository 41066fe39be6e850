package cn.fazhi.annualreport.report;

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
 * A step of the report that no other record keeps, for its history (留痕): the editors handed a revision to the
 * leader.
 */
@Entity
@Immutable
@Table(name = "report_event")
class ReportEvent {

	enum Kind {

		HANDED_TO_LEADER

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Column(name = "revision_number")
	private int revision;

	private String actor;

	private Instant happenedAt;

	protected ReportEvent() {
	}

	ReportEvent(long campaignId, Kind kind, int revision, String actor, Instant happenedAt) {
		this.campaignId = campaignId;
		this.kind = kind;
		this.revision = revision;
		this.actor = actor;
		this.happenedAt = happenedAt;
	}

	Kind getKind() {
		return kind;
	}

	int getRevision() {
		return revision;
	}

	String getActor() {
		return actor;
	}

	Instant getHappenedAt() {
		return happenedAt;
	}

}
