package cn.fazhi.annualreport.departmentreport;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import cn.fazhi.annualreport.disclosure.PublicationDetails;
import cn.fazhi.annualreport.report.ReportDocument;
import cn.fazhi.annualreport.report.ReportLayout;
import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.system.JsonColumn;
import cn.fazhi.annualreport.system.StageConflictException;

/**
 * One version of a department's own annual report. Its text is fixed when the department starts it and never edited,
 * so the head's signature (its fingerprint is recorded) covers the text the officer clears; the published copy is
 * checked against it on the public pages.
 */
@Entity
@Table(name = "department_report")
public class DepartmentReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	@Column(name = "department_code")
	private String department;

	@Column(name = "version_number")
	private int version;

	@Enumerated(EnumType.STRING)
	private DepartmentReportStage stage;

	/** 发布机构: the department's full name, e.g. 示范区司法局. */
	private String organization;

	@Convert(converter = DocumentColumn.class)
	private ReportDocument document;

	private String createdBy;

	private Instant createdAt;

	private String signedBy;

	private Instant signedAt;

	@Column(name = "content_sha256")
	private String sha256;

	/** The head's opinion or the officer's notes on the last decision. */
	private String decisionComment;

	private String documentNumber;

	private String subjectCategory;

	private Long publicationId;

	@Version
	private long lockVersion;

	protected DepartmentReport() {
	}

	DepartmentReport(SectionKey key, int version, String organization, ReportDocument document, String createdBy,
			Instant createdAt) {
		this.campaignId = key.campaignId();
		this.department = key.department();
		this.version = version;
		this.organization = organization;
		this.document = document;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.stage = DepartmentReportStage.SIGNING;
	}

	void sign(String head, Instant at) {
		requireStage(DepartmentReportStage.SIGNING);
		signedBy = head;
		signedAt = at;
		sha256 = ReportLayout.fingerprint(document);
		stage = DepartmentReportStage.CONFIDENTIALITY_REVIEW;
	}

	void returnWith(String comment) {
		requireStage(DepartmentReportStage.SIGNING, DepartmentReportStage.CONFIDENTIALITY_REVIEW);
		decisionComment = comment;
		stage = DepartmentReportStage.RETURNED;
	}

	/** Cleared for publication, with its 发文字号 and 主题分类. */
	void clear(PublicationDetails details, String notes) {
		requireStage(DepartmentReportStage.CONFIDENTIALITY_REVIEW);
		documentNumber = details.documentNumber();
		subjectCategory = details.subjectCategory();
		decisionComment = notes;
		stage = DepartmentReportStage.CLEARED;
	}

	void published(long publicationId) {
		if (stage == DepartmentReportStage.PUBLISHED) {
			return;
		}
		requireStage(DepartmentReportStage.CLEARED);
		this.publicationId = publicationId;
		stage = DepartmentReportStage.PUBLISHED;
	}

	/** A new version may start unless one is under way or published. */
	boolean blocksANewVersion() {
		return !stage.allowsANewVersion();
	}

	private void requireStage(DepartmentReportStage... allowed) {
		for (DepartmentReportStage s : allowed) {
			if (stage == s) {
				return;
			}
		}
		throw new StageConflictException("problem.department-report.wrong-stage",
				new DefaultMessageSourceResolvable("stage.department-report." + stage));
	}

	public Long getId() {
		return id;
	}

	public SectionKey key() {
		return new SectionKey(campaignId, department);
	}

	public int getVersion() {
		return version;
	}

	public DepartmentReportStage getStage() {
		return stage;
	}

	public String getOrganization() {
		return organization;
	}

	public ReportDocument getDocument() {
		return document;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getSignedBy() {
		return signedBy;
	}

	public Instant getSignedAt() {
		return signedAt;
	}

	public String getSha256() {
		return sha256;
	}

	public String getDecisionComment() {
		return decisionComment;
	}

	PublicationDetails details() {
		return new PublicationDetails(documentNumber, subjectCategory);
	}

	public Long getPublicationId() {
		return publicationId;
	}

	static class DocumentColumn extends JsonColumn<ReportDocument> {

		DocumentColumn() {
			super(ReportDocument.class);
		}

	}

}
