package cn.fazhi.annualreport.workflow.identity;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.security.Roles;

/**
 * What the engine's authorization checks need for the product's roles to work in Tasklist, in every profile:
 * administrators may do everything; everybody may open Tasklist, see its filters, the process diagrams and who is
 * who. Tasks themselves stay visible only to their candidate groups, which the engine grants when it creates a task.
 */
@Component
@Order(30)
class EngineAuthorizations implements ApplicationRunner {

	static final String MY_TASKS = "我的待办";

	static final String CLAIMED_TASKS = "我已认领";

	private final AuthorizationService authorizations;

	private final FilterService filters;

	private final TaskService tasks;

	EngineAuthorizations(AuthorizationService authorizations, FilterService filters, TaskService tasks) {
		this.authorizations = authorizations;
		this.filters = filters;
		this.tasks = tasks;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Resources resource : Resources.values()) {
			grantGroup(Roles.ADMINISTRATORS, resource, Authorization.ANY, Permissions.ALL);
		}
		grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grantEveryone(Resources.FILTER, Authorization.ANY, Permissions.READ);
		grantEveryone(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
		grantEveryone(Resources.USER, Authorization.ANY, Permissions.READ);
		grantEveryone(Resources.GROUP, Authorization.ANY, Permissions.READ);
		filter(MY_TASKS, "待我或我所在的组办理的任务，按截止日期排列", -10,
				tasks.createTaskQuery()
					.or()
					.taskAssigneeExpression("${currentUser()}")
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.endOr()
					.orderByDueDate()
					.asc());
		filter(CLAIMED_TASKS, "我已认领的任务", 0,
				tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
	}

	private void grantGroup(String groupId, Resource resource, String resourceId, Permission permission) {
		if (authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.count() == 0) {
			Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			grant.setGroupId(groupId);
			grant.setResource(resource);
			grant.setResourceId(resourceId);
			grant.addPermission(permission);
			authorizations.saveAuthorization(grant);
		}
	}

	private void grantEveryone(Resource resource, String resourceId, Permission permission) {
		if (authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GLOBAL)
			.resourceType(resource)
			.resourceId(resourceId)
			.hasPermission(permission)
			.count() == 0) {
			Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
			grant.setUserId(Authorization.ANY);
			grant.setResource(resource);
			grant.setResourceId(resourceId);
			grant.addPermission(permission);
			authorizations.saveAuthorization(grant);
		}
	}

	private void filter(String name, String description, int priority, TaskQuery query) {
		if (filters.createFilterQuery().filterName(name).count() == 0) {
			Filter filter = filters.newTaskFilter(name)
				.setQuery(query)
				.setProperties(Map.of("description", description, "priority", priority, "refresh", true));
			filters.saveFilter(filter);
		}
	}

}
