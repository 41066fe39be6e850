package cn.fazhi.annualreport.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.campaign.Campaign;
import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.deadline.WorkingCalendar;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.workbench.WorkItem;
import cn.fazhi.annualreport.workbench.WorkList;

/**
 * The user's work from the engine's tasks, in a fixed number of queries whatever the number of tasks: the tasks,
 * their processes' business keys, their campaigns, the department catalogue and the steps' names, once per process
 * definition.
 */
@Component
class EngineWorkList implements WorkList {

	/** Open tasks listed at most; a reviewer of a province's forty departments per government stays well below. */
	static final int OPEN_LISTED = 500;

	/** Finished tasks listed, most recent first. */
	static final int DONE_LISTED = 100;

	private static final String COMPLETED = "completed";

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final HistoryService history;

	private final CampaignService campaigns;

	private final Catalogue catalogue;

	private final UserDirectory directory;

	private final WorkingCalendar calendar;

	private final OpenTasks openTasks;

	private final UserTasks userTasks;

	private final Clock clock;

	EngineWorkList(TaskService tasks, RuntimeService runtime, HistoryService history, CampaignService campaigns,
			Catalogue catalogue, UserDirectory directory, WorkingCalendar calendar, OpenTasks openTasks,
			UserTasks userTasks, Clock clock) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.history = history;
		this.campaigns = campaigns;
		this.catalogue = catalogue;
		this.directory = directory;
		this.calendar = calendar;
		this.openTasks = openTasks;
		this.userTasks = userTasks;
		this.clock = clock;
	}

	@Override
	public List<WorkItem> open(CurrentUser user) {
		TaskQuery query = tasks.createTaskQuery();
		if (user.groups().isEmpty()) {
			query.taskAssignee(user.id());
		}
		else {
			query.or()
				.taskAssignee(user.id())
				.taskCandidateGroupIn(List.copyOf(user.groups()))
				.includeAssignedTasks()
				.endOr();
		}
		List<Task> open = query.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, OPEN_LISTED);
		if (open.isEmpty()) {
			return List.of();
		}
		Map<String, String> businessKeys = runtime.createProcessInstanceQuery()
			.processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
			.list()
			.stream()
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
		Described described = new Described(businessKeys.values());
		return open.stream()
			.filter(task -> businessKeys.containsKey(task.getProcessInstanceId()))
			.map(task -> described.item(task.getId(), task.getName(), task.getTaskDefinitionKey(),
					task.getProcessDefinitionId(), businessKeys.get(task.getProcessInstanceId()), task.getDueDate(),
					task.getAssignee(), null))
			.toList();
	}

	@Override
	public List<WorkItem> done(CurrentUser user) {
		List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery()
			.taskAssignee(user.id())
			.finished()
			.taskDeleteReason(COMPLETED)
			.orderByHistoricTaskInstanceEndTime()
			.desc()
			.listPage(0, DONE_LISTED);
		if (done.isEmpty()) {
			return List.of();
		}
		Map<String, String> businessKeys = history.createHistoricProcessInstanceQuery()
			.processInstanceIds(done.stream().map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet()))
			.list()
			.stream()
			.collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
		Described described = new Described(businessKeys.values());
		return done.stream()
			.filter(task -> businessKeys.containsKey(task.getProcessInstanceId()))
			.map(task -> described.item(task.getId(), task.getName(), task.getTaskDefinitionKey(),
					task.getProcessDefinitionId(), businessKeys.get(task.getProcessInstanceId()), task.getDueDate(),
					task.getAssignee(), task.getEndTime().toInstant()))
			.toList();
	}

	/** What one answer needs to describe its tasks, looked up once for all of them. */
	private final class Described {

		private final Map<Long, Campaign> campaignsById;

		private final Map<String, String> departmentNames;

		private final Map<String, String> people = new HashMap<>();

		private final Map<LocalDate, Integer> daysLeftByDue = new HashMap<>();

		/**
		 * Step names by process definition and step: the engine reads the definition from the database each time it
		 * is asked for a model, once per task otherwise.
		 */
		private final Map<String, String> stepNames = new HashMap<>();

		private final LocalDate today = BusinessTime.today(clock);

		Described(java.util.Collection<String> businessKeys) {
			Set<Long> ids = businessKeys.stream().map(ProcessModel::campaignIdOf).collect(Collectors.toSet());
			campaignsById = campaigns.byId(ids);
			// the names of every government's departments and streets: a work list may span governments
			departmentNames = catalogue.writingUnits()
				.stream()
				.collect(Collectors.toMap(Department::getCode, Department::getName));
		}

		WorkItem item(String taskId, String name, String key, String processDefinitionId, String businessKey,
				Date dueDate, String assignee, Instant completedAt) {
			long campaignId = ProcessModel.campaignIdOf(businessKey);
			String department = ProcessModel.departmentOf(businessKey);
			Campaign campaign = campaignsById.get(campaignId);
			LocalDate due = ProcessModel.dueDay(dueDate);
			// many tasks share a due day: count its working days once
			Integer daysLeft = due == null ? null
					: daysLeftByDue.computeIfAbsent(due, day -> calendar.workingDaysLeft(today, day));
			boolean overdue = completedAt == null && due != null && due.isBefore(today);
			String stepName = stepNames.computeIfAbsent(processDefinitionId + '\n' + key,
					step -> openTasks.stepName(processDefinitionId, key));
			return new WorkItem(taskId, name, key, stepName, campaignId,
					campaign == null ? null : campaign.getOrganization(), campaign == null ? 0 : campaign.getYear(),
					department, department == null ? null : departmentNames.getOrDefault(department, department), due,
					completedAt == null ? daysLeft : null, overdue,
					assignee == null ? null : people.computeIfAbsent(assignee, directory::displayName),
					completedAt == null ? userTasks.link(taskId, key, campaignId, department)
							: "/campaigns/" + campaignId + (department == null ? "/report" : "/sections/" + department),
					completedAt);
		}

	}

}
