package cn.fazhi.annualreport.workflow;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.departmentreport.DepartmentReportTasks;
import cn.fazhi.annualreport.disclosure.ClearanceDecision;
import cn.fazhi.annualreport.disclosure.DisclosureTasks;
import cn.fazhi.annualreport.disclosure.PublicationDetails;
import cn.fazhi.annualreport.report.ReportTasks;
import cn.fazhi.annualreport.review.HeadDecision;
import cn.fazhi.annualreport.review.ReviewDecision;
import cn.fazhi.annualreport.review.ReviewTasks;
import cn.fazhi.annualreport.section.ExtensionDecision;
import cn.fazhi.annualreport.section.ExtensionTasks;
import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.section.SectionTasks;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.signing.SignDecision;
import cn.fazhi.annualreport.signing.SigningTasks;
import cn.fazhi.annualreport.submission.SubmissionEntry;
import cn.fazhi.annualreport.submission.SubmissionService;
import cn.fazhi.annualreport.submission.SubmissionTasks;
import cn.fazhi.annualreport.system.DomainProblem;
import cn.fazhi.annualreport.system.StageConflictException;

/**
 * The engine side of the features' task ports: the product's pages and API complete the same user tasks a user
 * completes in Tasklist, with the same variables, so one listener per task holds the rule.
 */
