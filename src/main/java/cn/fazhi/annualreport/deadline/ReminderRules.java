package cn.fazhi.annualreport.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
		return on(today, due, settings.workingDaysBefore());
	}

	/**
	 * The warning about the legal publication limit due today, for a report still unpublished: on the configured
	 * working days before its last day, on the last day, then every working day after it.
	 */
	public Optional<Reminder> beforePublicationLimit(LocalDate today, LocalDate lastDay) {
		return on(today, lastDay, settings.publicationLimitWorkingDaysBefore());
	}

	/** The first day a warning about the publication limit can fall on. */
	public LocalDate publicationWarningsFrom(LocalDate lastDay) {
		int earliest = settings.publicationLimitWorkingDaysBefore().stream().mapToInt(Integer::intValue).max().orElse(0);
		return calendar.minusWorkingDays(lastDay, earliest);
	}

	private Optional<Reminder> on(LocalDate today, LocalDate due, List<Integer> workingDaysBefore) {
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
		return workingDaysBefore.contains(left)
				? Optional.of(new Reminder(Reminder.Kind.BEFORE_DUE, left)) : Optional.empty();
	}

	/**
	 * The cycle of the daily reminder timer: every day at the reminder time, Beijing time, starting at the next such
	 * moment, e.g. {@code R/2027-01-05T09:00:00+08:00/P1D}.
	 */
	public String dailyCycle() {
		return dailyCycleFrom(BusinessTime.today(clock));
	}

	/** The same cycle, starting no earlier than the given day. */
	public String dailyCycleFrom(LocalDate firstDay) {
		ZonedDateTime now = ZonedDateTime.now(clock.withZone(BusinessTime.ZONE));
		LocalDate day = firstDay.isAfter(now.toLocalDate()) ? firstDay : now.toLocalDate();
		ZonedDateTime next = day.atTime(settings.time()).atZone(BusinessTime.ZONE);
		if (!next.isAfter(now)) {
			next = next.plusDays(1);
		}
		return "R/" + next.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P1D";
	}

}
