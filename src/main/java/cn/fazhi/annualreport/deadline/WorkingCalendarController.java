package cn.fazhi.annualreport.deadline;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.SingleLine;

/**
 * The working-day calendar: anyone may read it; administrators ({@code camunda-admin}) set the holidays and 调休
 * working days of years the holiday library does not know yet.
 */
@RestController
@RequestMapping("/api/working-calendar")
class WorkingCalendarController {

	private final WorkingCalendar calendar;

	WorkingCalendarController(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/{year}")
	YearView year(@PathVariable @Min(2000) @Max(2100) int year) {
		return new YearView(year, calendar.knowsHolidaysOf(year), calendar.exceptions(year));
	}

	@GetMapping("/days/{date}")
	WorkingCalendar.Day day(@PathVariable LocalDate date) {
		return calendar.day(date);
	}

	@PutMapping("/days/{date}")
	WorkingCalendar.Day set(@PathVariable LocalDate date, @Valid @RequestBody DayRequest request, CurrentUser user) {
		return calendar.set(date, request.working(), request.name(), user);
	}

	@DeleteMapping("/days/{date}")
	WorkingCalendar.Day clear(@PathVariable LocalDate date, CurrentUser user) {
		return calendar.clear(date, user);
	}

	/**
	 * @param holidaysKnown whether the year's 法定节假日 are known; if not, only weekends are rest days until an
	 * administrator enters the schedule
	 * @param days the days that differ from their weekday
	 */
	record YearView(int year, boolean holidaysKnown, List<WorkingCalendar.Day> days) {
	}

	record DayRequest(@NotNull Boolean working, @NotBlank @Size(max = 50) @SingleLine String name) {
	}

}
