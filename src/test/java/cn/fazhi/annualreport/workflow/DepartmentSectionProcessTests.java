package cn.fazhi.annualreport.workflow;

import java.time.Instant;
import java.util.Date;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
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

	final TaskListener sectionScheduled = mock(TaskListener.class);

	final TaskListener sectionSubmitted = mock(TaskListener.class);

	final TaskListener sectionConfirmed = mock(TaskListener.class);

	final TaskListener sectionReviewed = mock(TaskListener.class);

	final TaskListener taskSummary = mock(TaskListener.class);

	final TaskDueDates dueDates = mock(TaskDueDates.class);

	@BeforeEach
	void registerBeans() {
		init(engine.getProcessEngine());
		Mocks.register("sectionScheduled", sectionScheduled);
		Mocks.register("sectionSubmitted", sectionSubmitted);
		Mocks.register("sectionConfirmed", sectionConfirmed);
		Mocks.register("sectionReviewed", sectionReviewed);
		Mocks.register("taskSummary", taskSummary);
		Mocks.register("dueDates", dueDates);
		when(dueDates.drafting(CAMPAIGN)).thenReturn(DRAFT_DUE);
		when(dueDates.confirmation(CAMPAIGN)).thenReturn(CONFIRM_DUE);
		when(dueDates.review(CAMPAIGN)).thenReturn(REVIEW_DUE);
		when(dueDates.revision(CAMPAIGN)).thenReturn(REVISION_DUE);
	}

	@AfterEach
	void resetBeans() {
		Mocks.reset();
	}

	@Test
	void approvesSectionConfirmedByHeadAndApprovedByReviewer() {
		ProcessInstance section = start("sfj");

		assertThat(section).isWaitingAt(ProcessModel.DRAFT_SECTION);
		assertThat(task(section)).hasCandidateGroup("liaison-sfj").hasDueDate(DRAFT_DUE);
		Assertions.assertThat(formKey(section)).isEqualTo("/campaigns/7/sections/sfj");
		complete(task(section));
		verify(sectionSubmitted).notify(onTask(ProcessModel.DRAFT_SECTION));

		assertThat(section).isWaitingAt(ProcessModel.CONFIRM_SECTION);
		assertThat(task(section)).hasCandidateGroup("head-sfj").hasDueDate(CONFIRM_DUE);
		verify(taskSummary).notify(onTask(ProcessModel.CONFIRM_SECTION));
		complete(task(section), withVariables(ProcessModel.HEAD_DECISION, "CONFIRM"));
		verify(sectionConfirmed).notify(onTask(ProcessModel.CONFIRM_SECTION));

		assertThat(section).isWaitingAt(ProcessModel.REVIEW_SECTION);
		assertThat(task(section)).hasCandidateGroup("legal-reviewers").hasDueDate(REVIEW_DUE);
		complete(task(section), withVariables(ProcessModel.REVIEW_DECISION, "APPROVE"));
		verify(sectionReviewed).notify(onTask(ProcessModel.REVIEW_SECTION));

		assertThat(section).hasPassed("sectionApproved").isEnded();
		verify(sectionScheduled, times(3)).notify(any(DelegateTask.class));
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
		verify(sectionSubmitted, times(2)).notify(any(DelegateTask.class));
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
		verify(sectionReviewed, times(2)).notify(any(DelegateTask.class));
		verify(taskSummary, times(4)).notify(any(DelegateTask.class));
	}

	@Test
	void keepsTaskOpenWhenItsRuleRefusesCompletion() {
		ProcessInstance section = start("rsj");
		doThrow(new IllegalStateException("报告尚不完整")).when(sectionSubmitted).notify(any(DelegateTask.class));

		assertThatThrownBy(() -> complete(task(section))).hasMessageContaining("报告尚不完整");

		assertThat(section).isWaitingAt(ProcessModel.DRAFT_SECTION);
		verify(sectionConfirmed, never()).notify(any(DelegateTask.class));
	}

	private static ProcessInstance start(String department) {
		return runtimeService().startProcessInstanceByKey(ProcessModel.DEPARTMENT_SECTION, CAMPAIGN + ":" + department,
				withVariables(ProcessModel.CAMPAIGN_ID, CAMPAIGN, ProcessModel.DEPARTMENT, department));
	}

	/** The external form Tasklist opens: the product's section editor for this campaign and department. */
	private static String formKey(ProcessInstance section) {
		return formService().getTaskFormData(task(section).getId()).getFormKey();
	}

	private static DelegateTask onTask(String taskKey) {
		return argThat(task -> task != null && taskKey.equals(task.getTaskDefinitionKey()));
	}

}
