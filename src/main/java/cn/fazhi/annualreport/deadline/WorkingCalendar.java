package cn.fazhi.annualreport.deadline;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.tyme.holiday.LegalHoliday;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.system.InvalidInputException;
import cn.fazhi.annualreport.system.SingleLine;

/**
 * Chinese working days (工作日): Monday to Friday, except the 法定节假日, plus the weekend days that are 调休 working
 * days. The schedule comes from the tyme4j library; days the administrators set (years the library does not know
 * yet, corrections) take precedence.
 */
@Service
public class WorkingCalendar {

	/** How long another node's change to the calendar may take to be seen here. */
	private static final Duration REFRESH = Duration.ofMinutes(1);

	/** No stretch of rest days is longer than this; a guard against looping on bad data. */
	private static final int LONGEST_SEARCH = 366;

	private final CalendarDayRepository overrides;

	private final Clock clock;

	private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.MIN);

	/**
	 * The library's schedule never changes while the application runs, and looking a day up scans its whole data
	 * (tens of microseconds): a work list counting the working days of a few hundred tasks asks it thousands of times.
	 */
	private final Cache<LocalDate, Day> scheduled = Caffeine.newBuilder().maximumSize(20_000).build();

	WorkingCalendar(CalendarDayRepository overrides, Clock clock) {
		this.overrides = overrides;
		this.clock = clock;
	}

	/** Where a day's status comes from. */
	public enum Source {

		/** An administrator set it. */
		ADMINISTRATOR,
		/** The State Council's schedule, from the holiday library. */
		HOLIDAY_SCHEDULE,
		/** An ordinary weekday or weekend. */
		WEEK

	}

	/** One day: working or not, and why. */
	public record Day(LocalDate date, boolean working, String name, Source source) {

	}

	public Day day(LocalDate date) {
		CalendarDay override = overrides().get(date);
		if (override != null) {
			return new Day(date, override.isWorking(), override.getName(), Source.ADMINISTRATOR);
		}
		return scheduled.get(date, WorkingCalendar::scheduled);
	}

	/** The State Council's schedule, or the ordinary week, for the day. */
	private static Day scheduled(LocalDate date) {
		LegalHoliday holiday = LegalHoliday.fromYmd(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
		if (holiday != null) {
			return new Day(date, holiday.isWork(), holiday.isWork() ? holiday.getName() + "调休" : holiday.getName(),
					Source.HOLIDAY_SCHEDULE);
		}
		boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
		return new Day(date, !weekend, weekend ? "周末" : "工作日", Source.WEEK);
	}

	public boolean isWorkingDay(LocalDate date) {
		return day(date).working();
	}

	/**
	 * A deadline that falls on a rest day moves to the next working day (《民法典》第二百零三条): 2026-02-15 becomes
	 * 2026-02-24.
	 */
	public LocalDate onOrAfter(LocalDate date) {
		LocalDate day = date;
		for (int i = 0; i < LONGEST_SEARCH && !isWorkingDay(day); i++) {
			day = day.plusDays(1);
		}
		return day;
	}

	/** The {@code days}-th working day after {@code start}: a step of 2 working days started on a Friday ends Tuesday. */
	public LocalDate plusWorkingDays(LocalDate start, int days) {
		LocalDate day = start;
		for (int left = days; left > 0;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return onOrAfter(day);
	}

	/** The {@code days}-th working day before {@code end}. */
	public LocalDate minusWorkingDays(LocalDate end, int days) {
		LocalDate day = end;
		for (int left = days; left > 0;) {
			day = day.minusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/** How many working days lie after {@code from} up to and including {@code to} (0 if {@code to} is not later). */
	public int workingDaysAfter(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/** Working days from today until the due day, negative once it has passed (as many as it is overdue). */
	public int workingDaysLeft(LocalDate today, LocalDate due) {
		return due.isBefore(today) ? -workingDaysAfter(due, today) : workingDaysAfter(today, due);
	}

	/** The days of a year that are not what their weekday suggests: holidays on weekdays, working weekend days. */
	public List<Day> exceptions(int year) {
		List<Day> days = new ArrayList<>();
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			Day status = day(day);
			if (status.source() != Source.WEEK) {
				days.add(status);
			}
		}
		return days;
	}

	/** Whether the schedule of the year's 法定节假日 is known, from the library or from the administrators. */
	public boolean knowsHolidaysOf(int year) {
		return exceptions(year).stream().anyMatch(day -> !day.working());
	}

	@Transactional
	public Day set(LocalDate date, boolean working, String name, CurrentUser administrator) {
		administrator.require(Roles.ADMINISTRATORS);
		String label = name == null ? "" : name.strip();
		if (label.isEmpty() || label.length() > 50) {
			throw new InvalidInputException("name", "problem.calendar.name");
		}
		if (!SingleLine.Validator.isSingleLine(label)) {
			throw new InvalidInputException("name", "problem.text.single-line");
		}
		overrides.save(new CalendarDay(date, working, label, administrator.id(), clock.instant()));
		snapshot = Snapshot.EXPIRED;
		return day(date);
	}

	/** Goes back to the library's schedule for the day. */
	@Transactional
	public Day clear(LocalDate date, CurrentUser administrator) {
		administrator.require(Roles.ADMINISTRATORS);
		overrides.findById(date).ifPresent(overrides::delete);
		snapshot = Snapshot.EXPIRED;
		return day(date);
	}

	private Map<LocalDate, CalendarDay> overrides() {
		Snapshot current = snapshot;
		if (current.loadedAt.plus(REFRESH).isBefore(Instant.now())) {
			current = new Snapshot(overrides.findAll()
				.stream()
				.collect(Collectors.toUnmodifiableMap(CalendarDay::getDay, Function.identity())), Instant.now());
			snapshot = current;
		}
		return current.days;
	}

	private record Snapshot(Map<LocalDate, CalendarDay> days, Instant loadedAt) {

		static final Snapshot EXPIRED = new Snapshot(Map.of(), Instant.MIN);

	}

}
