package cn.fazhi.annualreport.deadline;

import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When people are reminded (催办) and escalated to (督办).
 *
 * @param time the Beijing time of day at which reminders go out, on working days
 * @param workingDaysBefore the reminders before a step is due, in working days (3 and 1 by default)
 * @param publicationLimitWorkingDaysBefore the warnings to the leaders and editors before the legal publication limit
 * (3月31日) while the report is unpublished, in working days (10, 5, 3 and 1 by default)
 */
@Validated
@ConfigurationProperties("report.reminders")
public record ReminderSettings(@DefaultValue("09:00") @NotNull LocalTime time,
		@DefaultValue({ "3", "1" }) @NotEmpty List<Integer> workingDaysBefore,
		@DefaultValue({ "10", "5", "3", "1" }) @NotEmpty List<Integer> publicationLimitWorkingDaysBefore) {

}