@Component
class EngineTaskPorts implements SectionTasks, ReviewTasks, ReportTasks, SigningTasks, DisclosureTasks,
		ExtensionTasks, SubmissionTasks, DepartmentReportTasks {

	/** The report's steps run in {@code annual-report}, and again in {@code report-correction} after publication. */
	private static final String[] REPORT_PROCESSES = { ProcessModel.ANNUAL_REPORT, ProcessModel.REPORT_CORRECTION };

	private static final String[] ANNUAL_REPORT_PROCESS = { ProcessModel.ANNUAL_REPORT };

	private static final String[] SECTION_PROCESS = { ProcessModel.DEPARTMENT_SECTION };

	private static final String[] DEPARTMENT_REPORT_PROCESS = { ProcessModel.DEPARTMENT_REPORT };

	private final TaskService tasks;

	private final RuntimeService runtime;

	EngineTaskPorts(TaskService tasks, RuntimeService runtime) {
		this.tasks = tasks;
		this.runtime = runtime;
	}

	@Override
	public void completeDrafting(SectionKey key, CurrentUser liaison) {
		complete(SECTION_PROCESS, ProcessModel.businessKey(key), liaison, Map.of(),
				ProcessModel.DRAFT_SECTION, ProcessModel.REVISE_SECTION);
	}

	@Override
	public void withdrawSubmission(SectionKey key) {
		try {
			runtime.createMessageCorrelation(ProcessModel.SUBMISSION_WITHDRAWN)
				.processInstanceBusinessKey(ProcessModel.businessKey(key))
				.setVariable(ProcessModel.SUBMISSION_WITHDRAWN, true)
				.correlateWithResult();
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw new StageConflictException("problem.task.not-open");
		}
	}

	@Override
	public void completeConfirmation(SectionKey key, CurrentUser head, HeadDecision decision, String comment) {
		complete(SECTION_PROCESS, ProcessModel.businessKey(key), head,
				decision(ProcessModel.HEAD_DECISION, decision, ProcessModel.HEAD_COMMENT, comment),
				ProcessModel.CONFIRM_SECTION);
	}

	@Override
	public void completeReview(SectionKey key, CurrentUser reviewer, ReviewDecision decision, String comment) {
		complete(SECTION_PROCESS, ProcessModel.businessKey(key), reviewer,
				decision(ProcessModel.REVIEW_DECISION, decision, ProcessModel.REVIEW_COMMENT, comment),
				ProcessModel.REVIEW_SECTION);
	}

	@Override
	public void completeEditing(long campaignId, CurrentUser editor) {
		complete(REPORT_PROCESSES, ProcessModel.businessKey(campaignId), editor, Map.of(), ProcessModel.EDIT_REPORT);
	}

	@Override
	public void completeSigning(long campaignId, CurrentUser leader, SignDecision decision, String opinion) {
		complete(REPORT_PROCESSES, ProcessModel.businessKey(campaignId), leader,
				decision(ProcessModel.SIGN_DECISION, decision, ProcessModel.SIGN_OPINION, opinion),
				ProcessModel.SIGN_REPORT);
	}

	@Override
	public void completeClearance(long campaignId, CurrentUser officer, ClearanceDecision decision, String notes,
			PublicationDetails details) {
		complete(REPORT_PROCESSES, ProcessModel.businessKey(campaignId), officer,
				clearance(decision, notes, details), ProcessModel.CONFIDENTIALITY_REVIEW);
	}

	@Override
	public void start(SectionKey key, long departmentReportId) {
		runtime.startProcessInstanceByKey(ProcessModel.DEPARTMENT_REPORT, ProcessModel.departmentReportKey(key),
				Map.of(ProcessModel.CAMPAIGN_ID, key.campaignId(), ProcessModel.DEPARTMENT, key.department(),
						ProcessModel.DEPARTMENT_REPORT_ID, departmentReportId));
	}

	@Override
	public void completeSigning(SectionKey key, CurrentUser head, SignDecision decision, String opinion) {
		complete(DEPARTMENT_REPORT_PROCESS, ProcessModel.departmentReportKey(key), head,
				decision(ProcessModel.SIGN_DECISION, decision, ProcessModel.SIGN_OPINION, opinion),
				ProcessModel.SIGN_DEPARTMENT_REPORT);
	}

	@Override
	public void completeClearance(SectionKey key, CurrentUser officer, ClearanceDecision decision, String notes,
			PublicationDetails details) {
		complete(DEPARTMENT_REPORT_PROCESS, ProcessModel.departmentReportKey(key), officer,
				clearance(decision, notes, details), ProcessModel.DEPARTMENT_CONFIDENTIALITY_REVIEW);
	}

	@Override
	public void startCorrection(long campaignId) {
		runtime.startProcessInstanceByKey(ProcessModel.REPORT_CORRECTION, ProcessModel.businessKey(campaignId),
				Map.of(ProcessModel.CAMPAIGN_ID, campaignId));
	}

	@Override
	public void completeSubmission(long campaignId, CurrentUser editor, List<SubmissionEntry> entries) {
		Map<String, Object> variables = new HashMap<>();
		for (SubmissionEntry entry : entries) {
			String field = SubmissionService.field(entry.recipient());
			variables.put(field + ProcessModel.SUBMISSION_DATE,
					entry.submittedOn() == null ? null : entry.submittedOn().toString());
			variables.put(field + ProcessModel.SUBMISSION_CHANNEL,
					entry.channel() == null ? null : entry.channel().name());
			variables.put(field + ProcessModel.SUBMISSION_NUMBER, entry.documentNumber());
		}
		complete(ANNUAL_REPORT_PROCESS, ProcessModel.businessKey(campaignId), editor, variables,
				ProcessModel.REPORT_UPWARD);
	}

	@Override
	public void decisionRequested(SectionKey key, long requestId) {
		try {
			runtime.createMessageCorrelation(ProcessModel.EXTENSION_REQUESTED)
				.processInstanceBusinessKey(ProcessModel.businessKey(key))
				.setVariable(ProcessModel.EXTENSION_ID, requestId)
				.correlate();
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw new StageConflictException("problem.extension.not-writing", key.department());
		}
	}

	@Override
	public void completeDecision(SectionKey key, CurrentUser editor, ExtensionDecision decision, LocalDate until,
			String comment) {
		Map<String, Object> variables = decision(ProcessModel.EXTENSION_DECISION, decision,
				ProcessModel.EXTENSION_COMMENT, comment);
		variables.put(ProcessModel.EXTENSION_UNTIL, until == null ? null : until.toString());
		complete(SECTION_PROCESS, ProcessModel.businessKey(key), editor, variables,
				ProcessModel.DECIDE_EXTENSION);
	}

	/** The officer's decision with the 发文字号 and 主题分类 the report is to be published under. */
	private static Map<String, Object> clearance(ClearanceDecision decision, String notes, PublicationDetails details) {
		Map<String, Object> variables = decision(ProcessModel.CLEARANCE_DECISION, decision,
				ProcessModel.CLEARANCE_NOTES, notes);
		variables.put(ProcessModel.DOCUMENT_NUMBER, details.documentNumber());
		variables.put(ProcessModel.SUBJECT_CATEGORY, details.subjectCategory());
		return variables;
	}

	private static Map<String, Object> decision(String decisionVariable, Enum<?> decision, String commentVariable,
			String comment) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(decisionVariable, decision.name());
		variables.put(commentVariable, comment);
		return variables;
	}

	/**
	 * Completes the open task as the actor, who becomes its assignee so the history shows who did it. A rule that
	 * refuses the completion rolls it back, and its problem reaches the caller unwrapped.
	 */
	private void complete(String[] processes, String businessKey, CurrentUser actor, Map<String, Object> variables,
			String... taskKeys) {
		Task task = tasks.createTaskQuery()
			.processDefinitionKeyIn(processes)
			.processInstanceBusinessKey(businessKey)
			.taskDefinitionKeyIn(taskKeys)
			.singleResult();
		if (task == null) {
			throw new StageConflictException("problem.task.not-open");
		}
		try {
			tasks.setAssignee(task.getId(), actor.id());
			tasks.complete(task.getId(), variables);
		}
		catch (OptimisticLockingException ex) {
			throw new StageConflictException("problem.task.concurrent");
		}
		catch (ProcessEngineException ex) {
			DomainProblem refusal = TaskRefusedException.problemIn(ex);
			if (refusal != null) {
				throw refusal;
			}
			throw ex;
		}
	}

}
