package cn.fazhi.annualreport.workflow.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.catalogue.GovernmentRegistered;
import cn.fazhi.annualreport.security.GovernmentRoles;

/**
 * The demo government's people (DESIGN §6), default profile only: a liaison and a head for every department, one
 * user per central role, and {@code admin}. Every password is {@code demo}. Runs after the departments and the
 * groups exist, and is safe to run on every start.
 */
@Component
@Profile("default")
@Order(20)
class DemoIdentity implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private final IdentityService identity;

	private final Catalogue catalogue;

	/** The first demo user's stored password (hash and salt), given to the others: they all have the same one. */
	private UserEntity hashedOnce;

	DemoIdentity(IdentityService identity, Catalogue catalogue) {
		this.identity = identity;
		this.catalogue = catalogue;
	}

	@Override
	public void run(ApplicationArguments args) {
		user("reviewer", "司法局", "审核员", Roles.LEGAL_REVIEWERS);
		user("editor", "依法治区办", "统稿人", Roles.REPORT_ADMINS);
		user("leader", "区政府", "主要负责人", Roles.LEADERS);
		user("officer", "政务公开办", "保密审查员", Roles.DISCLOSURE_OFFICERS);
		user("admin", "系统", "管理员", Roles.ADMINISTRATORS, Roles.REPORT_ADMINS);
		user("overseer", "依法治市办", "督导员", Roles.OVERSIGHT);
		// each district its own reviewer, editor, leader and officer: reviewer-dq…
		for (Department government : catalogue.governments()) {
			GovernmentRoles roles = GovernmentRoles.of(government.getCode());
			if (roles.equals(GovernmentRoles.DEFAULT)) {
				continue;
			}
			String code = government.getCode();
			String name = new GovernmentRegistered(code, government.getName()).shortName();
			user("reviewer-" + code, name + "司法局", "审核员", roles.legalReviewers());
			user("editor-" + code, name + "依法治区办", "统稿人", roles.reportAdmins());
			user("leader-" + code, government.getName(), "主要负责人", roles.leaders());
			user("officer-" + code, name + "政务公开办", "保密审查员", roles.disclosureOfficers());
		}
		for (Department department : catalogue.writingUnits()) {
			String liaison = Roles.liaison(department.getCode());
			String head = Roles.head(department.getCode());
			user(liaison, department.getName(), "联络员", liaison);
			user(head, department.getName(), "主要负责人", head);
		}
	}

	private void user(String id, String unit, String title, String... groups) {
		if (identity.createUserQuery().userId(id).count() == 0) {
			User user = identity.newUser(id);
			user.setLastName(unit);
			user.setFirstName(title);
			user.setEmail(id + "@example.com");
			storeDemoPassword(user);
			identity.saveUser(user);
			if (hashedOnce == null) {
				hashedOnce = (UserEntity) identity.createUserQuery().userId(id).singleResult();
			}
		}
		List<String> missing = new ArrayList<>(List.of(groups));
		identity.createGroupQuery().groupMember(id).list().forEach(g -> missing.remove(g.getId()));
		missing.forEach(group -> identity.createMembership(id, group));
	}

	/**
	 * Every demo user's password is {@code demo}: the slow hash (see {@link PasswordHashing}) is computed for the
	 * first one, and its result stored for the others too, so that a new demo database does not spend seconds at
	 * start-up hashing the same word twenty times.
	 */
	private void storeDemoPassword(User user) {
		if (hashedOnce == null) {
			user.setPassword(PASSWORD);
			return;
		}
		UserEntity entity = (UserEntity) user;
		entity.setDbPassword(hashedOnce.getPassword());
		entity.setSalt(hashedOnce.getSalt());
	}

}
