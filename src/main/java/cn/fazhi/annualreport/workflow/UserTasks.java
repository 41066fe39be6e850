package cn.fazhi.annualreport.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.campaign.Campaign;
import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.campaign.Step;
import cn.fazhi.annualreport.campaign.StepDeadlines;
import cn.fazhi.annualreport.departmentreport.DepartmentReportService;
import cn.fazhi.annualreport.disclosure.ClearanceDecision;
import cn.fazhi.annualreport.disclosure.DisclosureService;
import cn.fazhi.annualreport.notification.WorkNotices;
import cn.fazhi.annualreport.report.ReportService;
import cn.fazhi.annualreport.review.ReviewDecision;
import cn.fazhi.annualreport.review.ReviewService;
import cn.fazhi.annualreport.review.ReviewStep;
import cn.fazhi.annualreport.review.SectionDecision;
import cn.fazhi.annualreport.section.SectionAnnotations;
import cn.fazhi.annualreport.section.SectionExtensions;
import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.section.SectionService;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.signing.SignDecision;
import cn.fazhi.annualreport.signing.SigningService;
import cn.fazhi.annualreport.submission.Recipient;
import cn.fazhi.annualreport.submission.SubmissionService;
import cn.fazhi.annualreport.system.BusinessTime;

import static cn.fazhi.annualreport.workflow.ProcessModel.*;

/**
 * The product's user tasks, one entry each (see {@link UserTask}). Adding a user task costs its BPMN element (with
 * {@code camunda:dueDate="${userTasks.due(execution)}"} and {@code ${userTask}} as its listener), its form, one entry
 * here and the feature's service method its completion calls.
 */
@Component("userTasks")
public class UserTasks {

	private final Map<String, UserTask> byKey = new HashMap<>();

	private final List<Definition> definitions = new ArrayList<>();

	private final StepDeadlines deadlines;

	private final Clock clock;

	private final SectionService sections;

	private final ReviewService reviews;

	private final ReportService reports;

	private final SigningService signing;

	private final DisclosureService disclosure;

	private final UserDirectory directory;

	private final WorkNotices notices;

	private final MessageSource messages;

	private final CampaignService campaigns;

	private final SectionAnnotations annotations;

