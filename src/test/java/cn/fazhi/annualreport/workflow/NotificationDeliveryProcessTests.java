package cn.fazhi.annualreport.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * {@code notification-delivery}: mail goes out in a job of its own, after the transaction that wrote it; a mail
 * server that refuses it is retried after 1, 5, 15, 60 and 240 minutes, then the failure becomes an incident.
 */
@Deployment(resources = "bpmn/notification-delivery.bpmn")
class NotificationDeliveryProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage("notification-delivery-tests");

	final JavaDelegate deliverNotificationsDelegate = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		init(engine.getProcessEngine());
		Mocks.register("deliverNotificationsDelegate", deliverNotificationsDelegate);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void sendsTheBatchInABackgroundJob() throws Exception {
		ProcessInstance delivery = start();

		assertThat(delivery).isWaitingAt(ProcessModel.DELIVER_NOTIFICATIONS);
		execute(jobQuery().singleResult());

		verify(deliverNotificationsDelegate).execute(any());
		assertThat(delivery).hasPassed("notificationsDelivered").isEnded();
	}

	@Test
	void retriesARefusedDeliveryWithGrowingIntervalsThenRaisesAnIncident() throws Exception {
		doThrow(new IllegalStateException("554 mailbox unavailable")).when(deliverNotificationsDelegate).execute(any());
		ProcessInstance delivery = start();
		List<Duration> waits = new ArrayList<>();

		Job pending = jobQuery().singleResult();
		while (pending.getRetries() > 0) {
			Instant failedAt = Instant.parse("2027-01-05T02:00:00Z").plus(Duration.ofHours(waits.size() * 10L));
			ClockUtil.setCurrentTime(Date.from(failedAt));
			String jobId = pending.getId();
			Assertions.assertThatThrownBy(() -> managementService().executeJob(jobId))
				.hasMessageContaining("554 mailbox unavailable");
			pending = jobQuery().singleResult();
			if (pending.getRetries() > 0) {
				waits.add(Duration.between(failedAt, pending.getDuedate().toInstant()));
			}
		}

		Assertions.assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5),
				Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4));
		Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(delivery.getId()).count())
			.isEqualTo(1);
		assertThat(delivery).isWaitingAt(ProcessModel.DELIVER_NOTIFICATIONS);
	}

	private static ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(ProcessModel.NOTIFICATION_DELIVERY, "batch-1",
				withVariables(ProcessModel.BATCH_ID, "batch-1"));
	}

}
