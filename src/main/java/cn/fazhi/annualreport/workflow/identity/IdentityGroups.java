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
import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.GovernmentRegistered;
import cn.fazhi.annualreport.security.GovernmentRoles;

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

	private final Catalogue catalogue;

	IdentityGroups(IdentityService identity, Catalogue catalogue) {
		this.identity = identity;
		this.catalogue = catalogue;
	}

	@Override
	public void run(ApplicationArguments args) {
		ensure(Roles.LEGAL_REVIEWERS, "司法局审核员", Groups.GROUP_TYPE_WORKFLOW);
		ensure(Roles.REPORT_ADMINS, "依法治区办统稿人", Groups.GROUP_TYPE_WORKFLOW);
		ensure(Roles.LEADERS, "政府主要负责人", Groups.GROUP_TYPE_WORKFLOW);
		ensure(Roles.DISCLOSURE_OFFICERS, "保密审查和政务公开", Groups.GROUP_TYPE_WORKFLOW);
		ensure(Roles.OVERSIGHT, "依法治市办", Groups.GROUP_TYPE_WORKFLOW);
		ensure(Roles.ADMINISTRATORS, "系统管理员", Groups.GROUP_TYPE_SYSTEM);
		catalogue.governments().forEach(g -> on(new GovernmentRegistered(g.getCode(), g.getName())));
	}

	/** Every government other than the default one has central roles of its own, named with its code. */
	@EventListener
	public void on(GovernmentRegistered government) {
		GovernmentRoles roles = GovernmentRoles.of(government.code());
		if (roles.equals(GovernmentRoles.DEFAULT)) {
			return;
		}
		String name = government.shortName();
		ensure(roles.legalReviewers(), name + "司法局审核员", Groups.GROUP_TYPE_WORKFLOW);
		ensure(roles.reportAdmins(), name + "依法治区办统稿人", Groups.GROUP_TYPE_WORKFLOW);
		ensure(roles.leaders(), government.name() + "主要负责人", Groups.GROUP_TYPE_WORKFLOW);
		ensure(roles.disclosureOfficers(), name + "保密审查和政务公开", Groups.GROUP_TYPE_WORKFLOW);
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
