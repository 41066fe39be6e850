package cn.fazhi.annualreport.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.campaign.Campaign;
import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.deadline.DueStep;
import cn.fazhi.annualreport.deadline.DueSteps;
import cn.fazhi.annualreport.deadline.ReminderRules;
import cn.fazhi.annualreport.notification.OpenTask;
import cn.fazhi.annualreport.notification.TaskReminders;
import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.section.SectionSteps;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.BusinessTime;

/** The user tasks waiting in a process instance, as the reminders and the calendar feed describe them. */
@Component
public class OpenTasks implements DueSteps, SectionSteps {

	private final TaskService tasks;

	private final TaskReminders reminders;

	private final CampaignService campaigns;

	private final Catalogue catalogue;

	private final ReminderRules rules;

	private final Clock clock;

	private final RepositoryService repository;

	private final UserTasks userTasks;

	private final MessageSource messages;

	OpenTasks(TaskService tasks, TaskReminders reminders, ReminderRules rules, CampaignService campaigns,
			Catalogue catalogue, Clock clock, RepositoryService repository, UserTasks userTasks,
			MessageSource messages) {
		this.repository = repository;
		this.userTasks = userTasks;
		this.messages = messages;
		this.tasks = tasks;
		this.reminders = reminders;
		this.rules = rules;
		this.campaigns = campaigns;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** Today's reminders for every open task of the process instance. */
	public void remind(String processInstanceId) {
		LocalDate today = BusinessTime.today(clock);
		// most days most tasks have no reminder: only those that do are looked up in full
		for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
			rules.on(today, ProcessModel.dueDay(task.getDueDate())).ifPresent(reminder -> reminders.remind(describe(task), reminder, today));
		}
	}

	/** Every step the user holds or may take, for the calendar feed. */
	@Override
	public List<DueStep> of(CurrentUser user) {
		List<String> groups = List.copyOf(user.groups());
		TaskQuery query = tasks.createTaskQuery().or().taskAssignee(user.id());
		if (!groups.isEmpty()) {
			query.taskCandidateGroupIn(groups);
		}
		return query.endOr()
			.orderByDueDate()
			.asc()
			.list()
			.stream()
			.filter(task -> task.getDueDate() != null)
			.map(this::describe)
			.map(open -> new DueStep("task-" + open.taskId() + "@annual-report",
					(open.departmentName() == null ? "" : open.departmentName() + "·") + open.stepName() + "截止",
					open.dueDate(), open.organization() + open.year() + "年度法治政府建设报告", open.link()))
			.toList();
	}

	@Override
	public Optional<OpenTask> openStep(SectionKey key) {
		return Optional.ofNullable(tasks.createTaskQuery()
			.processDefinitionKey(ProcessModel.DEPARTMENT_SECTION)
			.processInstanceBusinessKey(ProcessModel.businessKey(key))
			.taskDefinitionKeyIn(ProcessModel.SECTION_STEPS)
			.singleResult()).map(this::describe);
	}

	/** A task as the reminders describe it. */
	OpenTask describe(Task task) {
		Map<String, Object> variables = tasks.getVariables(task.getId(),
				List.of(ProcessModel.CAMPAIGN_ID, ProcessModel.DEPARTMENT));
		long campaignId = ((Number) variables.get(ProcessModel.CAMPAIGN_ID)).longValue();
		String department = (String) variables.get(ProcessModel.DEPARTMENT);
		return describe(task.getId(), task.getName(), stepName(task.getProcessDefinitionId(), task.getTaskDefinitionKey()),
				task.getTaskDefinitionKey(), campaigns.get(campaignId), department, task.getDueDate(),
				task.getAssignee(), candidateGroups(tasks.getIdentityLinksForTask(task.getId())));
	}

	/**
	 * A task that is just opening, under the name Tasklist, the work lists and the messages show: the step and what
	 * distinguishes it, e.g. 审核部门报告 · 司法局 · 2026年度.
	 */
	OpenTask opening(DelegateTask task) {
		Campaign campaign = campaigns.get(ProcessModel.campaignId(task));
		String department = ProcessModel.departmentOf(task.getExecution().getProcessBusinessKey());
		String step = task.getBpmnModelElementInstance().getName();
		String name = messages.getMessage("task.name",
				new Object[] { step, department == null ? campaign.getOrganization() : departmentName(department),
						String.valueOf(campaign.getYear()) },
				Locale.SIMPLIFIED_CHINESE);
		return describe(task.getId(), name, step, task.getTaskDefinitionKey(), campaign, department,
				task.getDueDate(), task.getAssignee(), candidateGroups(task.getCandidates()));
	}

	private OpenTask describe(String taskId, String name, String stepName, String key, Campaign campaign,
			String department, Date due, String assignee, List<String> groups) {
		return new OpenTask(taskId, name, stepName, campaign.getOrganization(), campaign.getYear(), campaign.roles(),
				department,
				department == null ? null : departmentName(department), ProcessModel.dueDay(due), assignee, groups,
				userTasks.link(taskId, key, campaign.getId(), department));
	}

	private static List<String> candidateGroups(java.util.Collection<? extends IdentityLink> links) {
		return links.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
	}

	private String departmentName(String department) {
		return catalogue.department(department).map(Department::getName).orElse(department);
	}

	/** The BPMN name of the task, e.g. 审核部门报告; the engine keeps deployed models in its cache. */
	String stepName(String processDefinitionId, String key) {
		FlowElement element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(key);
		return element == null ? key : element.getName();
	}

}
