package cn.fazhi.annualreport.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message to one person: an entry of the outbox and of the recipient's in-app inbox. */
@Entity
@Table(name = "notification")
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String batchId;

	private String dedupKey;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	private String recipient;

	private String email;

	private String subject;

	private String bodyText;

	private String bodyHtml;

	private String link;

	/** What the inbox shows; {@code null} for messages written before the inbox had its own text. */
	private String inboxText;

	/** The task the message asks someone to do, if it is about one. */
	private String taskId;

	/** When that task was done, by whoever did it. */
	private Instant doneAt;

	private Instant createdAt;

	private Instant readAt;

	@Enumerated(EnumType.STRING)
	private Delivery delivery;

	private int attempts;

	@Column(name = "last_error")
	private String lastError;

	private Instant claimedAt;

	private Instant sentAt;

	protected Notification() {
	}

	Notification(String batchId, String dedupKey, NotificationKind kind, String recipient, String email,
			String subject, String bodyText, String bodyHtml, String inboxText, String link, String taskId,
			Instant createdAt, Delivery delivery) {
		this.batchId = batchId;
		this.dedupKey = dedupKey;
		this.kind = kind;
		this.recipient = recipient;
		this.email = email;
		this.subject = subject;
		this.bodyText = bodyText;
		this.bodyHtml = bodyHtml;
		this.link = link;
		this.inboxText = inboxText;
		this.taskId = taskId;
		this.createdAt = createdAt;
		this.delivery = delivery;
	}

	void markRead(Instant when) {
		if (readAt == null) {
			readAt = when;
		}
	}

	public Long getId() {
		return id;
	}

	public String getBatchId() {
		return batchId;
	}

	public NotificationKind getKind() {
		return kind;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getEmail() {
		return email;
	}

	public String getSubject() {
		return subject;
	}

	/** The message as the inbox shows it: its own text, or the mail's text of an older message. */
	public String getInboxText() {
		return inboxText != null ? inboxText : bodyText;
	}

	public String getTaskId() {
		return taskId;
	}

	public Instant getDoneAt() {
		return doneAt;
	}

	public String getBodyText() {
		return bodyText;
	}

	public String getBodyHtml() {
		return bodyHtml;
	}

	public String getLink() {
		return link;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getReadAt() {
		return readAt;
	}

	public Delivery getDelivery() {
		return delivery;
	}

	public int getAttempts() {
		return attempts;
	}

	public String getLastError() {
		return lastError;
	}

	public Instant getSentAt() {
		return sentAt;
	}

}
