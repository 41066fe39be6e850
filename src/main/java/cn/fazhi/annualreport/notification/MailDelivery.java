package cn.fazhi.annualreport.notification;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends outbox messages by SMTP, from the delivery job. Messages are claimed in a transaction of their own before they
 * are sent and marked sent right after, so that a retried job, or a second node running a job at the same time, never
 * sends a message twice. A node that dies between sending and marking leaves its messages claimed: they are not sent
 * again, trading a possible loss for never duplicating.
 * <p>
 * A job sends its own batch and whatever else is still waiting, over one SMTP connection: under a burst (the 09:00
 * reminders) most jobs find their messages already sent, and the mail server sees a few connections instead of one
 * per message.
 */
@Service
public class MailDelivery {

	static {
		// Without it Jakarta Mail looks its stream provider up with ServiceLoader, scanning the class path, for every
		// encoded (Chinese) header; under a burst of reminders that scan costs more than the SMTP dialogue.
		if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
			System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	/** Messages one job sends at most besides its own batch. */
	static final int MAX_BATCH = 100;

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
	 * Sends what is still pending in the batch, and up to {@value #MAX_BATCH} other pending messages.
	 * @throws MailDeliveryException if the mail server refused some messages; they stay pending for the retry
	 */
	public void deliver(String batchId) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		Map<Long, Notification> pending = new TreeMap<>();
		notifications.findAllByBatchIdAndDelivery(batchId, Delivery.PENDING).forEach(n -> pending.put(n.getId(), n));
		notifications.findAllByDeliveryOrderByIdAsc(Delivery.PENDING, PageRequest.of(0, MAX_BATCH))
			.forEach(n -> pending.putIfAbsent(n.getId(), n));
		// in id order, so that two jobs claiming the same rows never wait on each other crosswise
		List<Notification> claimed = ownTransaction.execute(tx -> pending.values()
			.stream()
			.filter(n -> notifications.claim(n.getId(), clock.instant()) == 1)
			.toList());
		if (claimed == null || claimed.isEmpty()) {
			return;
		}
		Map<MimeMessage, Notification> messages = new LinkedHashMap<>();
		Map<Notification, String> failures = new LinkedHashMap<>();
		for (Notification notification : claimed) {
			try {
				messages.put(message(sender, notification), notification);
			}
			catch (MessagingException | UnsupportedEncodingException ex) {
				failures.put(notification, describe(ex));
			}
		}
		try {
			sender.send(messages.keySet().toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			ex.getFailedMessages().forEach((message, cause) -> failures.put(messages.get(message), describe(cause)));
			if (ex.getFailedMessages().isEmpty()) {
				messages.values().forEach(n -> failures.put(n, describe(ex)));
			}
		}
		catch (MailException ex) {
			messages.values().forEach(n -> failures.put(n, describe(ex)));
		}
		Instant sentAt = clock.instant();
		ownTransaction.executeWithoutResult(tx -> {
			messages.values().stream().filter(n -> !failures.containsKey(n)).forEach(n -> notifications.markSent(n.getId(), sentAt));
			failures.forEach((n, error) -> notifications.release(n.getId(), error));
		});
		if (!failures.isEmpty()) {
			throw new MailDeliveryException(batchId,
					failures.entrySet().stream().map(f -> f.getKey().getEmail() + ": " + f.getValue()).toList());
		}
	}

	private static String describe(Exception ex) {
		String error = ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage();
		return error.length() > 1000 ? error.substring(0, 1000) : error;
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
