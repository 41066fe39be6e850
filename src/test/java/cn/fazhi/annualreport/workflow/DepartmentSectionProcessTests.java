package cn.fazhi.annualreport.workflow;

import java.time.Instant;
import java.util.Date;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.fazhi.annualreport.deadline.ReminderRules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@code department-section} on a real engine: who gets each task, when it is due, which rule runs when it
 * completes, and where each decision leads.
 */
@Deployment(resources = "bpmn/department-section.bpmn")
class DepartmentSectionProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage("department-section-tests");

	static final long CAMPAIGN = 7L;

	static final Date DRAFT_DUE = Date.from(Instant.parse("2027-01-31T15:59:59Z"));

	static final Date CONFIRM_DUE = Date.from(Instant.parse("2027-02-02T15:59:59Z"));

	static final Date REVIEW_DUE = Date.from(Instant.parse("2027-02-05T15:59:59Z"));

	static final Date REVISION_DUE = Date.from(Instant.parse("2027-02-08T15:59:59Z"));

	static final String FIRST_REMINDER_CYCLE = "R/2099-01-05T09:00:00+08:00/P1D";

	final JavaDelegate remindOpenTasksDelegate = mock(JavaDelegate.class);

	final Timers timers = mock(Timers.class);

	TaskEvents tasks;

	@BeforeEach
	void registerBeans() {
		init(engine.getProcessEngine());
		tasks = TaskEvents.register()
			.due(DRAFT_DUE, ProcessModel.DRAFT_SECTION)
			.due(CONFIRM_DUE, ProcessModel.CONFIRM_SECTION, ProcessModel.DECIDE_EXTENSION)
			.due(REVIEW_DUE, ProcessModel.REVIEW_SECTION)
			.due(REVISION_DUE, ProcessModel.REVISE_SECTION);
		Mocks.register("timers", timers);
		Mocks.register("remindOpenTasksDelegate", remindOpenTasksDelegate);
		when(timers.dailyReminders()).thenReturn(FIRST_REMINDER_CYCLE);
	}

	@AfterEach
	void resetBeans() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void approvesSectionConfirmedByHeadAndApprovedByReviewer() {
		ProcessInstance section = start("sfj");

		assertThat(section).isWaitingAt(ProcessModel.DRAFT_SECTION);
		assertThat(task(section)).hasCandidateGroup("liaison-sfj").hasDueDate(DRAFT_DUE);
		Assertions.assertThat(formKey(section)).isEqualTo("/campaigns/7/sections/sfj");
		complete(task(section));

		assertThat(section).isWaitingAt(ProcessModel.CONFIRM_SECTION);
		assertThat(task(section)).hasCandidateGroup("head-sfj").hasDueDate(CONFIRM_DUE);
		complete(task(section), withVariables(ProcessModel.HEAD_DECISION, "CONFIRM"));

		assertThat(section).isWaitingAt(ProcessModel.REVIEW_SECTION);
		assertThat(task(section)).hasCandidateGroup("legal-reviewers").hasDueDate(REVIEW_DUE);
		complete(task(section), withVariables(ProcessModel.REVIEW_DECISION, "APPROVE"));

		assertThat(section).hasPassed("sectionApproved").isEnded();
		Assertions.assertThat(tasks.all()).containsExactly("create:draftSection", "complete:draftSection",
				"create:confirmSection", "complete:confirmSection", "create:reviewSection", "complete:reviewSection");
	}

	@Test
	void returnsSectionToLiaisonWhenHeadSendsItBack() {
		ProcessInstance section = start("scjgj");
		complete(task(section));

		complete(task(section), withVariables(ProcessModel.HEAD_DECISION, "RETURN", ProcessModel.HEAD_COMMENT, "请补充数据"));

		assertThat(section).isWaitingAt(ProcessModel.REVISE_SECTION);
		assertThat(task(section)).hasCandidateGroup("liaison-scjgj").hasDueDate(REVISION_DUE);
		Assertions.assertThat(formKey(section)).isEqualTo("/campaigns/7/sections/scjgj");
		complete(task(section));
		Assertions.assertThat(tasks.of("complete")).containsExactly(ProcessModel.DRAFT_SECTION,
				ProcessModel.CONFIRM_SECTION, ProcessModel.REVISE_SECTION);
		assertThat(section).isWaitingAt(ProcessModel.CONFIRM_SECTION);
	}

	@Test
	void returnsSectionForRevisionWhenReviewerRejectsAndReviewsItAgain() {
		ProcessInstance section = start("sthjj");
		complete(task(section));
		complete(task(section), withVariables(ProcessModel.HEAD_DECISION, "CONFIRM"));

		complete(task(section), withVariables(ProcessModel.REVIEW_DECISION, "RETURN", ProcessModel.REVIEW_COMMENT, "数据有误"));

		assertThat(section).isWaitingAt(ProcessModel.REVISE_SECTION);
		complete(task(section));
		complete(task(section), withVariables(ProcessModel.HEAD_DECISION, "CONFIRM"));
		assertThat(section).isWaitingAt(ProcessModel.REVIEW_SECTION);
		complete(task(section), withVariables(ProcessModel.REVIEW_DECISION, "APPROVE"));
		assertThat(section).isEnded();
		Assertions.assertThat(tasks.of("create")).containsExactly(ProcessModel.DRAFT_SECTION,
				ProcessModel.CONFIRM_SECTION, ProcessModel.REVIEW_SECTION, ProcessModel.REVISE_SECTION,
				ProcessModel.CONFIRM_SECTION, ProcessModel.REVIEW_SECTION);
	}

	@Test
	void aWithdrawnSubmissionGoesBackToTheStepItWasWrittenIn() {
		ProcessInstance section = start("gaj");
		complete(task(section));
		// the listener of the writing step records where it was written (UserTasks); the stand-in here does not
		runtimeService().setVariable(section.getId(), ProcessModel.WRITING_STEP, ProcessModel.DRAFT_SECTION);

		withdraw("gaj");

		assertThat(section).hasPassed("submissionWithdrawn").isWaitingAt(ProcessModel.DRAFT_SECTION);
		Assertions.assertThat(tasks.all()).containsExactly("create:draftSection", "complete:draftSection",
				"create:confirmSection", "delete:confirmSection", "create:draftSection");

		complete(task(section));
		complete(task(section), withVariables(ProcessModel.HEAD_DECISION, "RETURN", ProcessModel.HEAD_COMMENT, "请补充"));
		complete(task(section));
		runtimeService().setVariable(section.getId(), ProcessModel.WRITING_STEP, ProcessModel.REVISE_SECTION);

		withdraw("gaj");

		assertThat(section).isWaitingAt(ProcessModel.REVISE_SECTION);
		Assertions.assertThat(runtimeService().getVariable(section.getId(), ProcessModel.SUBMISSION_WITHDRAWN))
			.isEqualTo(true);
	}

	private static void withdraw(String department) {
		runtimeService().createMessageCorrelation(ProcessModel.SUBMISSION_WITHDRAWN)
			.processInstanceBusinessKey(CAMPAIGN + ":" + department)
			.setVariable(ProcessModel.SUBMISSION_WITHDRAWN, true)
			.correlate();
	}

	@Test
	void keepsTaskOpenWhenItsRuleRefusesCompletion() {
		ProcessInstance section = start("rsj");
		tasks.refuseCompleting(ProcessModel.DRAFT_SECTION, new IllegalStateException("报告尚不完整"));

		assertThatThrownBy(() -> complete(task(section))).hasMessageContaining("报告尚不完整");

		assertThat(section).isWaitingAt(ProcessModel.DRAFT_SECTION);
		Assertions.assertThat(tasks.of("create")).containsExactly(ProcessModel.DRAFT_SECTION);
	}

	@Test
	void remindsWhoeverHoldsTheOpenStepEveryDayAtNine() throws Exception {
		ProcessInstance section = start("jyj");
		Job timer = reminderTimer(section);
		Assertions.assertThat(timer.getDuedate()).isEqualTo(Date.from(Instant.parse("2099-01-05T01:00:00Z")));

		ClockUtil.setCurrentTime(timer.getDuedate());
		execute(timer);

		verify(remindOpenTasksDelegate).execute(any());
		Assertions.assertThat(reminderTimer(section).getDuedate()).isEqualTo(Date.from(Instant.parse("2099-01-06T01:00:00Z")));
		assertThat(section).isWaitingAt(ProcessModel.DRAFT_SECTION);
	}

	@Test
	void letsTheEditorsDecideARequestForMoreTimeWhileTheLiaisonWrites() {
		ProcessInstance section = start("wjw");

		runtimeService().createMessageCorrelation(ProcessModel.EXTENSION_REQUESTED)
			.processInstanceBusinessKey(CAMPAIGN + ":wjw")
			.setVariable(ProcessModel.EXTENSION_ID, 5L)
			.correlate();

		assertThat(section).isWaitingAt(ProcessModel.DRAFT_SECTION, ProcessModel.DECIDE_EXTENSION);
		Task decision = taskQuery().taskDefinitionKey(ProcessModel.DECIDE_EXTENSION).singleResult();
		assertThat(decision).hasCandidateGroup("report-admins").hasDueDate(CONFIRM_DUE);
		Assertions.assertThat(tasks.of("create")).containsExactly(ProcessModel.DRAFT_SECTION,
				ProcessModel.DECIDE_EXTENSION);

		complete(decision, withVariables(ProcessModel.EXTENSION_DECISION, "GRANT"));

		Assertions.assertThat(tasks.of("complete")).containsExactly(ProcessModel.DECIDE_EXTENSION);
		assertThat(section).hasPassed("extensionAnswered").isWaitingAt(ProcessModel.DRAFT_SECTION);
	}

	private static Job reminderTimer(ProcessInstance section) {
		return jobQuery().processInstanceId(section.getId()).timers().activityId("reminderTime").singleResult();
	}

	@Test
	void givesADistrictsSectionToThatDistrictsLegalBureauAndEditors() {
		tasks.governedBy("dq");
		ProcessInstance section = start("dqsfj");

		assertThat(task(section)).hasCandidateGroup("liaison-dqsfj");
		complete(task(section));
		complete(task(section), withVariables(ProcessModel.HEAD_DECISION, "CONFIRM"));

		assertThat(section).isWaitingAt(ProcessModel.REVIEW_SECTION);
		assertThat(task(section)).hasCandidateGroup("legal-reviewers-dq");
		Assertions.assertThat(engine.getTaskService().getIdentityLinksForTask(task(section).getId()))
			.extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
			.containsExactly("legal-reviewers-dq");
	}

	private static ProcessInstance start(String department) {
		return runtimeService().startProcessInstanceByKey(ProcessModel.DEPARTMENT_SECTION, CAMPAIGN + ":" + department,
				withVariables(ProcessModel.CAMPAIGN_ID, CAMPAIGN, ProcessModel.DEPARTMENT, department));
	}

	/** The external form Tasklist opens: the product's section editor for this campaign and department. */
	private static String formKey(ProcessInstance section) {
		return formService().getTaskFormData(task(section).getId()).getFormKey();
	}

}
