package cn.fazhi.annualreport.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
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
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.BusinessTime;

/** The user tasks waiting in a process instance, as the reminders and the calendar feed describe them. */
@Component
public class OpenTasks implements DueSteps {

	private final TaskService tasks;

	private final TaskReminders reminders;

	private final CampaignService campaigns;

	private final Catalogue catalogue;

	private final ReminderRules rules;

	private final Clock clock;

	OpenTasks(TaskService tasks, TaskReminders reminders, ReminderRules rules, CampaignService campaigns,
			Catalogue catalogue, Clock clock) {
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
			rules.on(today, dueDate(task)).ifPresent(reminder -> reminders.remind(describe(task), reminder, today));
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
					(open.departmentName() == null ? "" : open.departmentName() + "·") + open.taskName() + "截止",
					open.dueDate(), open.organization() + open.year() + "年度法治政府建设报告", open.link()))
			.toList();
	}

	OpenTask describe(Task task) {
		Map<String, Object> variables = tasks.getVariables(task.getId(),
				List.of(ProcessModel.CAMPAIGN_ID, ProcessModel.DEPARTMENT));
		long campaignId = ((Number) variables.get(ProcessModel.CAMPAIGN_ID)).longValue();
		String department = (String) variables.get(ProcessModel.DEPARTMENT);
		Campaign campaign = campaigns.get(campaignId);
		List<String> groups = tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
		return new OpenTask(task.getId(), task.getName(), campaign.getOrganization(), campaign.getYear(), department,
				department == null ? null : catalogue.department(department).map(Department::getName).orElse(department),
				dueDate(task), task.getAssignee(), groups, link(task, campaignId, department));
	}

	private static LocalDate dueDate(Task task) {
		return task.getDueDate() == null ? null : LocalDate.ofInstant(task.getDueDate().toInstant(), BusinessTime.ZONE);
	}

	/** The section editor for the liaison's own steps, Tasklist for the steps with a Camunda Form. */
	private static String link(Task task, long campaignId, String department) {
		String key = task.getTaskDefinitionKey();
		if (ProcessModel.DRAFT_SECTION.equals(key) || ProcessModel.REVISE_SECTION.equals(key)) {
			return "/campaigns/" + campaignId + "/sections/" + department;
		}
		return "/camunda/app/tasklist/default/#/?task=" + task.getId();
	}

}
