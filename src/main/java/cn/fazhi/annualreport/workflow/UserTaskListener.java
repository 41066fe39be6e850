package cn.fazhi.annualreport.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.notification.OpenTask;
import cn.fazhi.annualreport.notification.WorkNotices;
import cn.fazhi.annualreport.system.StageConflictException;

/**
 * The life of every user task, as its {@link UserTask} entry declares it: when it opens, the form starts empty,
 * the task is named after what it is about, its digest is written and whoever must do it is told; when it is
 * completed, the feature's rule runs as the person completing it and whom the outcome concerns is told; when it ends
 * either way, the messages that asked for it need nothing more.
 */
@Component("userTask")
class UserTaskListener implements TaskListener {

	private final UserTasks userTasks;

	private final OpenTasks openTasks;

	private final TaskRules rules;

	private final WorkNotices notices;

	UserTaskListener(UserTasks userTasks, OpenTasks openTasks, TaskRules rules, WorkNotices notices) {
		this.userTasks = userTasks;
		this.openTasks = openTasks;
		this.rules = rules;
		this.notices = notices;
	}

	@Override
	public void notify(DelegateTask task) {
		if (task.getEventName() == null) {
			// Camunda names the event only while the task's execution exists: when it does not, a colleague's
			// completion of the same task ended it a moment ago (ten clicks at once), and this one is answered 409
			throw new StageConflictException("problem.task.concurrent");
		}
		UserTask declared = userTasks.of(task.getTaskDefinitionKey());
		switch (task.getEventName()) {
			case EVENTNAME_CREATE -> opened(task, declared);
			case EVENTNAME_COMPLETE -> completed(task, declared);
			case EVENTNAME_DELETE -> notices.taskDone(task.getId());
			default -> throw new IllegalStateException("userTask listens to create, complete and delete, not "
					+ task.getEventName() + " of " + task.getTaskDefinitionKey());
		}
	}

	private void opened(DelegateTask task, UserTask declared) {
		declared.decisions().forEach(variable -> task.getExecution().removeVariable(variable));
		OpenTask open = openTasks.opening(task);
		task.setName(open.taskName());
		declared.summary().ifPresent(summary -> task.setVariableLocal(ProcessModel.SUMMARY, summary.apply(task)));
		declared.opening().accept(task);
		notices.arrived(open, declared.note().apply(task));
	}

	private void completed(DelegateTask task, UserTask declared) {
		rules.apply(task, actor -> declared.completion().complete(task, actor));
		notices.taskDone(task.getId());
		declared.completed().accept(task);
	}

}
