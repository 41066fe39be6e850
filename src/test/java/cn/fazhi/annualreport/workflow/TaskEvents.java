package cn.fazhi.annualreport.workflow;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

import cn.fazhi.annualreport.security.GovernmentRoles;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Stands in for {@code ${userTask}} and {@code ${userTasks}} in the process tests: records each task event as
 * {@code create:draftSection}, refuses the completions a test asks it to, and gives each task the due date the test
 * set for its key.
 */
final class TaskEvents implements TaskListener {

	private final List<String> events = new ArrayList<>();

	private final Map<String, RuntimeException> refusals = new HashMap<>();

	private final Map<String, Date> dueDates = new HashMap<>();

	/** Whose report the processes serve: the default government's unless a test says otherwise. */
	private GovernmentRoles roles = GovernmentRoles.DEFAULT;

	/** Registers itself, and a {@link UserTasks} that answers the due dates, with the engine's mock beans. */
	static TaskEvents register() {
		TaskEvents events = new TaskEvents();
		UserTasks userTasks = mock(UserTasks.class);
		when(userTasks.due(any(DelegateExecution.class)))
			.thenAnswer(call -> events.dueDates.get(call.<DelegateExecution>getArgument(0).getCurrentActivityId()));
		CampaignRoles campaignRoles = mock(CampaignRoles.class);
		when(campaignRoles.of(any(DelegateExecution.class))).thenAnswer(call -> events.roles);
		Mocks.register("userTask", events);
		Mocks.register("userTasks", userTasks);
		Mocks.register("campaignRoles", campaignRoles);
		return events;
	}

	/** The processes serve the report of the government with this code from now on. */
	TaskEvents governedBy(String government) {
		roles = GovernmentRoles.of(government);
		return this;
	}

	TaskEvents due(Date date, String... taskKeys) {
		for (String key : taskKeys) {
			dueDates.put(key, date);
		}
		return this;
	}

	void refuseCompleting(String taskKey, RuntimeException refusal) {
		refusals.put(taskKey, refusal);
	}

	@Override
	public void notify(DelegateTask task) {
		events.add(task.getEventName() + ":" + task.getTaskDefinitionKey());
		RuntimeException refusal = refusals.get(task.getTaskDefinitionKey());
		if (refusal != null && EVENTNAME_COMPLETE.equals(task.getEventName())) {
			throw refusal;
		}
	}

	/** The task keys of one kind of event, in order, e.g. {@code of("complete")}. */
	List<String> of(String event) {
		return events.stream()
			.filter(e -> e.startsWith(event + ":"))
			.map(e -> e.substring(event.length() + 1))
			.toList();
	}

	List<String> all() {
		return List.copyOf(events);
	}

}
