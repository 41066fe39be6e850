package cn.fazhi.annualreport.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.security.Person;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.security.UserDirectory;

/**
 * Tells people when work reaches them and when their work is decided, in the inbox and by mail, in the same
 * transaction as the step.
 */
@Service
public class WorkNotices {

	private final UserDirectory directory;

	private final NotificationService notifications;

	private final MessageSource messages;

	WorkNotices(UserDirectory directory, NotificationService notifications, MessageSource messages) {
		this.directory = directory;
		this.notifications = notifications;
		this.messages = messages;
	}

	/** The task has reached whoever must do it; the note says why it came back, if it did. */
	@Transactional
	public void arrived(OpenTask task, Optional<String> note) {
		Map<String, Object> model = new HashMap<>();
		model.put("task", task);
		model.put("note", note.orElse(null));
		notifications.send(NotificationKind.TASK_ARRIVED, "arrived:" + task.taskId(), responsible(task), model,
				task.link(), task.taskId());
	}

	/**
	 * A decision the members of the groups hear of, e.g. their section approved.
	 *
	 * @param occasion unique per decision, so that a retried step tells nobody twice
	 * @param message key of the one-line text in the bundle, which is also the mail's subject
	 */
	@Transactional
	public void decided(String occasion, List<String> groups, String message, Object[] arguments, String link) {
		List<Person> recipients = new ArrayList<>();
		groups.forEach(group -> recipients.addAll(directory.membersOf(group)));
		notifications.send(NotificationKind.DECIDED, occasion, recipients,
				Map.of("text", messages.getMessage(message, arguments, Locale.SIMPLIFIED_CHINESE)), link);
	}

	/** The task is done: the messages that asked for it need nothing more. */
	@Transactional
	public void taskDone(String taskId) {
		notifications.taskDone(taskId);
	}

	/**
	 * 催办 by an editor: whoever must do the task, and the department's head, who answers for its timeliness, are asked
	 * to act; once per task and day. Answers the display names of who was told.
	 */
	@Transactional
	public List<String> urged(OpenTask task, String urgedBy, LocalDate today) {
		Map<String, Person> recipients = new LinkedHashMap<>();
		responsible(task).forEach(person -> recipients.putIfAbsent(person.id(), person));
		if (task.department() != null) {
			directory.membersOf(Roles.head(task.department()))
				.forEach(person -> recipients.putIfAbsent(person.id(), person));
		}
		notifications.send(NotificationKind.URGED, "urged:" + task.taskId() + ":" + today,
				List.copyOf(recipients.values()),
				Map.of("task", task, "urgedBy", urgedBy, "overdue",
						task.dueDate() != null && task.dueDate().isBefore(today)),
				task.link(), task.taskId());
		return recipients.values().stream().map(Person::displayName).toList();
	}

	/** Whoever holds the task, or else everyone who may take it. */
	List<Person> responsible(OpenTask task) {
		if (task.assignee() != null) {
			return directory.person(task.assignee()).map(List::of).orElse(List.of());
		}
		List<Person> people = new ArrayList<>();
		task.candidateGroups().forEach(group -> people.addAll(directory.membersOf(group)));
		return people;
	}

}
