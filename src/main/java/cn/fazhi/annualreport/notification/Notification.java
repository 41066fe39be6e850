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
			String subject, String bodyText, String bodyHtml, String link, Instant createdAt, Delivery delivery) {
		this.batchId = batchId;
		this.dedupKey = dedupKey;
		this.kind = kind;
		this.recipient = recipient;
		this.email = email;
		this.subject = subject;
		this.bodyText = bodyText;
		this.bodyHtml = bodyHtml;
		this.link = link;
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
