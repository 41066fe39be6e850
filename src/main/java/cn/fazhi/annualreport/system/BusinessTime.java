package cn.fazhi.annualreport.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Deadlines and dates on documents are Beijing dates, whatever zone the server runs in.
 */
public final class BusinessTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private BusinessTime() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** A deadline date means the end of that day in Beijing. */
	public static ZonedDateTime endOf(LocalDate date) {
		return date.plusDays(1).atStartOfDay(ZONE).minusSeconds(1);
	}

}
