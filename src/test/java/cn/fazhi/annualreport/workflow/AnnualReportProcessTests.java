package cn.fazhi.annualreport.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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

import static cn.fazhi.annualreport.workflow.ProcessTestEngine.executeAllJobs;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@code annual-report} on a real engine, with the real {@code department-section} it calls: one section per
 * department, compile once all are approved, then editing, signing and the confidentiality review, each of which
 * may send the report back to the editors.
 */
@Deployment(resources = { "bpmn/annual-report.bpmn", "bpmn/department-section.bpmn" })
class AnnualReportProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage("annual-report-tests",
			ProcessModel.DEPARTMENT_SECTION);

	static final long CAMPAIGN = 11L;

	static final Date DUE = Date.from(Instant.parse("2027-03-20T15:59:59Z"));

	final JavaDelegate compileReportDelegate = mock(JavaDelegate.class);

	final JavaDelegate publishReportDelegate = mock(JavaDelegate.class);

	final CampaignDepartments campaignDepartments = mock(CampaignDepartments.class);

	final Timers timers = mock(Timers.class);

	final JavaDelegate remindOpenTasksDelegate = mock(JavaDelegate.class);

	final JavaDelegate warnPublicationLimitDelegate = mock(JavaDelegate.class);

	TaskEvents tasks;

	@BeforeEach
	void registerBeans() {
		init(engine.getProcessEngine());
		tasks = TaskEvents.register()
			.due(DUE, ProcessModel.EDIT_REPORT, ProcessModel.SIGN_REPORT, ProcessModel.CONFIDENTIALITY_REVIEW,
					ProcessModel.REPORT_UPWARD);
		Mocks.register("compileReportDelegate", compileReportDelegate);
		Mocks.register("publishReportDelegate", publishReportDelegate);
		Mocks.register("campaignDepartments", campaignDepartments);
		Mocks.register("timers", timers);
		Mocks.register("remindOpenTasksDelegate", remindOpenTasksDelegate);
		Mocks.register("warnPublicationLimitDelegate", warnPublicationLimitDelegate);
		when(timers.publicationLimitWarnings(CAMPAIGN)).thenReturn("R/2027-03-17T09:00:00+08:00/P1D");
		when(timers.dailyReminders()).thenReturn("R/2099-03-01T09:00:00+08:00/P1D");
		when(campaignDepartments.of(CAMPAIGN)).thenReturn(List.of("sfj", "scjgj", "sthjj"));
	}

	@AfterEach
	void resetBeans() {
		Mocks.reset();
	}

	@Test
	void publishesAfterEverySectionIsApprovedAndTheReportSignedAndCleared() throws Exception {
		ProcessInstance report = start();

		assertThat(report).isWaitingAt(ProcessModel.PREPARE_SECTIONS);
		Assertions.assertThat(taskQuery().taskDefinitionKey(ProcessModel.DRAFT_SECTION).taskCandidateGroupIn(
				List.of("liaison-sfj", "liaison-scjgj", "liaison-sthjj")).count()).isEqualTo(3);
		Assertions.assertThat(runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(ProcessModel.DEPARTMENT_SECTION)
			.list()).extracting(ProcessInstance::getBusinessKey)
			.containsExactlyInAnyOrder("11:sfj", "11:scjgj", "11:sthjj");
		approveSection("sfj");
		approveSection("scjgj");
		executeAllJobs();
		verify(compileReportDelegate, never()).execute(any());

		approveSection("sthjj");
		executeAllJobs();
		verify(compileReportDelegate).execute(any());

		assertThat(report).isWaitingAt(ProcessModel.EDIT_REPORT);
		assertThat(task(report)).hasCandidateGroup("report-admins").hasDueDate(DUE);
		complete(task(report));

		assertThat(report).isWaitingAt(ProcessModel.SIGN_REPORT);
		assertThat(task(report)).hasCandidateGroup("leaders").hasDueDate(DUE);
		complete(task(report), withVariables(ProcessModel.SIGN_DECISION, "SIGN"));

		assertThat(report).isWaitingAt(ProcessModel.CONFIDENTIALITY_REVIEW);
		assertThat(task(report)).hasCandidateGroup("disclosure-officers").hasDueDate(DUE);
		complete(task(report), withVariables(ProcessModel.CLEARANCE_DECISION, "CLEAR"));

		assertThat(report).isWaitingAt(ProcessModel.PUBLISH_REPORT);
		executeAllJobs();
		verify(publishReportDelegate).execute(any());

		// 报送 to the 党委, 人大常委会 and the government above, recorded by the editors
		assertThat(report).isWaitingAt(ProcessModel.REPORT_UPWARD);
		assertThat(task(report)).hasCandidateGroup("report-admins").hasDueDate(DUE);
		complete(task(report));
		assertThat(report).hasPassed(ProcessModel.PUBLISH_REPORT, ProcessModel.REPORT_UPWARD, "reportSubmitted")
			.isEnded();
		Assertions.assertThat(tasks.of("complete")).containsSubsequence(ProcessModel.EDIT_REPORT,
				ProcessModel.SIGN_REPORT, ProcessModel.CONFIDENTIALITY_REVIEW, ProcessModel.REPORT_UPWARD);
	}

	@Test
	void returnsReportToEditorsWhenLeaderSendsItBack() {
		ProcessInstance report = compiled();
		complete(task(report));

		complete(task(report), withVariables(ProcessModel.SIGN_DECISION, "RETURN", ProcessModel.SIGN_OPINION, "请补充数据"));

		assertThat(report).isWaitingAt(ProcessModel.EDIT_REPORT);
		complete(task(report));
		assertThat(report).isWaitingAt(ProcessModel.SIGN_REPORT);
	}

	@Test
	void returnsReportToEditorsWhenConfidentialityReviewFindsSomethingAndHasItSignedAgain() throws Exception {
		ProcessInstance report = compiled();
		complete(task(report));
		complete(task(report), withVariables(ProcessModel.SIGN_DECISION, "SIGN"));

		complete(task(report),
				withVariables(ProcessModel.CLEARANCE_DECISION, "RETURN", ProcessModel.CLEARANCE_NOTES, "删去身份证号"));

		assertThat(report).isWaitingAt(ProcessModel.EDIT_REPORT);
		complete(task(report));
		assertThat(report).isWaitingAt(ProcessModel.SIGN_REPORT);
		verify(publishReportDelegate, never()).execute(any());
	}

	@Test
	void remindsTheReportsOpenStepEveryDay() throws Exception {
		ProcessInstance report = compiled();

		execute(jobQuery().processInstanceId(report.getId()).timers().activityId("reminderTime").singleResult());

		verify(remindOpenTasksDelegate).execute(any());
		assertThat(report).isWaitingAt(ProcessModel.EDIT_REPORT);
	}

	@Test
	void watchesThePublicationLimitFromItsOwnTimer() throws Exception {
		ProcessInstance report = start();

		Assertions.assertThat(jobQuery().processInstanceId(report.getId()).timers().activityId("publicationLimitTime")
			.singleResult().getDuedate()).isEqualTo(Date.from(Instant.parse("2027-03-17T01:00:00Z")));
		execute(jobQuery().processInstanceId(report.getId()).timers().activityId("publicationLimitTime").singleResult());

		verify(warnPublicationLimitDelegate).execute(any());
		assertThat(report).isWaitingAt(ProcessModel.PREPARE_SECTIONS);
	}

	private static ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(ProcessModel.ANNUAL_REPORT, String.valueOf(CAMPAIGN),
				withVariables(ProcessModel.CAMPAIGN_ID, CAMPAIGN));
	}

	private ProcessInstance compiled() {
		ProcessInstance report = start();
		List.of("sfj", "scjgj", "sthjj").forEach(AnnualReportProcessTests::approveSection);
		executeAllJobs();
		assertThat(report).isWaitingAt(ProcessModel.EDIT_REPORT);
		return report;
	}

	/** Takes one department's section through drafting, confirmation and approval. */
	private static void approveSection(String department) {
		String businessKey = CAMPAIGN + ":" + department;
		complete(sectionTask(businessKey, ProcessModel.DRAFT_SECTION));
		complete(sectionTask(businessKey, ProcessModel.CONFIRM_SECTION),
				withVariables(ProcessModel.HEAD_DECISION, "CONFIRM"));
		complete(sectionTask(businessKey, ProcessModel.REVIEW_SECTION),
				withVariables(ProcessModel.REVIEW_DECISION, "APPROVE"));
	}

	private static Task sectionTask(String businessKey, String taskKey) {
		return taskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
	}

}
