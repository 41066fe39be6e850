package cn.fazhi.annualreport.section;

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
 * A step of a section that no other record keeps, for its history (留痕): the liaison submitted a revision to the head,
 * or took the submission back.
 */
@Entity
@Immutable
@Table(name = "section_event")
class SectionEvent {

	enum Kind {

		SUBMITTED, WITHDRAWN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	@Column(name = "department_code")
	private String department;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Column(name = "revision_number")
	private int revision;

	private String actor;

	private Instant happenedAt;

	protected SectionEvent() {
	}

	SectionEvent(SectionKey key, Kind kind, int revision, String actor, Instant happenedAt) {
		this.campaignId = key.campaignId();
		this.department = key.department();
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
