package cn.fazhi.annualreport.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.campaign.Step;
import cn.fazhi.annualreport.campaign.StepDeadlines;
import cn.fazhi.annualreport.system.BusinessTime;

/**
 * The {@code camunda:dueDate} of each user task, e.g. {@code ${dueDates.review(campaignId)}}: the step's deadline
 * in working days from today, due at the end of that Beijing day.
 */
@Component("dueDates")
public class TaskDueDates {

	private final StepDeadlines deadlines;

	private final Clock clock;

	TaskDueDates(StepDeadlines deadlines, Clock clock) {
		this.deadlines = deadlines;
		this.clock = clock;
	}

	public Date drafting(long campaignId) {
		return due(campaignId, Step.DRAFTING);
	}

	public Date confirmation(long campaignId) {
		return due(campaignId, Step.CONFIRMATION);
	}

	public Date review(long campaignId) {
		return due(campaignId, Step.REVIEW);
	}

	public Date revision(long campaignId) {
		return due(campaignId, Step.REVISION);
	}

	public Date extensionDecision(long campaignId) {
		return due(campaignId, Step.EXTENSION_DECISION);
	}

	public Date editing(long campaignId) {
		return due(campaignId, Step.EDITING);
	}

	public Date signing(long campaignId) {
		return due(campaignId, Step.SIGNING);
	}

	public Date clearance(long campaignId) {
		return due(campaignId, Step.CLEARANCE);
	}

	public Date submission(long campaignId) {
		return due(campaignId, Step.SUBMISSION);
	}

	/** Editing, signing and clearing a correction of a published report, each from the day it starts. */
	public Date correction(long campaignId) {
		return due(campaignId, Step.CORRECTION);
	}

	public Date departmentReport(long campaignId) {
		return due(campaignId, Step.DEPARTMENT_REPORT);
	}

	/** The step a user task is, for its deadline. */
	public static Step stepOf(String taskKey) {
		return switch (taskKey) {
			case ProcessModel.DRAFT_SECTION -> Step.DRAFTING;
			case ProcessModel.CONFIRM_SECTION -> Step.CONFIRMATION;
			case ProcessModel.REVIEW_SECTION -> Step.REVIEW;
			case ProcessModel.REVISE_SECTION -> Step.REVISION;
			case ProcessModel.DECIDE_EXTENSION -> Step.EXTENSION_DECISION;
			case ProcessModel.EDIT_REPORT -> Step.EDITING;
			case ProcessModel.SIGN_REPORT -> Step.SIGNING;
			case ProcessModel.CONFIDENTIALITY_REVIEW -> Step.CLEARANCE;
			case ProcessModel.REPORT_UPWARD -> Step.SUBMISSION;
			case ProcessModel.SIGN_DEPARTMENT_REPORT, ProcessModel.DEPARTMENT_CONFIDENTIALITY_REVIEW ->
				Step.DEPARTMENT_REPORT;
			default -> throw new IllegalArgumentException("No deadline for task " + taskKey);
		};
	}

	/** A task's due date: the end of its Beijing due day. */
	public static Date endOf(LocalDate day) {
		return Date.from(BusinessTime.endOf(day).toInstant());
	}

	private Date due(long campaignId, Step step) {
		return endOf(deadlines.dueFor(campaignId, step, BusinessTime.today(clock)));
	}

}
