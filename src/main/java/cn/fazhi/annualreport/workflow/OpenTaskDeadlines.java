package cn.fazhi.annualreport.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.campaign.DeadlinesChanged;
import cn.fazhi.annualreport.campaign.Step;
import cn.fazhi.annualreport.campaign.StepDeadlines;
import cn.fazhi.annualreport.report.ReportService;
import cn.fazhi.annualreport.section.SectionExtensions;
import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.section.SectionService;
import cn.fazhi.annualreport.system.BusinessTime;

/**
 * When an editor changes a campaign's deadlines, every open step of the campaign gets the due date it would have
 * had, counted from the day it started; an extension granted for the step still holds. The daily reminders read the
 * task's due date, so they follow.
 */
@Component
class OpenTaskDeadlines {

	private final TaskService tasks;

	private final StepDeadlines deadlines;

	private final SectionService sections;

	private final SectionExtensions extensions;

	private final ReportService reports;

	private final UserTasks userTasks;

	OpenTaskDeadlines(TaskService tasks, StepDeadlines deadlines, SectionService sections,
			SectionExtensions extensions, ReportService reports, UserTasks userTasks) {
		this.userTasks = userTasks;
		this.tasks = tasks;
		this.deadlines = deadlines;
		this.sections = sections;
		this.extensions = extensions;
		this.reports = reports;
	}

	@EventListener
	public void on(DeadlinesChanged changed) {
		long campaignId = changed.campaignId();
		List<Task> open = new ArrayList<>(
				tasks.createTaskQuery().processInstanceBusinessKey(ProcessModel.businessKey(campaignId)).list());
		open.addAll(tasks.createTaskQuery().processInstanceBusinessKeyLike(campaignId + ":%").list());
		for (Task task : open) {
			Step step = userTasks.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
			LocalDate started = LocalDate.ofInstant(task.getCreateTime().toInstant(), BusinessTime.ZONE);
			LocalDate due = deadlines.dueFor(campaignId, step, started);
			String department = (String) tasks.getVariable(task.getId(), ProcessModel.DEPARTMENT);
			if (department == null) {
				reports.dueBy(campaignId, due);
			}
			else if (step != Step.EXTENSION_DECISION && step != Step.DEPARTMENT_REPORT) {
				SectionKey key = new SectionKey(campaignId, department);
				LocalDate extended = extensions.grantedSince(key, task.getCreateTime().toInstant()).orElse(due);
				due = extended.isAfter(due) ? extended : due;
				sections.dueBy(key, due);
			}
			tasks.setDueDate(task.getId(), UserTasks.endOf(due));
		}
	}

}
