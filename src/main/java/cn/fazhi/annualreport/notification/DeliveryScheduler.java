package cn.fazhi.annualreport.notification;

/**
 * Starts the delivery of a batch of messages in a Camunda job, in the current transaction; implemented by the
 * workflow module ({@code notification-delivery} process), whose job retries with back-off and ends in an incident
 * Cockpit shows.
 */
public interface DeliveryScheduler {

	void scheduleDelivery(String batchId);

}
