package cn.fazhi.annualreport.section;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
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
 * One department's section of one campaign. Its content is a series of immutable {@link SectionRevision}s; the
 * section tracks the stage and which revision was submitted and approved, and guards every transition.
 */
@Entity
@Table(name = "section")
public class Section {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	@Column(name = "department_code")
	private String department;

	@Enumerated(EnumType.STRING)
	private SectionStage stage;

	/** Due date of the step under way, {@code null} once approved. */
	private LocalDate dueDate;

	private int latestRevision;

	private Integer submittedRevision;

	private Integer approvedRevision;

	/** How often the head or the reviewer sent the section back. */
	@Column(name = "return_count")
	private int returns;

	@Version
	private long lockVersion;

	protected Section() {
	}

	Section(long campaignId, String department) {
		this.campaignId = campaignId;
		this.department = department;
		this.stage = SectionStage.DRAFTING;
	}

	/** Saves a new draft revision made from the revision the editor started from. */
	SectionRevision revise(SectionContent content, long basedOnVersion, String author, Instant now) {
		requireRevisable(basedOnVersion);
		latestRevision++;
		return new SectionRevision(id, latestRevision, content, author, now);
	}

	/** Refuses (409) an edit unless the section is being written and the edit started from its latest revision. */
	void requireRevisable(long basedOnVersion) {
		requireStage("problem.section.not-editable", SectionStage.DRAFTING, SectionStage.REVISING);
		if (basedOnVersion != latestRevision) {
			throw new VersionConflictException(basedOnVersion, latestRevision);
		}
	}

	/** The liaison hands the latest revision to the department head. */
	void submit() {
		requireStage("problem.section.not-editable", SectionStage.DRAFTING, SectionStage.REVISING);
		submittedRevision = latestRevision;
		stage = SectionStage.AWAITING_CONFIRMATION;
	}

	/** 撤回: the liaison takes the submission back before the head acts; it returns to where it was written. */
	void withdraw() {
		requireStage("problem.section.not-withdrawable", SectionStage.AWAITING_CONFIRMATION);
		stage = returns > 0 ? SectionStage.REVISING : SectionStage.DRAFTING;
	}

	void confirm() {
		requireStage("problem.section.not-awaiting-confirmation", SectionStage.AWAITING_CONFIRMATION);
		stage = SectionStage.IN_REVIEW;
	}

	/** Sent back by the head (before review) or by the legal reviewer. */
	void returnForRevision() {
		requireStage("problem.section.not-under-review", SectionStage.AWAITING_CONFIRMATION, SectionStage.IN_REVIEW);
		stage = SectionStage.REVISING;
		returns++;
	}

	void approve() {
		requireStage("problem.section.not-in-review", SectionStage.IN_REVIEW);
		approvedRevision = submittedRevision;
		stage = SectionStage.APPROVED;
		dueDate = null;
	}

	void dueBy(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	private void requireStage(String problem, SectionStage... allowed) {
		for (SectionStage s : allowed) {
			if (stage == s) {
				return;
			}
		}
		throw new StageConflictException(problem, department,
				new DefaultMessageSourceResolvable("stage.section." + stage));
	}

	public Long getId() {
		return id;
	}

	public long getCampaignId() {
		return campaignId;
	}

	public String getDepartment() {
		return department;
	}

	public SectionKey key() {
		return new SectionKey(campaignId, department);
	}

	public SectionStage getStage() {
		return stage;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public int getLatestRevision() {
		return latestRevision;
	}

	public Integer getSubmittedRevision() {
		return submittedRevision;
	}

	public int getReturns() {
		return returns;
	}

	public Integer getApprovedRevision() {
		return approvedRevision;
	}

}
