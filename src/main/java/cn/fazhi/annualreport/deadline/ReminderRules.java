package cn.fazhi.annualreport.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.system.BusinessTime;

/**
 * Which reminder a step gets on which day: on the configured working days before it is due, on the due day, and on
 * every working day after it until it is done. Nothing on rest days.
 */
@Component
public class ReminderRules {

	private final WorkingCalendar calendar;

	private final ReminderSettings settings;

	private final Clock clock;

	ReminderRules(WorkingCalendar calendar, ReminderSettings settings, Clock clock) {
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	public Optional<Reminder> on(LocalDate today, LocalDate due) {
		if (due == null || !calendar.isWorkingDay(today)) {
			return Optional.empty();
		}
		if (today.isAfter(due)) {
			return Optional.of(new Reminder(Reminder.Kind.OVERDUE, calendar.workingDaysAfter(due, today)));
		}
		if (today.isEqual(due)) {
			return Optional.of(new Reminder(Reminder.Kind.DUE_TODAY, 0));
		}
		int left = calendar.workingDaysAfter(today, due);
		return settings.workingDaysBefore().contains(left)
				? Optional.of(new Reminder(Reminder.Kind.BEFORE_DUE, left)) : Optional.empty();
	}

	/**
	 * The cycle of the daily reminder timer: every day at the reminder time, Beijing time, starting at the next such
	 * moment, e.g. {@code R/2027-01-05T09:00:00+08:00/P1D}.
	 */
	public String dailyCycle() {
		ZonedDateTime now = ZonedDateTime.now(clock.withZone(BusinessTime.ZONE));
		ZonedDateTime next = now.toLocalDate().atTime(settings.time()).atZone(BusinessTime.ZONE);
		if (!next.isAfter(now)) {
			next = next.plusDays(1);
		}
		return "R/" + next.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P1D";
	}

}
