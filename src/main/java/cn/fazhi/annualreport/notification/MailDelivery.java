package cn.fazhi.annualreport.notification;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a batch of outbox messages by SMTP, from the delivery job. Each message is claimed in a transaction of its
 * own before it is sent and marked sent right after, so that a retried job, or a second node running the same job,
 * never sends a message twice. A node that dies between sending and marking leaves the message claimed: it is not
 * sent again, trading a possible loss for never duplicating.
 */
@Service
public class MailDelivery {

	private final NotificationRepository notifications;

	private final ObjectProvider<JavaMailSender> mail;

	private final NotificationSettings settings;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	MailDelivery(NotificationRepository notifications, ObjectProvider<JavaMailSender> mail,
			NotificationSettings settings, PlatformTransactionManager transactions, Clock clock) {
		this.notifications = notifications;
		this.mail = mail;
		this.settings = settings;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Sends what is still pending in the batch.
	 * @throws MailDeliveryException if the mail server refused some messages; they stay pending for the retry
	 */
	public void deliver(String batchId) {
		JavaMailSender sender = mail.getIfAvailable();
		List<Notification> pending = notifications.findAllByBatchIdAndDelivery(batchId, Delivery.PENDING);
		if (sender == null || pending.isEmpty()) {
			return;
		}
		List<String> failures = new ArrayList<>();
		for (Notification notification : pending) {
			Integer claimed = ownTransaction.execute(tx -> notifications.claim(notification.getId(), clock.instant()));
			if (claimed == null || claimed == 0) {
				continue;
			}
			try {
				sender.send(message(sender, notification));
				ownTransaction.executeWithoutResult(tx -> notifications.markSent(notification.getId(), clock.instant()));
			}
			catch (MailException | MessagingException | UnsupportedEncodingException ex) {
				String error = ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage();
				String shortened = error.length() > 1000 ? error.substring(0, 1000) : error;
				ownTransaction.executeWithoutResult(tx -> notifications.release(notification.getId(), shortened));
				failures.add(notification.getEmail() + ": " + shortened);
			}
		}
		if (!failures.isEmpty()) {
			throw new MailDeliveryException(batchId, failures);
		}
	}

	private MimeMessage message(JavaMailSender sender, Notification notification)
			throws MessagingException, UnsupportedEncodingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper mime = new MimeMessageHelper(message, true, "UTF-8");
		mime.setFrom(settings.sender(), settings.senderName());
		mime.setTo(notification.getEmail());
		mime.setSubject(notification.getSubject());
		mime.setText(notification.getBodyText(), notification.getBodyHtml());
		message.setHeader("X-Annual-Report-Notification", String.valueOf(notification.getId()));
		return message;
	}

	/** The mail server refused messages of a batch; the job is retried with back-off, then becomes an incident. */
	public static class MailDeliveryException extends RuntimeException {

		MailDeliveryException(String batchId, List<String> failures) {
			super("邮件投递失败（批次 " + batchId + "）：" + String.join("；", failures));
		}

	}

}
