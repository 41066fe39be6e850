package cn.fazhi.annualreport.report;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import cn.fazhi.annualreport.system.StageConflictException;
import cn.fazhi.annualreport.system.VersionConflictException;

/**
 * The compiled report of one campaign. Its text is a series of immutable {@link ReportRevision}s; the report tracks
 * the stage and which revision was signed, and guards every transition.
 */
@Entity
@Table(name = "report")
public class Report {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	@Enumerated(EnumType.STRING)
	private ReportStage stage;

	private LocalDate dueDate;

	private int latestRevision;

	private Integer signedRevision;

	private Instant signedAt;

	@Version
	private long lockVersion;

	protected Report() {
	}

	Report(long campaignId) {
		this.campaignId = campaignId;
		this.stage = ReportStage.EDITING;
	}

	/** A fresh compilation of the approved sections; only while the report is being edited. */
	ReportRevision recompile(ReportDocument document, String author, Instant now) {
		requireStage(ReportStage.EDITING);
		latestRevision++;
		return new ReportRevision(id, latestRevision, document, author, now);
	}

	ReportRevision revise(ReportDocument document, long basedOnVersion, String author, Instant now) {
		requireStage(ReportStage.EDITING);
		if (basedOnVersion != latestRevision) {
			throw new VersionConflictException(basedOnVersion, latestRevision);
		}
		latestRevision++;
		return new ReportRevision(id, latestRevision, document, author, now);
	}

	/** The editors hand the latest revision to the leader. */
	void handToLeader() {
		requireStage(ReportStage.EDITING);
		stage = ReportStage.SIGNING;
	}

	/** The leader signed the latest revision. */
	int sign(Instant at) {
		requireStage(ReportStage.SIGNING);
		signedRevision = latestRevision;
		signedAt = at;
		stage = ReportStage.CONFIDENTIALITY_REVIEW;
		return signedRevision;
	}

	/** Sent back by the leader or by the confidentiality review. The old signature no longer covers the text. */
	void returnToEditing() {
		requireStage(ReportStage.SIGNING, ReportStage.CONFIDENTIALITY_REVIEW);
		signedRevision = null;
		signedAt = null;
		stage = ReportStage.EDITING;
	}

	void clear() {
		requireStage(ReportStage.CONFIDENTIALITY_REVIEW);
		stage = ReportStage.CLEARED;
		dueDate = null;
	}

	void publish() {
		requireStage(ReportStage.CLEARED);
		stage = ReportStage.PUBLISHED;
	}

	/** A published report is reopened to be corrected; the published version stays as it was. */
	void reopenForCorrection() {
		requireStage(ReportStage.PUBLISHED);
		signedRevision = null;
		signedAt = null;
		stage = ReportStage.EDITING;
	}

	void dueBy(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	private void requireStage(ReportStage... allowed) {
		for (ReportStage s : allowed) {
			if (stage == s) {
				return;
			}
		}
		throw new StageConflictException("problem.report.wrong-stage",
				new DefaultMessageSourceResolvable("stage.report." + stage));
	}

	public Long getId() {
		return id;
	}

	public long getCampaignId() {
		return campaignId;
	}

	public ReportStage getStage() {
		return stage;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public int getLatestRevision() {
		return latestRevision;
	}

	public Integer getSignedRevision() {
		return signedRevision;
	}

	public Instant getSignedAt() {
		return signedAt;
	}

}
