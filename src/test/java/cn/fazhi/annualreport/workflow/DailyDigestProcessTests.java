package cn.fazhi.annualreport.workflow;

import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.fazhi.annualreport.system.BusinessTime;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** {@code daily-digest}: a timer starts it every day at 8:30 Beijing time, whatever the server's zone. */
@Deployment(resources = "bpmn/daily-digest.bpmn")
class DailyDigestProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage("daily-digest-tests");

	final JavaDelegate sendDigestDelegate = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		init(engine.getProcessEngine());
		Mocks.register("sendDigestDelegate", sendDigestDelegate);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void sendsTheDigestEveryMorningAtHalfPastEightBeijingTime() throws Exception {
		Job timer = jobQuery().timers().singleResult();
		ZonedDateTime first = timer.getDuedate().toInstant().atZone(BusinessTime.ZONE);
		Assertions.assertThat(first.toLocalTime()).isEqualTo(LocalTime.of(8, 30));

		ClockUtil.setCurrentTime(timer.getDuedate());
		execute(timer);

		verify(sendDigestDelegate).execute(any());
		Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().finished().count()).isEqualTo(1);
		ZonedDateTime next = jobQuery().timers().singleResult().getDuedate().toInstant().atZone(BusinessTime.ZONE);
		Assertions.assertThat(next).isEqualTo(first.plusDays(1));
	}

}
