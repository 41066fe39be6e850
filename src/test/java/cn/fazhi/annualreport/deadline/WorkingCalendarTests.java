package cn.fazhi.annualreport.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.ForbiddenException;
import cn.fazhi.annualreport.security.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** 工作日: weekends, the State Council's 法定节假日 and 调休, and the administrators' corrections. */
class WorkingCalendarTests {

	final CalendarDayRepository overrides = mock(CalendarDayRepository.class);

	final WorkingCalendar calendar = new WorkingCalendar(overrides, Clock.systemUTC());

	WorkingCalendarTests() {
		when(overrides.findAll()).thenReturn(List.of());
		when(overrides.save(any())).thenAnswer(invocation -> invocation.getArgument(0));
	}

	@Nested
	class SpringFestival2026 {

		@Test
		void worksOnTheMakeUpSaturdayBeforeTheHoliday() {
			assertThat(calendar.day(LocalDate.of(2026, 2, 14))).satisfies(day -> {
				assertThat(day.working()).isTrue();
				assertThat(day.name()).isEqualTo("春节调休");
				assertThat(day.source()).isEqualTo(WorkingCalendar.Source.HOLIDAY_SCHEDULE);
			});
		}

		@Test
		void restsOnTheHolidayWeekdays() {
			assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
			assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
		}

		@Test
		void movesADeadlineOnTheHolidayToTheFirstWorkingDayAfter() {
			assertThat(calendar.onOrAfter(LocalDate.of(2026, 2, 15))).isEqualTo(LocalDate.of(2026, 2, 24));
			assertThat(calendar.onOrAfter(LocalDate.of(2026, 2, 14))).isEqualTo(LocalDate.of(2026, 2, 14));
		}

		@Test
		void countsTheMakeUpSaturdayAndSkipsTheHoliday() {
			assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
			assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 2, 24), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
			assertThat(calendar.workingDaysAfter(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 24))).isEqualTo(3);
		}

	}

	@Nested
	class NationalDay2026 {

		@Test
		void movesADeadlineOnNationalDayToTheEighth() {
			assertThat(calendar.onOrAfter(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 8));
		}

		@Test
		void worksOnTheMakeUpSaturdayAfterTheHoliday() {
			assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
			assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
			assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 10));
		}

	}

	@Test
	void restsOnOrdinaryWeekends() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 20), 2)).isEqualTo(LocalDate.of(2026, 11, 24));
	}

	@Test
	void followsTheAdministratorsScheduleForAYearTheLibraryDoesNotKnow() {
		CurrentUser admin = new CurrentUser("admin", "管理员", java.util.Set.of(Roles.ADMINISTRATORS));
		assertThat(calendar.knowsHolidaysOf(2027)).isFalse();
		LocalDate newYear = LocalDate.of(2027, 1, 1);
		CalendarDay holiday = new CalendarDay(newYear, false, "元旦", "admin", Instant.now());
		when(overrides.findAll()).thenReturn(List.of(holiday));
		when(overrides.findById(newYear)).thenReturn(Optional.of(holiday));

		calendar.set(newYear, false, "元旦", admin);

		assertThat(calendar.isWorkingDay(newYear)).isFalse();
		assertThat(calendar.day(newYear).source()).isEqualTo(WorkingCalendar.Source.ADMINISTRATOR);
		assertThat(calendar.onOrAfter(newYear)).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(calendar.knowsHolidaysOf(2027)).isTrue();
	}

	@Test
	void letsOnlyAdministratorsChangeIt() {
		CurrentUser editor = new CurrentUser("editor", "统稿人", java.util.Set.of(Roles.REPORT_ADMINS));

		assertThatThrownBy(() -> calendar.set(LocalDate.of(2027, 1, 1), false, "元旦", editor))
			.isInstanceOf(ForbiddenException.class);
	}

}