	UserTasks(StepDeadlines deadlines, Clock clock, TaskSummaries summaries, ProcessFacts facts,
			SectionService sections, SectionExtensions extensions, SectionAnnotations annotations,
			ReviewService reviews, ReportService reports, SigningService signing, DisclosureService disclosure,
			DepartmentReportService departmentReports, SubmissionService submissions, UserDirectory directory,
			WorkNotices notices, MessageSource messages, CampaignService campaigns) {
		this.campaigns = campaigns;
		this.annotations = annotations;
		this.deadlines = deadlines;
		this.clock = clock;
		this.sections = sections;
		this.reviews = reviews;
		this.reports = reports;
		this.signing = signing;
		this.disclosure = disclosure;
		this.directory = directory;
		this.notices = notices;
		this.messages = messages;

		// department-section
		define(DRAFT_SECTION, Step.DRAFTING).inSectionEditor()
			.opening(this::resumeAfterWithdrawal)
			.opening(this::scheduleSection)
			.note(task -> withdrawn(task) ? Optional.of(withdrawalNote()) : Optional.empty())
			.completing((task, liaison) -> sections.submit(sectionKey(task), liaison))
			.completed(this::rememberWriting);
		define(CONFIRM_SECTION, Step.CONFIRMATION).decisions(HEAD_DECISION, HEAD_COMMENT)
			.summary(task -> summaries.section(sectionKey(task), ReviewStep.CONFIRMATION))
			.opening(this::scheduleSection)
			.completing((task, head) -> reviews.recordConfirmation(sectionKey(task), text(task, HEAD_DECISION),
					text(task, HEAD_COMMENT), head));
		define(REVIEW_SECTION, Step.REVIEW).decisions(REVIEW_DECISION, REVIEW_COMMENT)
			.summary(task -> summaries.section(sectionKey(task), ReviewStep.REVIEW))
			.opening(this::scheduleSection)
			.completing((task, reviewer) -> reviews.recordReview(sectionKey(task), text(task, REVIEW_DECISION),
					text(task, REVIEW_COMMENT), reviewer))
			.completed(this::tellTheDepartmentOfApproval);
		define(REVISE_SECTION, Step.REVISION).inSectionEditor()
			.opening(this::resumeAfterWithdrawal)
			.opening(this::scheduleSection)
			.note(task -> withdrawn(task) ? Optional.of(withdrawalNote()) : lastReturnOfSection(task))
			.completing((task, liaison) -> sections.submit(sectionKey(task), liaison))
			.completed(this::rememberWriting);
		define(DECIDE_EXTENSION, Step.EXTENSION_DECISION)
			.decisions(EXTENSION_DECISION, EXTENSION_UNTIL, EXTENSION_COMMENT)
			.summary(task -> summaries.extension(sectionKey(task), facts.extensionRequest(task.getExecution())))
			.opening(task -> extensions.decisionOpened(facts.extensionRequest(task.getExecution()),
					tasklistLink(task.getId())))
			.completing((task, editor) -> extensions
				.decide(facts.extensionRequest(task.getExecution()), text(task, EXTENSION_DECISION),
						text(task, EXTENSION_UNTIL), text(task, EXTENSION_COMMENT), editor)
				.ifPresent(until -> extendWriting(task, until)));

		// annual-report and report-correction
		define(EDIT_REPORT, Step.EDITING).summary(task -> summaries.report(campaignId(task), false))
			.opening(this::scheduleReport)
			.note(this::lastReturnOfReport)
			.completing((task, editor) -> reports.finishEditing(campaignId(task), editor));
		define(SIGN_REPORT, Step.SIGNING).decisions(SIGN_DECISION, SIGN_OPINION)
			.summary(task -> summaries.report(campaignId(task), false))
			.opening(this::scheduleReport)
			.completing((task, leader) -> signing.recordSigning(campaignId(task), text(task, SIGN_DECISION),
					text(task, SIGN_OPINION), leader))
			.completed(this::tellTheEditorsOfSigning);
		define(CONFIDENTIALITY_REVIEW, Step.CLEARANCE).decisions(CLEARANCE_DECISION, CLEARANCE_NOTES)
			.summary(task -> summaries.report(campaignId(task), true))
			.opening(this::scheduleReport)
			.opening(this::proposeSubjectCategory)
			.completing((task, officer) -> disclosure.recordClearance(campaignId(task),
					text(task, CLEARANCE_DECISION), text(task, CLEARANCE_NOTES), publicationDetails(task), officer));
		define(REPORT_UPWARD, Step.SUBMISSION).summary(task -> summaries.report(campaignId(task), false))
			.opening(this::scheduleReport)
			.completing((task, editor) -> {
				submissions.record(campaignId(task), submissionEntries(task), editor);
				reports.dueBy(campaignId(task), null);
			});

		// department-report
		define(SIGN_DEPARTMENT_REPORT, Step.DEPARTMENT_REPORT).decisions(SIGN_DECISION, SIGN_OPINION)
			.summary(task -> summaries.departmentReport(facts.departmentReport(task.getExecution()), false))
			.completing((task, head) -> departmentReports.recordSigning(facts.departmentReport(task.getExecution()),
					text(task, SIGN_DECISION), text(task, SIGN_OPINION), head));
		define(DEPARTMENT_CONFIDENTIALITY_REVIEW, Step.DEPARTMENT_REPORT)
			.decisions(CLEARANCE_DECISION, CLEARANCE_NOTES)
			.summary(task -> summaries.departmentReport(facts.departmentReport(task.getExecution()), true))
			.opening(this::proposeSubjectCategory)
			.completing((task, officer) -> departmentReports.recordClearance(
					facts.departmentReport(task.getExecution()), text(task, CLEARANCE_DECISION),
					text(task, CLEARANCE_NOTES), publicationDetails(task), officer));

		definitions.forEach(definition -> byKey.put(definition.key, definition.declared()));
		definitions.clear();
	}

	/** The task's declaration; a user task the product does not know is a fault of the deployment. */
	UserTask of(String key) {
		UserTask task = byKey.get(key);
		if (task == null) {
			throw new IllegalStateException("No declaration in UserTasks for user task " + key);
		}
		return task;
	}

	java.util.Set<String> keys() {
		return java.util.Set.copyOf(byKey.keySet());
	}

