package cn.fazhi.annualreport.workflow;

import java.time.Instant;
import java.util.Date;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@code report-correction} on a real engine: a published report corrected goes through editing, 签发 and 保密审查
 * again, either of which may send it back, before the corrected version is published.
 */
@Deployment(resources = "bpmn/report-correction.bpmn")
class ReportCorrectionProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage("report-correction-tests");

	static final long CAMPAIGN = 12L;

	static final Date DUE = Date.from(Instant.parse("2027-05-10T15:59:59Z"));

	final JavaDelegate publishReportDelegate = mock(JavaDelegate.class);

	final JavaDelegate remindOpenTasksDelegate = mock(JavaDelegate.class);

	final Timers timers = mock(Timers.class);

	TaskEvents tasks;

	@BeforeEach
	void registerBeans() {
		init(engine.getProcessEngine());
		tasks = TaskEvents.register()
			.due(DUE, ProcessModel.EDIT_REPORT, ProcessModel.SIGN_REPORT, ProcessModel.CONFIDENTIALITY_REVIEW);
		Mocks.register("publishReportDelegate", publishReportDelegate);
		Mocks.register("remindOpenTasksDelegate", remindOpenTasksDelegate);
		Mocks.register("timers", timers);
		when(timers.dailyReminders()).thenReturn("R/2099-03-01T09:00:00+08:00/P1D");
	}

	@AfterEach
	void resetBeans() {
		Mocks.reset();
	}

	@Test
	void publishesTheCorrectedVersionOnceSignedAndClearedAgain() throws Exception {
		ProcessInstance correction = start();

		assertThat(correction).isWaitingAt(ProcessModel.EDIT_REPORT);
		assertThat(task(correction)).hasCandidateGroup("report-admins").hasDueDate(DUE);
		complete(task(correction));
		assertThat(task(correction)).hasDefinitionKey(ProcessModel.SIGN_REPORT).hasCandidateGroup("leaders");
		complete(task(correction), withVariables(ProcessModel.SIGN_DECISION, "SIGN"));
		assertThat(task(correction)).hasDefinitionKey(ProcessModel.CONFIDENTIALITY_REVIEW)
			.hasCandidateGroup("disclosure-officers")
			.hasDueDate(DUE);
		complete(task(correction), withVariables(ProcessModel.CLEARANCE_DECISION, "CLEAR"));

		executeAllJobs();
		verify(publishReportDelegate).execute(any());
		Assertions.assertThat(tasks.of("complete")).endsWith(ProcessModel.CONFIDENTIALITY_REVIEW);
		assertThat(correction).hasPassed("correctionPublished").isEnded();
	}

	@Test
	void goesBackToTheEditorsWhenTheLeaderOrTheOfficerReturnsIt() throws Exception {
		ProcessInstance correction = start();
		complete(task(correction));
		complete(task(correction), withVariables(ProcessModel.SIGN_DECISION, "RETURN"));
		assertThat(correction).isWaitingAt(ProcessModel.EDIT_REPORT);

		complete(task(correction));
		complete(task(correction), withVariables(ProcessModel.SIGN_DECISION, "SIGN"));
		complete(task(correction), withVariables(ProcessModel.CLEARANCE_DECISION, "RETURN"));

		assertThat(correction).isWaitingAt(ProcessModel.EDIT_REPORT);
		verify(publishReportDelegate, never()).execute(any());
	}

	@Test
	void remindsTheOpenStepEveryDay() throws Exception {
		ProcessInstance correction = start();

		execute(jobQuery().processInstanceId(correction.getId()).timers().activityId("reminderTime").singleResult());

		verify(remindOpenTasksDelegate).execute(any());
		assertThat(correction).isWaitingAt(ProcessModel.EDIT_REPORT);
	}

	private static ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(ProcessModel.REPORT_CORRECTION, String.valueOf(CAMPAIGN),
				withVariables(ProcessModel.CAMPAIGN_ID, CAMPAIGN));
	}

}
