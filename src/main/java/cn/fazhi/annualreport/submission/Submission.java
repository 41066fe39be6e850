package cn.fazhi.annualreport.submission;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The record that the signed report was sent (报送) to one recipient: when, how and under which 文号. */
@Entity
@Immutable
@Table(name = "report_submission")
public class Submission {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	@Enumerated(EnumType.STRING)
	private Recipient recipient;

	private LocalDate submittedOn;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private String documentNumber;

	private String recordedBy;

	private Instant recordedAt;

	protected Submission() {
	}

	Submission(long campaignId, SubmissionEntry entry, String recordedBy, Instant recordedAt) {
		this.campaignId = campaignId;
		this.recipient = entry.recipient();
		this.submittedOn = entry.submittedOn();
		this.channel = entry.channel();
		this.documentNumber = entry.documentNumber();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Recipient getRecipient() {
		return recipient;
	}

	public LocalDate getSubmittedOn() {
		return submittedOn;
	}

	public Channel getChannel() {
		return channel;
	}

	public String getDocumentNumber() {
		return documentNumber;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
