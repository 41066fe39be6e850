package cn.fazhi.annualreport.workflow.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.Person;
import cn.fazhi.annualreport.security.UserDirectory;

/** Users, passwords and groups from Camunda's identity service, the same ones Tasklist and Admin use. */
@Component
class CamundaUserDirectory implements UserDirectory {

	private final IdentityService identity;

	CamundaUserDirectory(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public Optional<CurrentUser> authenticate(String userId, String password) {
		if (userId == null || userId.isBlank() || password == null || !identity.checkPassword(userId, password)) {
			return Optional.empty();
		}
		return load(userId).map(user -> {
			rehash(user, password);
			return currentUser(user);
		});
	}

	/** A password still stored with an older, fast hash gets the slow one now that it is known to be right. */
	private void rehash(User user, String password) {
		if (!identity.isReadOnly() && user.getPassword() != null
				&& !user.getPassword().startsWith("{" + PasswordHashing.ALGORITHM + "}")) {
			user.setPassword(password);
			try {
				identity.saveUser(user);
			}
			catch (OptimisticLockingException ex) {
				// two first sign-ins at once: the other one rehashed it
			}
		}
	}

	@Override
	public Optional<CurrentUser> find(String userId) {
		return load(userId).map(this::currentUser);
	}

	private Optional<User> load(String userId) {
		return Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult());
	}

	private CurrentUser currentUser(User user) {
		Set<String> groups = identity.createGroupQuery()
			.groupMember(user.getId())
			.list()
			.stream()
			.map(Group::getId)
			.collect(Collectors.toSet());
		return new CurrentUser(user.getId(), displayName(user), groups);
	}

	@Override
	public Optional<Person> person(String userId) {
		return load(userId).map(this::person);
	}

	@Override
	public List<Person> membersOf(String groupId) {
		return identity.createUserQuery().memberOfGroup(groupId).list().stream().map(this::person).toList();
	}

	@Override
	public void changePassword(String userId, String password) {
		User user = load(userId).orElse(null);
		if (identity.isReadOnly() || user == null) {
			throw new IllegalStateException("No password of " + userId + " to change here");
		}
		user.setPassword(password);
		identity.saveUser(user);
	}

	private Person person(User user) {
		return new Person(user.getId(), displayName(user), user.getEmail());
	}

	private static String displayName(User user) {
		String name = CurrentUser.fullName(user.getLastName(), user.getFirstName());
		return name.isEmpty() ? user.getId() : name;
	}

}
