package cn.fazhi.annualreport.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import cn.fazhi.annualreport.system.BusinessTime;

/** Moves Camunda's clock, which is also the product's clock, to a Beijing date and time. */
public final class TimeTravel {

	private TimeTravel() {
	}

	public static void to(LocalDate day, LocalTime time) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(BusinessTime.ZONE).toInstant()));
	}

	/** Just after the daily reminders of that day went due. */
	public static void toReminderTimeOn(LocalDate day) {
		to(day, LocalTime.of(9, 0, 30));
	}

	public static void toInstant(java.time.Instant instant) {
		ClockUtil.setCurrentTime(Date.from(instant));
	}

	public static void plusSeconds(long seconds) {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000));
	}

	public static void reset() {
		ClockUtil.reset();
	}

}