	/**
	 * The {@code camunda:dueDate} of the user task the execution is entering: its step's deadline in working days
	 * from today, due at the end of that Beijing day.
	 */
	public Date due(DelegateExecution execution) {
		return endOf(deadlines.dueFor(campaignId(execution),
				step(execution.getProcessDefinitionId(), execution.getCurrentActivityId()), BusinessTime.today(clock)));
	}

	/** The step a task keeps the deadline of: in a correction of a published report, every step is one. */
	Step step(String processDefinitionId, String key) {
		return processDefinitionId.startsWith(REPORT_CORRECTION + ":") ? Step.CORRECTION : of(key).step();
	}

	/** Where the work of the task is done, relative to the product's address. */
	String link(String taskId, String key, long campaignId, String department) {
		return of(key).workplace() == UserTask.Workplace.SECTION_EDITOR
				? "/campaigns/" + campaignId + "/sections/" + department : tasklistLink(taskId);
	}

	/** A task's due date: the end of its Beijing due day. */
	static Date endOf(java.time.LocalDate day) {
		return Date.from(BusinessTime.endOf(day).toInstant());
	}

	/** The task in Tasklist, relative to the product's address. */
	public static String tasklistLink(String taskId) {
		return "/camunda/app/tasklist/default/#/?task=" + taskId;
	}

	/** A granted extension moves the due date of the liaison's open step; the reminders follow it. */
	private static void extendWriting(DelegateTask decision, java.time.LocalDate until) {
		org.camunda.bpm.engine.TaskService tasks = decision.getProcessEngineServices().getTaskService();
		tasks.createTaskQuery()
			.processInstanceId(decision.getProcessInstanceId())
			.taskDefinitionKeyIn(DRAFT_SECTION, REVISE_SECTION)
			.list()
			.forEach(writing -> tasks.setDueDate(writing.getId(), endOf(until)));
	}

	/** What a withdrawal needs: the step the section was submitted from and the due date it had. */
	private void rememberWriting(DelegateTask task) {
		task.getExecution().setVariable(ProcessModel.WRITING_STEP, task.getTaskDefinitionKey());
		task.getExecution().setVariable(ProcessModel.WRITING_DUE, task.getDueDate());
		task.getExecution().removeVariable(ProcessModel.SUBMISSION_WITHDRAWN);
	}

	/** Back after a withdrawal, the writing step keeps the due date it had: taking a submission back buys no time. */
	private void resumeAfterWithdrawal(DelegateTask task) {
		if (withdrawn(task) && task.getVariable(ProcessModel.WRITING_DUE) instanceof Date due) {
			task.setDueDate(due);
		}
	}

	private static boolean withdrawn(DelegateTask task) {
		return Boolean.TRUE.equals(task.getVariable(ProcessModel.SUBMISSION_WITHDRAWN));
	}

	private String withdrawalNote() {
		return messages.getMessage("notice.withdrawn-back", null, Locale.SIMPLIFIED_CHINESE);
	}

	private void scheduleSection(DelegateTask task) {
		sections.dueBy(sectionKey(task), dueDate(task));
	}

	private void scheduleReport(DelegateTask task) {
		reports.dueBy(campaignId(task), dueDate(task));
	}

	/** The form opens with the usual 主题分类; an earlier round's choice and 发文字号 are kept. */
	private void proposeSubjectCategory(DelegateTask task) {
		if (task.getVariable(SUBJECT_CATEGORY) == null) {
			task.getExecution().setVariable(SUBJECT_CATEGORY, disclosure.defaultSubjectCategory());
		}
	}

	/**
	 * Who sent the section back, and why: the latest return by the head or the legal bureau, with the annotations
	 * still open on a line of their own.
	 */
	private Optional<String> lastReturnOfSection(DelegateTask task) {
		SectionKey key = sectionKey(task);
		List<SectionDecision> history = reviews.history(key);
		return history.stream()
			.filter(SectionDecision::isReturn)
			.reduce((first, second) -> second)
			.map(last -> returnNote(last.getAuthor(), last.getComment())
					+ annotations.openOnes(key).map(open -> "\n" + open).orElse(""));
	}

