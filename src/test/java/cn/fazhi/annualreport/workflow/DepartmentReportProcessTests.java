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
 * {@code department-report} on a real engine: the department head signs the department's own report, the officer
 * clears it and it is published; either may return it, which ends this version.
 */
@Deployment(resources = "bpmn/department-report.bpmn")
class DepartmentReportProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage("department-report-tests");

	static final long CAMPAIGN = 13L;

	static final Date DUE = Date.from(Instant.parse("2027-02-20T15:59:59Z"));

	final JavaDelegate publishDepartmentReportDelegate = mock(JavaDelegate.class);

	final JavaDelegate remindOpenTasksDelegate = mock(JavaDelegate.class);

	final Timers timers = mock(Timers.class);

	TaskEvents tasks;

	@BeforeEach
	void registerBeans() {
		init(engine.getProcessEngine());
		tasks = TaskEvents.register()
			.due(DUE, ProcessModel.SIGN_DEPARTMENT_REPORT, ProcessModel.DEPARTMENT_CONFIDENTIALITY_REVIEW);
		Mocks.register("publishDepartmentReportDelegate", publishDepartmentReportDelegate);
		Mocks.register("remindOpenTasksDelegate", remindOpenTasksDelegate);
		Mocks.register("timers", timers);
		when(timers.dailyReminders()).thenReturn("R/2099-03-01T09:00:00+08:00/P1D");
	}

	@AfterEach
	void resetBeans() {
		Mocks.reset();
	}

	@Test
	void publishesUnderTheDepartmentsNameOnceItsHeadSignedAndTheOfficerCleared() throws Exception {
		ProcessInstance report = start();

		assertThat(report).isWaitingAt(ProcessModel.SIGN_DEPARTMENT_REPORT);
		assertThat(task(report)).hasCandidateGroup("head-sfj").hasDueDate(DUE);
		complete(task(report), withVariables(ProcessModel.SIGN_DECISION, "SIGN"));
		Assertions.assertThat(tasks.of("complete")).containsExactly(ProcessModel.SIGN_DEPARTMENT_REPORT);

		assertThat(task(report)).hasDefinitionKey(ProcessModel.DEPARTMENT_CONFIDENTIALITY_REVIEW)
			.hasCandidateGroup("disclosure-officers")
			.hasDueDate(DUE);
		complete(task(report), withVariables(ProcessModel.CLEARANCE_DECISION, "CLEAR"));
		Assertions.assertThat(tasks.of("complete")).endsWith(ProcessModel.DEPARTMENT_CONFIDENTIALITY_REVIEW);

		executeAllJobs();
		verify(publishDepartmentReportDelegate).execute(any());
		assertThat(report).hasPassed("departmentReportPublished").isEnded();
	}

	@Test
	void endsThisVersionWhenTheHeadOrTheOfficerReturnsIt() throws Exception {
		ProcessInstance returnedByHead = start();
		complete(task(returnedByHead), withVariables(ProcessModel.SIGN_DECISION, "RETURN"));
		assertThat(returnedByHead).hasPassed("departmentReportReturned").isEnded();

		ProcessInstance returnedByOfficer = start();
		complete(task(returnedByOfficer), withVariables(ProcessModel.SIGN_DECISION, "SIGN"));
		complete(task(returnedByOfficer), withVariables(ProcessModel.CLEARANCE_DECISION, "RETURN"));
		assertThat(returnedByOfficer).hasPassed("departmentReportReturned").isEnded();
		verify(publishDepartmentReportDelegate, never()).execute(any());
	}

	@Test
	void remindsTheOpenStepEveryDay() throws Exception {
		ProcessInstance report = start();

		execute(jobQuery().processInstanceId(report.getId()).timers().activityId("reminderTime").singleResult());

		verify(remindOpenTasksDelegate).execute(any());
		assertThat(report).isWaitingAt(ProcessModel.SIGN_DEPARTMENT_REPORT);
	}

	private static ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(ProcessModel.DEPARTMENT_REPORT, CAMPAIGN + ":sfj:report",
				withVariables(ProcessModel.CAMPAIGN_ID, CAMPAIGN, ProcessModel.DEPARTMENT, "sfj",
						ProcessModel.DEPARTMENT_REPORT_ID, 5L));
	}

}
