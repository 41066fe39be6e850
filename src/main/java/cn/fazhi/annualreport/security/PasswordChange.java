package cn.fazhi.annualreport.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.system.FieldProblem;
import cn.fazhi.annualreport.system.InvalidInputException;

/**
 * Users of the product's own directory change their password themselves: the current one is checked as a sign-in is
 * (throttled, so this is no way around the login form's limits), the new one must be long enough and not the old one.
 * Camunda's own profile and password pages are administrators' only.
 */
@Component
@Profile("!keycloak")
class PasswordChange {

	/** NIST SP 800-63B asks at least 8; the product's users type a sentence rather than a word. */
	static final int SHORTEST = 10;

	static final int LONGEST = 128;

	private final DirectoryAuthenticationProvider signIn;

	private final UserDirectory directory;

	private final VerifiedCredentials verified;

	PasswordChange(DirectoryAuthenticationProvider signIn, UserDirectory directory, VerifiedCredentials verified) {
		this.signIn = signIn;
		this.directory = directory;
		this.verified = verified;
	}

	/**
	 * Changes the user's password; {@code details} are the request's, for the throttle. A wrong current password is
	 * refused as on the login form (and counted), a new one that does not do with 400.
	 */
	void change(CurrentUser user, String current, String next, String repeated, Object details) {
		List<FieldProblem> problems = new ArrayList<>();
		if (next == null || next.codePointCount(0, next.length()) < SHORTEST) {
			problems.add(new FieldProblem("新密码", "problem.password.too-short", SHORTEST));
		}
		else if (next.codePointCount(0, next.length()) > LONGEST) {
			problems.add(new FieldProblem("新密码", "problem.text-too-long", LONGEST));
		}
		else if (next.equalsIgnoreCase(user.id()) || next.equals(current)) {
			problems.add(new FieldProblem("新密码", "problem.password.same"));
		}
		if (next != null && !next.equals(repeated)) {
			problems.add(new FieldProblem("再次输入新密码", "problem.password.repeated"));
		}
		UsernamePasswordAuthenticationToken check = UsernamePasswordAuthenticationToken.unauthenticated(user.id(),
				current == null ? "" : current);
		check.setDetails(details);
		// throws as a sign-in does: wrong password, or too many tries
		signIn.authenticate(check);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		directory.changePassword(user.id(), next);
		verified.forget(user.id());
	}

}
