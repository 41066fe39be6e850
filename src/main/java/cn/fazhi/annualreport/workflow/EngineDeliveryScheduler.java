package cn.fazhi.annualreport.workflow;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.notification.DeliveryScheduler;

/**
 * Each batch of messages is delivered by its own {@code notification-delivery} instance, started in the transaction
 * that wrote the messages: its asynchronous step is the job that sends them, retried with back-off, an incident in
 * Cockpit when the retries run out.
 */
@Component
class EngineDeliveryScheduler implements DeliveryScheduler {

	private final RuntimeService runtime;

	EngineDeliveryScheduler(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@Override
	public void scheduleDelivery(String batchId) {
		runtime.startProcessInstanceByKey(ProcessModel.NOTIFICATION_DELIVERY, batchId,
				Map.of(ProcessModel.BATCH_ID, batchId));
	}

}
