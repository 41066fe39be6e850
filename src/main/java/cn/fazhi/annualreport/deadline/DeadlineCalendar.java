package cn.fazhi.annualreport.deadline;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

import cn.fazhi.annualreport.system.BusinessTime;

/** Date arithmetic for the due dates of the workflow's steps, in Beijing dates. */
@Service
public class DeadlineCalendar {

	private final Clock clock;

	DeadlineCalendar(Clock clock) {
		this.clock = clock;
	}

	/** A step that starts today and may take {@code days}. */
	public LocalDate afterDays(int days) {
		return BusinessTime.today(clock).plusDays(days);
	}

	/**
	 * A step that must end {@code days} before a fixed limit, but never before today: a late start still leaves the
	 * person the day to act.
	 */
	public LocalDate daysBefore(LocalDate limit, int days) {
		LocalDate due = limit.minusDays(days);
		LocalDate today = BusinessTime.today(clock);
		return due.isBefore(today) ? today : due;
	}

}
