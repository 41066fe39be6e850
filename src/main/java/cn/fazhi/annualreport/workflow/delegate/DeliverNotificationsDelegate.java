package cn.fazhi.annualreport.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.notification.MailDelivery;
import cn.fazhi.annualreport.workflow.ProcessModel;

/** {@code deliverNotifications}: sends the batch's pending mails; a refusal fails the job for a later retry. */
@Component("deliverNotificationsDelegate")
class DeliverNotificationsDelegate implements JavaDelegate {

	private final MailDelivery delivery;

	DeliverNotificationsDelegate(MailDelivery delivery) {
		this.delivery = delivery;
	}

	@Override
	public void execute(DelegateExecution execution) {
		delivery.deliver((String) execution.getVariable(ProcessModel.BATCH_ID));
	}

}
