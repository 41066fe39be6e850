package cn.fazhi.annualreport.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.security.CurrentUser;

/** Every user's in-app inbox: the same messages the product mails, whether or not mail is configured. */
@RestController
@RequestMapping("/api/notifications")
class InboxController {

	private final NotificationService notifications;

	InboxController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	InboxView inbox(CurrentUser user) {
		return new InboxView(notifications.unread(user),
				notifications.inbox(user).stream().map(MessageView::of).toList());
	}

	@PostMapping("/{id}/read")
	MessageView read(@PathVariable long id, CurrentUser user) {
		return MessageView.of(notifications.markRead(id, user));
	}

	@PostMapping("/read")
	ResponseEntity<Void> readAll(CurrentUser user) {
		notifications.markAllRead(user);
		return ResponseEntity.noContent().build();
	}

	record InboxView(long unread, List<MessageView> items) {
	}

	/**
	 * One message (DESIGN §8): {@code text} is the inbox's own text, without the mail's link and footer; {@code done}
	 * once the task it asked for is done; {@code subject} is the mail's subject, kept for older clients.
	 */
	record MessageView(long id, NotificationKind kind, String title, String subject, String text, String link,
			Instant createdAt, boolean read, boolean done, Delivery delivery) {

		static MessageView of(Notification n) {
			return new MessageView(n.getId(), n.getKind(), n.getSubject(), n.getSubject(), n.getInboxText(),
					n.getLink(), n.getCreatedAt(), n.getReadAt() != null, n.getDoneAt() != null, n.getDelivery());
		}

	}

}
