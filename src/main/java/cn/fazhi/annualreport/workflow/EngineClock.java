package cn.fazhi.annualreport.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.annualreport.system.BusinessTime;

/**
 * The product's clock is the engine's: timers, due dates and the dates the product writes all move together when a
 * test sets Camunda's {@link ClockUtil}.
 */
@Configuration(proxyBeanMethods = false)
class EngineClock {

	@Bean
	Clock clock() {
		return new ClockUtilClock(BusinessTime.ZONE);
	}

	private static final class ClockUtilClock extends Clock {

		private final ZoneId zone;

		private ClockUtilClock(ZoneId zone) {
			this.zone = zone;
		}

		@Override
		public ZoneId getZone() {
			return zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return new ClockUtilClock(zone);
		}

		@Override
		public Instant instant() {
			return ClockUtil.getCurrentTime().toInstant();
		}

	}

}
