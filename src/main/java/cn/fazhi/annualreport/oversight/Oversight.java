package cn.fazhi.annualreport.oversight;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.catalogue.OrganizationKind;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.ForbiddenException;
import cn.fazhi.annualreport.security.GovernmentRoles;
import cn.fazhi.annualreport.security.Roles;

/**
 * Who follows which part of the tree (DESIGN §10): the 依法治市办 and administrators all of it; a government's
 * editors and leaders their government and everything under it, never a neighbour's.
 */
@Component
class Oversight {

	private final Catalogue catalogue;

	Oversight(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The organization, 404 for an unknown code. */
	Department organization(String code) {
		return catalogue.department(code).orElseThrow(() -> new OrganizationNotFoundException(code));
	}

	/** 403 unless the user follows the government's subtree. */
	void requireOverseerOf(Department government, CurrentUser user) {
		if (!overseesSubtree(government, user)) {
			throw new ForbiddenException("problem.forbidden.oversight", government.getName());
		}
	}

	boolean overseesSubtree(Department organization, CurrentUser user) {
		if (user.isMemberOf(Roles.OVERSIGHT) || user.isAdministrator()) {
			return true;
		}
		Department at = organization;
		for (int depth = 0; at != null && depth < 64; depth++) {
			if (at.getKind() == OrganizationKind.GOVERNMENT) {
				GovernmentRoles roles = GovernmentRoles.of(at.getCode());
				if (user.isMemberOf(roles.reportAdmins()) || user.isMemberOf(roles.leaders())) {
					return true;
				}
			}
			at = at.getParentCode() == null ? null : catalogue.department(at.getParentCode()).orElse(null);
		}
		return false;
	}

	/**
	 * 403 unless the user receives what reaches the organization: a government's central roles, a department's or
	 * street's liaison and head, and whoever follows its subtree.
	 */
	void requireReceiverOf(Department organization, CurrentUser user) {
		boolean own = organization.getKind() == OrganizationKind.GOVERNMENT
				? user.oversees(GovernmentRoles.of(organization.getCode())) : user.worksFor(organization.getCode());
		if (!own && !overseesSubtree(organization, user)) {
			throw new ForbiddenException("problem.forbidden.received", organization.getName());
		}
	}

	/**
	 * The government whose subtree the user follows: the whole tree for the 依法治市办 and administrators, else the
	 * first government whose editors or leaders the user is among (the root if none, which the overview refuses).
	 */
	String defaultRoot(CurrentUser user) {
		if (user.isMemberOf(Roles.OVERSIGHT) || user.isAdministrator()) {
			return Catalogue.ROOT;
		}
		return catalogue.governments()
			.stream()
			.filter(g -> user.isMemberOf(GovernmentRoles.of(g.getCode()).reportAdmins())
					|| user.isMemberOf(GovernmentRoles.of(g.getCode()).leaders()))
			.map(Department::getCode)
			.findFirst()
			.orElse(Catalogue.ROOT);
	}

	List<Department> subtree(String code) {
		return catalogue.subtree(code);
	}

}
