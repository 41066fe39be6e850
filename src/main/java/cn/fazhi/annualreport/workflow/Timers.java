package cn.fazhi.annualreport.workflow;

import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.deadline.ReminderRules;
import cn.fazhi.annualreport.disclosure.PublicationLimitWarnings;

/** The cycles of the processes' timers, e.g. {@code ${timers.dailyReminders()}}, from the features' rules. */
@Component("timers")
public class Timers {

	private final ReminderRules reminderRules;

	private final PublicationLimitWarnings publicationLimitWarnings;

	Timers(ReminderRules reminderRules, PublicationLimitWarnings publicationLimitWarnings) {
		this.reminderRules = reminderRules;
		this.publicationLimitWarnings = publicationLimitWarnings;
	}

	/** Every working day's reminders of a process's open steps. */
	public String dailyReminders() {
		return reminderRules.dailyCycle();
	}

	/** The warnings of a campaign whose report nears the legal publication limit unpublished. */
	public String publicationLimitWarnings(long campaignId) {
		return publicationLimitWarnings.cycle(campaignId);
	}

}
