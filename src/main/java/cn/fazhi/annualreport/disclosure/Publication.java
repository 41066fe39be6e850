package cn.fazhi.annualreport.disclosure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import cn.fazhi.annualreport.campaign.Campaign;
import cn.fazhi.annualreport.report.ReportDocument;
import cn.fazhi.annualreport.report.ReportLayout;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.system.JsonColumn;

/**
 * A report as published on the public pages: a copy of the signed and cleared text with its disclosure metadata.
 * The public pages read only this, never the working revisions, so nothing unpublished can leak.
 */
@Entity
@Immutable
@Table(name = "publication")
public class Publication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	@Column(name = "revision_number")
	private int revision;

	/** The department whose own report this is; empty for the government's report. */
	@Column(name = "department_code")
	private String department;

	/** 发布机构. */
	private String organization;

	@Column(name = "report_year")
	private int year;

	private String title;

	/** 索引号. */
	private String indexNumber;

	@Convert(converter = DocumentColumn.class)
	private ReportDocument document;

	/** 成文日期: the day the leader signed. */
	private LocalDate signedOn;

	/** 发布日期. */
	private Instant publishedAt;

	/** The fingerprint the leader's signature recorded for this text. */
	@Column(name = "signed_sha256")
	private String signedSha256;

	private Instant signedAt;

	/** 发文字号, if the report was issued under one. */
	private String documentNumber;

	/** 主题分类. */
	private String subjectCategory;

	/** 1 for the first publication, one more for each correction. */
	@Column(name = "version_number")
	private int version;

	/** The version this one corrects, {@code null} for the first. */
	private Long supersedesId;

	/** Why the report was corrected (更正说明), shown with the corrected version. */
	private String correctionNotice;

	protected Publication() {
	}

	Publication(long campaignId, String department, int revision, String organization, int year, String indexNumber,
			ReportDocument document, Signed signature, PublicationDetails details, Instant publishedAt,
			Publication corrected, String correctionNotice) {
		this.campaignId = campaignId;
		this.department = department == null ? GOVERNMENT : department;
		this.revision = revision;
		this.organization = organization;
		this.year = year;
		this.title = document.title();
		this.indexNumber = indexNumber;
		this.document = document;
		this.signedOn = LocalDate.ofInstant(signature.at(), BusinessTime.ZONE);
		this.signedAt = signature.at();
		this.signedSha256 = signature.sha256();
		this.documentNumber = details.documentNumber();
		this.subjectCategory = details.subjectCategory();
		this.publishedAt = publishedAt;
		this.version = corrected == null ? 1 : corrected.version + 1;
		this.supersedesId = corrected == null ? null : corrected.id;
		this.correctionNotice = correctionNotice;
	}

	/** {@code department} of the government's own report. */
	static final String GOVERNMENT = "";

	/** When the text was signed (签发) and the fingerprint the signature recorded for it. */
	record Signed(Instant at, String sha256) {
	}

	/** The department code of a department's report, {@code null} for the government's. */
	public String getDepartment() {
		return department == null || department.isEmpty() ? null : department;
	}

	/**
	 * Whether the text served is the text that was signed: its fingerprint recomputed now against the signature's.
	 */
	public boolean matchesSignature() {
		return signedSha256 != null && signedSha256.equals(ReportLayout.fingerprint(document));
	}

	public int getVersion() {
		return version;
	}

	public Long getSupersedesId() {
		return supersedesId;
	}

	public String getCorrectionNotice() {
		return correctionNotice;
	}

	public String getDocumentNumber() {
		return documentNumber;
	}

	public String getSubjectCategory() {
		return subjectCategory;
	}

	/** Published on or after 4月1日 of the year after the report year: 逾期公开. */
	public boolean isPublishedLate() {
		return LocalDate.ofInstant(publishedAt, BusinessTime.ZONE).isAfter(Campaign.publicationLimit(year));
	}

	public String getSignedSha256() {
		return signedSha256;
	}

	public Instant getSignedAt() {
		return signedAt;
	}

	public Long getId() {
		return id;
	}

	public long getCampaignId() {
		return campaignId;
	}

	public int getRevision() {
		return revision;
	}

	public String getOrganization() {
		return organization;
	}

	public int getYear() {
		return year;
	}

	public String getTitle() {
		return title;
	}

	public String getIndexNumber() {
		return indexNumber;
	}

	public ReportDocument getDocument() {
		return document;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	static class DocumentColumn extends JsonColumn<ReportDocument> {

		DocumentColumn() {
			super(ReportDocument.class);
		}

	}

}
