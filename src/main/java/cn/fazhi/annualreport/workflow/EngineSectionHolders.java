package cn.fazhi.annualreport.workflow;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.campaign.SectionHolders;
import cn.fazhi.annualreport.security.Person;
import cn.fazhi.annualreport.security.UserDirectory;

/**
 * Who holds each section of a campaign, in a fixed number of queries whatever the number of departments: the open
 * section steps, their processes' business keys, and the members of each group that may take a step, read from the
 * BPMN's {@code camunda:candidateGroups} so that it never disagrees with Tasklist.
 */
@Component
class EngineSectionHolders implements SectionHolders {

	/** A group's members change rarely; a dashboard may show them a minute late. */
	private static final Duration MEMBERS_KEPT = Duration.ofMinutes(1);

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final UserDirectory directory;

	private final Cache<String, List<String>> membersByGroup = Caffeine.newBuilder()
		.expireAfterWrite(MEMBERS_KEPT)
		.maximumSize(10_000)
		.build();

	EngineSectionHolders(TaskService tasks, RuntimeService runtime, RepositoryService repository,
			UserDirectory directory) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.repository = repository;
		this.directory = directory;
	}

	@Override
	public Map<String, Holder> holdersOf(long campaignId) {
		Map<String, String> departments = new HashMap<>();
		runtime.createProcessInstanceQuery()
			.processDefinitionKey(ProcessModel.DEPARTMENT_SECTION)
			.processInstanceBusinessKeyLike(ProcessModel.businessKey(campaignId) + ":%")
			.list()
			.forEach(process -> departments.put(process.getId(), ProcessModel.departmentOf(process.getBusinessKey())));
		if (departments.isEmpty()) {
			return Map.of();
		}
		List<Task> open = tasks.createTaskQuery()
			.processInstanceIdIn(departments.keySet().toArray(String[]::new))
			.taskDefinitionKeyIn(ProcessModel.SECTION_STEPS)
			.list();
		Map<String, Holder> holders = new HashMap<>();
		for (Task task : open) {
			String department = departments.get(task.getProcessInstanceId());
			List<String> names = task.getAssignee() != null
					? List.of(directory.displayName(task.getAssignee()))
					: candidateGroups(task, department).stream()
						.flatMap(group -> membersOf(group).stream())
						.distinct()
						.toList();
			holders.put(department, new Holder(task.getTaskDefinitionKey(), names, task.getAssignee() != null));
		}
		return holders;
	}

	/** The task's groups as the BPMN names them, e.g. {@code head-${department}} for the head of the department. */
	private Set<String> candidateGroups(Task task, String department) {
		UserTask element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
			.getModelElementById(task.getTaskDefinitionKey());
		String groups = element == null ? null : element.getCamundaCandidateGroups();
		if (groups == null) {
			return Set.of();
		}
		Set<String> resolved = new LinkedHashSet<>();
		Arrays.stream(groups.split(","))
			.map(String::trim)
			.map(group -> group.replace("${" + ProcessModel.DEPARTMENT + "}", department))
			.forEach(resolved::add);
		return resolved;
	}

	private List<String> membersOf(String group) {
		return membersByGroup.get(group,
				g -> directory.membersOf(g).stream().map(Person::displayName).toList());
	}

}