	/** Who sent the report back to 统稿, and why: the latest return by the leader or the officer. */
	private Optional<String> lastReturnOfReport(DelegateTask task) {
		long campaignId = campaignId(task);
		record Return(Instant at, String author, String comment) {
		}
		List<Return> returns = new ArrayList<>();
		signing.history(campaignId)
			.stream()
			.filter(s -> s.getDecision() == SignDecision.RETURN)
			.forEach(s -> returns.add(new Return(s.getSignedAt(), s.getSigner(), s.getOpinion())));
		disclosure.history(campaignId)
			.stream()
			.filter(c -> c.getDecision() == ClearanceDecision.RETURN)
			.forEach(c -> returns.add(new Return(c.getDecidedAt(), c.getOfficer(), c.getNotes())));
		return returns.stream()
			.max(Comparator.comparing(Return::at))
			.map(last -> returnNote(last.author(), last.comment()));
	}

	private String returnNote(String author, String comment) {
		return messages.getMessage("notice.returned-by",
				new Object[] { directory.displayName(author), comment == null || comment.isBlank() ? "—" : comment },
				java.util.Locale.SIMPLIFIED_CHINESE);
	}

	private void tellTheDepartmentOfApproval(DelegateTask task) {
		if (!ReviewDecision.APPROVE.name().equals(text(task, REVIEW_DECISION))) {
			return;
		}
		SectionKey key = sectionKey(task);
		Campaign campaign = campaigns.get(key.campaignId());
		notices.decided("approved:" + task.getId(), List.of(Roles.liaison(key.department()), Roles.head(key.department())),
				"notice.section-approved", new Object[] { sections.departmentName(key.department()),
						campaign.getOrganization(), String.valueOf(campaign.getYear()) },
				"/campaigns/" + key.campaignId() + "/sections/" + key.department());
	}

	private void tellTheEditorsOfSigning(DelegateTask task) {
		if (!SignDecision.SIGN.name().equals(text(task, SIGN_DECISION))) {
			return;
		}
		long campaignId = campaignId(task);
		notices.decided("signed:" + task.getId(), List.of(campaigns.roles(campaignId).reportAdmins()),
				"notice.report-signed",
				new Object[] { reports.latest(campaignId).title() }, "/campaigns/" + campaignId + "/report");
	}

	private static Map<Recipient, SubmissionService.Entered> submissionEntries(DelegateTask task) {
		Map<Recipient, SubmissionService.Entered> entries = new EnumMap<>(Recipient.class);
		for (Recipient recipient : Recipient.values()) {
			String field = SubmissionService.field(recipient);
			entries.put(recipient, new SubmissionService.Entered(text(task, field + SUBMISSION_DATE),
					text(task, field + SUBMISSION_CHANNEL), text(task, field + SUBMISSION_NUMBER)));
		}
		return entries;
	}

	private Definition define(String key, Step step) {
		Definition definition = new Definition(key, step);
		definitions.add(definition);
		return definition;
	}

	/** One entry as it is being declared. */
	private final class Definition {

		private final String key;

		private final Step step;

		private UserTask.Workplace workplace = UserTask.Workplace.TASKLIST;

		private List<String> decisions = List.of();

		private Function<DelegateTask, String> summary;

		private Consumer<DelegateTask> opening = task -> {
		};

		private Function<DelegateTask, Optional<String>> note = task -> Optional.empty();

		private UserTask.Completion completion;

		private Consumer<DelegateTask> completed = task -> {
		};

		private Definition(String key, Step step) {
			this.key = key;
			this.step = step;
		}

		Definition inSectionEditor() {
			workplace = UserTask.Workplace.SECTION_EDITOR;
			return this;
		}

		Definition decisions(String... variables) {
			decisions = List.of(variables);
			return this;
		}

		Definition summary(Function<DelegateTask, String> digest) {
			summary = digest;
			return this;
		}

		Definition opening(Consumer<DelegateTask> action) {
			opening = opening.andThen(action);
			return this;
		}

		Definition note(Function<DelegateTask, Optional<String>> text) {
			note = text;
			return this;
		}

		Definition completing(UserTask.Completion rule) {
			completion = rule;
			return this;
		}

		Definition completed(Consumer<DelegateTask> action) {
			completed = action;
			return this;
		}

		UserTask declared() {
			if (completion == null) {
				throw new IllegalStateException("User task " + key + " declares no completion rule");
			}
			return new UserTask(key, step, workplace, decisions, Optional.ofNullable(summary), opening, note,
					completion, completed);
		}

	}

}
