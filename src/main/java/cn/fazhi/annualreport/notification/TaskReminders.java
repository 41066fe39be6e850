package cn.fazhi.annualreport.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.deadline.Reminder;
import cn.fazhi.annualreport.security.Person;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.security.UserDirectory;

/**
 * 催办 and 督办: on each working day, the people who have to do a step are reminded before and on its due day; once
 * it is overdue, its department head and the report editors are told as well, every working day until it is done.
 */
@Service
public class TaskReminders {

	private final UserDirectory directory;

	private final NotificationService notifications;

	private final WorkNotices notices;

	TaskReminders(UserDirectory directory, NotificationService notifications, WorkNotices notices) {
		this.directory = directory;
		this.notifications = notifications;
		this.notices = notices;
	}

	/** Sends today's reminder for the step; at most once per step, day and person. */
	@Transactional
	public void remind(OpenTask task, Reminder reminder, LocalDate today) {
		boolean overdue = reminder.kind() == Reminder.Kind.OVERDUE;
		List<Person> recipients = new ArrayList<>(notices.responsible(task));
		if (overdue) {
			if (task.department() != null) {
				recipients.addAll(directory.membersOf(Roles.head(task.department())));
			}
			recipients.addAll(directory.membersOf(task.roles().reportAdmins()));
		}
		notifications.send(overdue ? NotificationKind.ESCALATION : NotificationKind.REMINDER,
				"reminder:" + task.taskId() + ":" + today, recipients,
				Map.of("task", task, "reminder", reminder, "today", today), task.link(), task.taskId());
	}

}
