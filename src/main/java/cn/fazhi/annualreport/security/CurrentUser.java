package cn.fazhi.annualreport.security;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting, with the groups that decide what they may do. Services receive it explicitly, so the same rule
 * holds whether the action comes from a page, the JSON API, Tasklist or engine-rest.
 */
public record CurrentUser(String id, String displayName, Set<String> groups)
		implements AuthenticatedPrincipal, Serializable {

	public CurrentUser {
		groups = Set.copyOf(groups);
		displayName = displayName == null || displayName.isBlank() ? id : displayName;
	}

	/**
	 * The name people are addressed by, in Chinese order: family name (or unit) first, then given name (or title);
	 * empty if there is neither.
	 */
	public static String fullName(String familyName, String givenName) {
		return (Objects.toString(familyName, "") + Objects.toString(givenName, "")).strip();
	}

	/** Who signed in for this request (login form, HTTP Basic or Keycloak), if anyone. */
	public static Optional<CurrentUser> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Object principal = authentication == null ? null : authentication.getPrincipal();
		if (principal instanceof CurrentUser user) {
			return Optional.of(user);
		}
		if (principal instanceof KeycloakUser user) {
			return Optional.of(user.currentUser());
		}
		return Optional.empty();
	}

	/** Administrators (Cockpit, Admin, the whole engine API). */
	public boolean isAdministrator() {
		return isMemberOf(Roles.ADMINISTRATORS);
	}

	@Override
	public String getName() {
		return id;
	}

	/** The groups as Spring Security authorities, e.g. for {@code hasAuthority('camunda-admin')} on pages. */
	public List<GrantedAuthority> authorities() {
		return groups.stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
	}

	public boolean isMemberOf(String group) {
		return groups.contains(group);
	}

	public boolean isLiaisonOf(String department) {
		return isMemberOf(Roles.liaison(department));
	}

	public boolean isHeadOf(String department) {
		return isMemberOf(Roles.head(department));
	}

	/** Liaison or head: the people who may read the department's unsubmitted drafts. */
	public boolean worksFor(String department) {
		return isLiaisonOf(department) || isHeadOf(department);
	}

	/** Whether the user holds one of the government's central roles, who follow its departments' submitted work. */
	public boolean oversees(GovernmentRoles government) {
		for (String group : government.overseeing()) {
			if (isMemberOf(group)) {
				return true;
			}
		}
		return false;
	}

	/** Throws 403 unless the user is in one of the groups. */
	public CurrentUser require(String... groups) {
		for (String group : groups) {
			if (isMemberOf(group)) {
				return this;
			}
		}
		throw new ForbiddenException("problem.forbidden.role", String.join("、", groups));
	}

}
