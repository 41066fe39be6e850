package cn.fazhi.annualreport.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.workflow.OpenTasks;

/**
 * {@code remindOpenTasks}, reached by the daily timer: today's reminder or escalation for every open user task of
 * the process instance. A task that was completed has no timer and no reminder left.
 */
@Component("remindOpenTasksDelegate")
class RemindOpenTasksDelegate implements JavaDelegate {

	private final OpenTasks openTasks;

	RemindOpenTasksDelegate(OpenTasks openTasks) {
		this.openTasks = openTasks;
	}

	@Override
	public void execute(DelegateExecution execution) {
		openTasks.remind(execution.getProcessInstanceId());
	}

}
