package cn.fazhi.annualreport.disclosure;

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

/** A 保密审查 decision (《政府信息公开条例》第十七条) on one signed revision of the report. Internal, never published. */
@Entity
@Immutable
@Table(name = "clearance")
public class Clearance {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	@Column(name = "revision_number")
	private int revision;

	@Enumerated(EnumType.STRING)
	private ClearanceDecision decision;

	private String notes;

	private String officer;

	private Instant decidedAt;

	/** 发文字号 the report is published under, if it has one. */
	private String documentNumber;

	/** 主题分类 it is published under. */
	private String subjectCategory;

	protected Clearance() {
	}

	Clearance(long campaignId, int revision, ClearanceDecision decision, String notes, PublicationDetails details,
			String officer, Instant decidedAt) {
		this.campaignId = campaignId;
		this.revision = revision;
		this.decision = decision;
		this.notes = notes;
		this.documentNumber = details.documentNumber();
		this.subjectCategory = details.subjectCategory();
		this.officer = officer;
		this.decidedAt = decidedAt;
	}

	PublicationDetails details() {
		return new PublicationDetails(documentNumber, subjectCategory);
	}

	public int getRevision() {
		return revision;
	}

	public ClearanceDecision getDecision() {
		return decision;
	}

	public String getNotes() {
		return notes;
	}

	public String getOfficer() {
		return officer;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

}
