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

import cn.fazhi.annualreport.system.StageConflictException;

/** 申请延期: a liaison asks for more time for the section's current step; the report editors grant or refuse it. */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest {

	public enum Status {

		PENDING, GRANTED, REFUSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	@Column(name = "department_code")
	private String department;

	/** The step the time is asked for. */
	@Enumerated(EnumType.STRING)
	private SectionStage stage;

	private LocalDate currentDue;

	private LocalDate requestedUntil;

	private String reason;

	private String requestedBy;

	private Instant requestedAt;

	@Enumerated(EnumType.STRING)
	private Status status;

	private LocalDate grantedUntil;

	@Column(name = "comment_text")
	private String comment;

	private String decidedBy;

	private Instant decidedAt;

	protected ExtensionRequest() {
	}

	ExtensionRequest(SectionKey key, SectionStage stage, LocalDate currentDue, LocalDate requestedUntil, String reason,
			String requestedBy, Instant requestedAt) {
		this.campaignId = key.campaignId();
		this.department = key.department();
		this.stage = stage;
		this.currentDue = currentDue;
		this.requestedUntil = requestedUntil;
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.status = Status.PENDING;
	}

	void grant(LocalDate until, String comment, String editor, Instant now) {
		decide(Status.GRANTED, comment, editor, now);
		this.grantedUntil = until;
	}

	void refuse(String comment, String editor, Instant now) {
		decide(Status.REFUSED, comment, editor, now);
	}

	private void decide(Status outcome, String comment, String editor, Instant now) {
		if (status != Status.PENDING) {
			throw new StageConflictException("problem.extension.decided");
		}
		this.status = outcome;
		this.comment = comment;
		this.decidedBy = editor;
		this.decidedAt = now;
	}

	public Long getId() {
		return id;
	}

	public SectionKey key() {
		return new SectionKey(campaignId, department);
	}

	public SectionStage getStage() {
		return stage;
	}

	public LocalDate getCurrentDue() {
		return currentDue;
	}

	public LocalDate getRequestedUntil() {
		return requestedUntil;
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

	public Status getStatus() {
		return status;
	}

	public LocalDate getGrantedUntil() {
		return grantedUntil;
	}

	public String getComment() {
		return comment;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

}
