package cn.fazhi.annualreport.workflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.catalogue.DepartmentRegistered;
import cn.fazhi.annualreport.security.Roles;

/**
 * The groups of DESIGN §2 in Camunda's identity store, in every profile where the product keeps its own users
 * (with Keycloak the groups come from the realm and the store is read-only): the role groups at start-up, a
 * department's liaison and head groups when it is registered. Administrators then add users to them in Camunda
 * Admin.
 */
@Component
@Order(15)
class IdentityGroups implements ApplicationRunner {

	private final IdentityService identity;

	IdentityGroups(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public void run(ApplicationArguments args) {
		ensure(Roles.LEGAL_REVIEWERS, "司法局审核员", Groups.GROUP_TYPE_WORKFLOW);
		ensure(Roles.REPORT_ADMINS, "依法治区办统稿人", Groups.GROUP_TYPE_WORKFLOW);
		ensure(Roles.LEADERS, "政府主要负责人", Groups.GROUP_TYPE_WORKFLOW);
		ensure(Roles.DISCLOSURE_OFFICERS, "保密审查和政务公开", Groups.GROUP_TYPE_WORKFLOW);
		ensure(Roles.ADMINISTRATORS, "系统管理员", Groups.GROUP_TYPE_SYSTEM);
	}

	@EventListener
	public void on(DepartmentRegistered department) {
		ensure(Roles.liaison(department.code()), department.name() + "联络员", Groups.GROUP_TYPE_WORKFLOW);
		ensure(Roles.head(department.code()), department.name() + "主要负责人", Groups.GROUP_TYPE_WORKFLOW);
	}

	private void ensure(String id, String name, String type) {
		if (identity.isReadOnly() || identity.createGroupQuery().groupId(id).count() > 0) {
			return;
		}
		Group group = identity.newGroup(id);
		group.setName(name);
		group.setType(type);
		identity.saveGroup(group);
	}

}
