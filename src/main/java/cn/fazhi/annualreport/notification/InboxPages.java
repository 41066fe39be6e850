package cn.fazhi.annualreport.notification;

import java.util.function.Supplier;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.BusinessTime;

/** The inbox as a page: reminders, escalations and answers, newest first. */
@Controller
class InboxPages {

	private final NotificationService notifications;

	InboxPages(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String inbox(CurrentUser user, Model model) {
		model.addAttribute("messages", notifications.inbox(user));
		model.addAttribute("unread", notifications.unread(user));
		model.addAttribute("zone", BusinessTime.ZONE);
		return "notifications";
	}

	/** Opening a message marks it read and leads to the page it is about. */
	@PostMapping("/notifications/{id}/open")
	String open(@PathVariable long id, CurrentUser user) {
		Notification message = notifications.markRead(id, user);
		return "redirect:" + (message.getLink() == null ? "/notifications" : message.getLink());
	}

	@PostMapping("/notifications/read")
	String readAll(CurrentUser user) {
		notifications.markAllRead(user);
		return "redirect:/notifications";
	}

	/** Every page's header shows how many of the signed-in user's messages are unread. */
	@ControllerAdvice(annotations = Controller.class)
	static class UnreadCount {

		private final NotificationService notifications;

		UnreadCount(NotificationService notifications) {
			this.notifications = notifications;
		}

		/** Counted only when a page shows it: the JSON answers of the same controllers never ask. */
		@ModelAttribute("unreadMessages")
		Unread unreadMessages() {
			return new Unread(() -> CurrentUser.signedIn().map(notifications::unread).orElse(0L));
		}

	}

	/** The number of unread messages, counted the first time something asks. */
	public static final class Unread {

		private final Supplier<Long> counting;

		private Long count;

		Unread(Supplier<Long> counting) {
			this.counting = counting;
		}

		public long count() {
			if (count == null) {
				count = counting.get();
			}
			return count;
		}

	}

}
