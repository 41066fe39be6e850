package cn.fazhi.annualreport.workflow;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.campaign.Deadlines;
import cn.fazhi.annualreport.deadline.DeadlineSettings;
import cn.fazhi.annualreport.deadline.DeadlineCalendar;
import cn.fazhi.annualreport.system.BusinessTime;

/**
 * The {@code camunda:dueDate} of each user task, e.g. {@code ${dueDates.review(campaignId)}}: from the campaign's
 * deadlines, due at the end of the Beijing day.
 */
@Component("dueDates")
public class TaskDueDates {

	private final CampaignService campaigns;

	private final DeadlineSettings settings;

	private final DeadlineCalendar calendar;

	TaskDueDates(CampaignService campaigns, DeadlineSettings settings, DeadlineCalendar calendar) {
		this.campaigns = campaigns;
		this.settings = settings;
		this.calendar = calendar;
	}

	public Date drafting(long campaignId) {
		return endOf(deadlines(campaignId).sections());
	}

	public Date confirmation(long campaignId) {
		return endOf(calendar.afterDays(deadlines(campaignId).confirmationDays()));
	}

	public Date review(long campaignId) {
		return endOf(calendar.afterDays(deadlines(campaignId).reviewDays()));
	}

	public Date revision(long campaignId) {
		return endOf(calendar.afterDays(deadlines(campaignId).revisionDays()));
	}

	public Date editing(long campaignId) {
		return endOf(calendar.daysBefore(deadlines(campaignId).publication(), settings.editingDaysBeforePublication()));
	}

	public Date signing(long campaignId) {
		return endOf(calendar.daysBefore(deadlines(campaignId).publication(), settings.signingDaysBeforePublication()));
	}

	public Date clearance(long campaignId) {
		return endOf(
				calendar.daysBefore(deadlines(campaignId).publication(), settings.clearanceDaysBeforePublication()));
	}

	private Deadlines deadlines(long campaignId) {
		return campaigns.get(campaignId).getDeadlines();
	}

	private static Date endOf(LocalDate date) {
		return Date.from(BusinessTime.endOf(date).toInstant());
	}

}
