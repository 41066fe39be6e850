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
 */
@Validated
@ConfigurationProperties("report.reminders")
public record ReminderSettings(@DefaultValue("09:00") @NotNull LocalTime time,
		@DefaultValue({ "3", "1" }) @NotEmpty List<Integer> workingDaysBefore) {

}
