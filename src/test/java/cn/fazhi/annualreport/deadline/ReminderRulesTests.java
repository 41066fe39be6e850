package cn.fazhi.annualreport.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Who is reminded when: 3 and 1 working days before, on the due day, every working day after; never on rest days. */
class ReminderRulesTests {

	static final LocalDate DUE = LocalDate.of(2026, 2, 24);

	final WorkingCalendar calendar = calendar();

	final ReminderSettings settings = new ReminderSettings(LocalTime.of(9, 0), List.of(3, 1),
			List.of(10, 5, 3, 1));

	@Test
	void remindsThreeAndOneWorkingDaysBeforeAcrossTheSpringFestival() {
		ReminderRules rules = rules(Clock.systemUTC());

		assertThat(rules.on(LocalDate.of(2026, 2, 12), DUE)).contains(new Reminder(Reminder.Kind.BEFORE_DUE, 3));
		assertThat(rules.on(LocalDate.of(2026, 2, 13), DUE)).isEmpty();
		// the 调休 Saturday is the last working day before the holiday
		assertThat(rules.on(LocalDate.of(2026, 2, 14), DUE)).contains(new Reminder(Reminder.Kind.BEFORE_DUE, 1));
		assertThat(rules.on(LocalDate.of(2026, 2, 16), DUE)).isEmpty();
		assertThat(rules.on(DUE, DUE)).contains(new Reminder(Reminder.Kind.DUE_TODAY, 0));
	}

	@Test
	void escalatesEveryWorkingDayOnceOverdueButNotOnRestDays() {
		ReminderRules rules = rules(Clock.systemUTC());

		assertThat(rules.on(LocalDate.of(2026, 2, 25), DUE)).contains(new Reminder(Reminder.Kind.OVERDUE, 1));
		assertThat(rules.on(LocalDate.of(2026, 2, 28), DUE)).contains(new Reminder(Reminder.Kind.OVERDUE, 4));
		assertThat(rules.on(LocalDate.of(2026, 3, 1), DUE)).isEmpty();
		assertThat(rules.on(LocalDate.of(2026, 3, 2), DUE)).contains(new Reminder(Reminder.Kind.OVERDUE, 5));
	}

	@Test
	void warnsAboutThePublicationLimitFromTenWorkingDaysBeforeThirtyFirstMarchAndDailyAfterIt() {
		ReminderRules rules = rules(Clock.systemUTC());
		LocalDate lastDay = LocalDate.of(2027, 3, 31);

		assertThat(rules.publicationWarningsFrom(lastDay)).isEqualTo(LocalDate.of(2027, 3, 17));
		assertThat(rules.beforePublicationLimit(LocalDate.of(2027, 3, 17), lastDay))
			.contains(new Reminder(Reminder.Kind.BEFORE_DUE, 10));
		assertThat(rules.beforePublicationLimit(LocalDate.of(2027, 3, 18), lastDay)).isEmpty();
		assertThat(rules.beforePublicationLimit(LocalDate.of(2027, 3, 24), lastDay))
			.contains(new Reminder(Reminder.Kind.BEFORE_DUE, 5));
		assertThat(rules.beforePublicationLimit(lastDay, lastDay)).contains(new Reminder(Reminder.Kind.DUE_TODAY, 0));
		assertThat(rules.beforePublicationLimit(LocalDate.of(2027, 4, 2), lastDay))
			.contains(new Reminder(Reminder.Kind.OVERDUE, 2));
		assertThat(rules.beforePublicationLimit(LocalDate.of(2027, 4, 3), lastDay)).isEmpty();
	}

	@Test
	void startsADailyTimerOnALaterDayOrElseAtTheNextNineOClock() {
		Clock november = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("UTC"));

		assertThat(rules(november).dailyCycleFrom(LocalDate.of(2027, 3, 17))).isEqualTo("R/2027-03-17T09:00:00+08:00/P1D");
		assertThat(rules(november).dailyCycleFrom(LocalDate.of(2026, 3, 17))).isEqualTo("R/2026-11-24T09:00:00+08:00/P1D");
	}

	@Test
	void remindsNobodyOfAStepWithoutDueDate() {
		assertThat(rules(Clock.systemUTC()).on(LocalDate.of(2026, 2, 25), null)).isEmpty();
	}

	@Test
	void runsTheDailyTimerAtNineBeijingTimeWhateverTheServersZone() {
		// 04:00 in Beijing, 12:00 the day before in Los Angeles
		Clock earlyMorning = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneId.of("America/Los_Angeles"));
		// 10:00 in Beijing
		Clock lateMorning = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("UTC"));

		assertThat(rules(earlyMorning).dailyCycle()).isEqualTo("R/2026-11-23T09:00:00+08:00/P1D");
		assertThat(rules(lateMorning).dailyCycle()).isEqualTo("R/2026-11-24T09:00:00+08:00/P1D");
	}

	private ReminderRules rules(Clock clock) {
		return new ReminderRules(calendar, settings, clock);
	}

	private static WorkingCalendar calendar() {
		CalendarDayRepository overrides = mock(CalendarDayRepository.class);
		when(overrides.findAll()).thenReturn(List.of());
		when(overrides.findById(org.mockito.ArgumentMatchers.any())).thenReturn(Optional.empty());
		return new WorkingCalendar(overrides, Clock.systemUTC());
	}

}
