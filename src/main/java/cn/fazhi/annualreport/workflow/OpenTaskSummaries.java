package cn.fazhi.annualreport.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.report.ReportRevised;

/**
 * A task's digest is written when the task opens; the editors keep revising the report while their 统稿 task is
 * open, so each saved revision writes the digest of the campaign's open report tasks again, and their form shows
 * the version they just saved rather than the one the task opened with.
 */
@Component
class OpenTaskSummaries {

	private final TaskService tasks;

	private final UserTasks userTasks;

	private final CommandExecutor commands;

	OpenTaskSummaries(ProcessEngine engine, UserTasks userTasks) {
		this.tasks = engine.getTaskService();
		this.userTasks = userTasks;
		this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getCommandExecutorTxRequired();
	}

	/** Inside the transaction that saved the revision: the digest changes with it or not at all. */
	@EventListener
	public void on(ReportRevised revised) {
		for (Task open : tasks.createTaskQuery()
			.processInstanceBusinessKey(ProcessModel.businessKey(revised.campaignId()))
			.list()) {
			userTasks.of(open.getTaskDefinitionKey()).summary().ifPresent(summary -> commands.execute(context -> {
				// the declaration renders the digest from the task as the engine holds it, as when the task opened
				TaskEntity task = context.getTaskManager().findTaskById(open.getId());
				task.setVariableLocal(ProcessModel.SUMMARY, summary.apply(task));
				return null;
			}));
		}
	}

}
