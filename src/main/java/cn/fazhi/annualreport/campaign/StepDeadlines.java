package cn.fazhi.annualreport.campaign;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.deadline.DeadlineSettings;
import cn.fazhi.annualreport.deadline.WorkingCalendar;

/**
 * When a step of a campaign is due, in Chinese working days: from the campaign's deadlines and the day the step
 * started. A deadline never falls on a rest day, and a step that starts late is still due no earlier than its first
 * working day.
 */
@Service
@Transactional(readOnly = true)
public class StepDeadlines {

	private final CampaignService campaigns;

	private final WorkingCalendar calendar;

	private final DeadlineSettings settings;

	StepDeadlines(CampaignService campaigns, WorkingCalendar calendar, DeadlineSettings settings) {
		this.campaigns = campaigns;
		this.calendar = calendar;
		this.settings = settings;
	}

	public LocalDate dueFor(long campaignId, Step step, LocalDate startedOn) {
		Deadlines deadlines = campaigns.get(campaignId).getDeadlines();
		return switch (step) {
			case DRAFTING -> calendar.onOrAfter(deadlines.sections());
			case CONFIRMATION -> calendar.plusWorkingDays(startedOn, deadlines.confirmationDays());
			case REVIEW -> calendar.plusWorkingDays(startedOn, deadlines.reviewDays());
			case REVISION -> calendar.plusWorkingDays(startedOn, deadlines.revisionDays());
			case EXTENSION_DECISION -> calendar.plusWorkingDays(startedOn, settings.extensionDecisionDays());
			case EDITING -> beforePublication(deadlines, settings.editingDaysBeforePublication(), startedOn);
			case SIGNING -> beforePublication(deadlines, settings.signingDaysBeforePublication(), startedOn);
			case CLEARANCE -> beforePublication(deadlines, settings.clearanceDaysBeforePublication(), startedOn);
			case CORRECTION -> calendar.plusWorkingDays(startedOn, deadlines.revisionDays());
			case DEPARTMENT_REPORT -> calendar.plusWorkingDays(startedOn, deadlines.reviewDays());
			case SUBMISSION -> latest(calendar.onOrAfter(deadlines.publication()),
					calendar.plusWorkingDays(startedOn, settings.submissionDays()));
		};
	}

	private static LocalDate latest(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private LocalDate beforePublication(Deadlines deadlines, int workingDays, LocalDate startedOn) {
		LocalDate due = calendar.minusWorkingDays(deadlines.publication(), workingDays);
		LocalDate earliest = calendar.onOrAfter(startedOn);
		return due.isBefore(earliest) ? earliest : due;
	}

}
