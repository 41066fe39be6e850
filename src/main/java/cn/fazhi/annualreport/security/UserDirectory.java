package cn.fazhi.annualreport.security;

import java.util.Optional;

/**
 * Where users, their passwords and their groups live: Camunda's identity service by default, Keycloak in the
 * {@code keycloak} profile. Implemented by the workflow module, which owns every use of the engine API.
 */
public interface UserDirectory {

	/** The user if the password is right, else empty. */
	Optional<CurrentUser> authenticate(String userId, String password);

	Optional<CurrentUser> find(String userId);

	Optional<Person> person(String userId);

	/** How the person is shown to others; the id of someone the directory no longer knows. */
	default String displayName(String userId) {
		return person(userId).map(Person::displayName).orElse(userId);
	}

	/** Everyone in the group, e.g. the liaisons of a department. */
	java.util.List<Person> membersOf(String groupId);

	/** Stores the user's new password (the product's own users; a realm's users change theirs in Keycloak). */
	void changePassword(String userId, String password);

}
