package cn.fazhi.annualreport.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.Person;
import cn.fazhi.annualreport.system.SiteSettings;
import cn.fazhi.annualreport.system.Templates;

/**
 * Writes messages to the outbox, which is also every user's in-app inbox, in the caller's transaction, and has them
 * delivered by mail afterwards. One message per recipient and occasion: an occasion processed twice (a retried job,
 * a second node) writes nothing new.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

	static final int INBOX_PAGE = 100;

	private final NotificationRepository notifications;

	private final DeliveryScheduler delivery;

	private final ObjectProvider<JavaMailSender> mail;

	private final Templates templates;

	private final SiteSettings site;

	private final Clock clock;

	NotificationService(NotificationRepository notifications, DeliveryScheduler delivery,
			ObjectProvider<JavaMailSender> mail, Templates templates, SiteSettings site, Clock clock) {
		this.notifications = notifications;
		this.delivery = delivery;
		this.mail = mail;
		this.templates = templates;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * Writes one message of the kind to each recipient and schedules their delivery.
	 *
	 * @param occasion what the message is about, unique per occasion (e.g. {@code reminder:<task>:<date>})
	 * @param model what the templates {@code mail/<kind>} show; {@code recipient} and {@code url} are added
	 * @param link the page the message leads to, relative to the product's address
	 * @return the messages written now
	 */
	@Transactional
	public List<Notification> send(NotificationKind kind, String occasion, Collection<Person> recipients,
			Map<String, Object> model, String link) {
		return send(kind, occasion, recipients, model, link, null);
	}

	/**
	 * As {@link #send(NotificationKind, String, Collection, Map, String)}, for messages about a task: they are
	 * marked done when the task is ({@link #taskDone(String)}).
	 */
	@Transactional
	public List<Notification> send(NotificationKind kind, String occasion, Collection<Person> recipients,
			Map<String, Object> model, String link, String taskId) {
		String batch = UUID.randomUUID().toString();
		boolean mailConfigured = mail.getIfAvailable() != null;
		Map<String, Person> distinct = new LinkedHashMap<>();
		recipients.forEach(person -> distinct.putIfAbsent(person.id(), person));
		List<Notification> written = new ArrayList<>();
		for (Person recipient : distinct.values()) {
			String key = occasion + ":" + recipient.id();
			if (notifications.existsByDedupKey(key)) {
				continue;
			}
			Map<String, Object> values = new HashMap<>(model);
			values.put("recipient", recipient);
			values.put("url", site.url(link));
			String name = kind.name().toLowerCase().replace('_', '-');
			String template = "mail/" + name;
			Delivery state = mailConfigured && recipient.hasEmail() ? Delivery.PENDING : Delivery.INBOX_ONLY;
			written.add(notifications.save(new Notification(batch, key, kind, recipient.id(), recipient.email(),
					templates.render(template + "-subject", values).strip(), templates.render(template + "-text", values),
					templates.render(template, values), templates.render("inbox/" + name, values).strip(), link, taskId,
					clock.instant(), state)));
		}
		if (written.stream().anyMatch(n -> n.getDelivery() == Delivery.PENDING)) {
			delivery.scheduleDelivery(batch);
		}
		return written;
	}

	/** Whoever did the task, the messages that asked for it need nothing more. */
	@Transactional
	public void taskDone(String taskId) {
		notifications.markTaskDone(taskId, clock.instant());
	}

	/** The user's inbox, newest first. */
	public List<Notification> inbox(CurrentUser user) {
		return notifications.findAllByRecipientOrderByCreatedAtDescIdDesc(user.id(), PageRequest.of(0, INBOX_PAGE));
	}

	public long unread(CurrentUser user) {
		return notifications.countByRecipientAndReadAtIsNull(user.id());
	}

	/** Marks one of the user's own messages read; someone else's message does not exist for them. */
	@Transactional
	public Notification markRead(long id, CurrentUser user) {
		Notification notification = notifications.findById(id)
			.filter(n -> n.getRecipient().equals(user.id()))
			.orElseThrow(() -> new NotificationNotFoundException(id));
		notification.markRead(clock.instant());
		return notification;
	}

	@Transactional
	public int markAllRead(CurrentUser user) {
		return notifications.markAllRead(user.id(), clock.instant());
	}

}
