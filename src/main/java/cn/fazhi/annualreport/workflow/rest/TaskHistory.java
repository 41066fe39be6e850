package cn.fazhi.annualreport.workflow.rest;

import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

import cn.fazhi.annualreport.security.CurrentUser;

/**
 * What the engine's history says of a task that is no longer open, whoever asks: the engine would filter these
 * queries by the caller's history permissions, which the product's users do not have. Only yes or no leaves here.
 */
class TaskHistory {

	private final HistoryService history;

	private final IdentityService identity;

	TaskHistory(HistoryService history, IdentityService identity) {
		this.history = history;
		this.identity = identity;
	}

	/** The task existed: a request naming it came a moment after someone completed it. */
	boolean existed(String taskId) {
		return unfiltered(() -> history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0);
	}

	/** The task was the user's to do: its history names them or one of their groups. */
	boolean wasFor(CurrentUser user, String taskId) {
		return unfiltered(() -> history.createHistoricIdentityLinkLogQuery()
			.taskId(taskId)
			.list()
			.stream()
			.anyMatch(link -> user.id().equals(link.getUserId()) || user.groups().contains(link.getGroupId())));
	}

	/** The task was the user's and has just been completed, by them or a colleague. */
	boolean justCompletedFor(CurrentUser user, String taskId) {
		return wasFor(user, taskId)
				&& unfiltered(() -> history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0);
	}

	private <T> T unfiltered(Supplier<T> query) {
		Authentication caller = identity.getCurrentAuthentication();
		identity.clearAuthentication();
		try {
			return query.get();
		}
		finally {
			if (caller != null) {
				identity.setAuthentication(caller);
			}
		}
	}

}
