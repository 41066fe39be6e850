package cn.fazhi.annualreport.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who a Keycloak token says the user is, in the product's terms. */
class KeycloakSignInTests {

	@Test
	void takesTheUserNameAsIdTheGroupsAsRolesAndNamesThePersonFamilyNameFirst() {
		CurrentUser user = KeycloakSignIn.currentUser(token().claim("preferred_username", "liaison-sfj")
			.claim("given_name", "联络员")
			.claim("family_name", "司法局")
			.claim("groups", List.of("liaison-sfj"))
			.build());

		assertThat(user.id()).isEqualTo("liaison-sfj");
		assertThat(user.displayName()).isEqualTo("司法局联络员");
		assertThat(user.isLiaisonOf("sfj")).isTrue();
		assertThat(user.worksFor("scjgj")).isFalse();
	}

	@Test
	void aUserWithoutGroupsMayDoNothingAndWithoutNamesIsCalledByTheUserName() {
		CurrentUser user = KeycloakSignIn.currentUser(token().claim("preferred_username", "newcomer").build());

		assertThat(user.groups()).isEmpty();
		assertThat(user.displayName()).isEqualTo("newcomer");
	}

	@Test
	void refusesATokenThatNamesNobody() {
		assertThatThrownBy(() -> KeycloakSignIn.currentUser(token().claim("sub", "3f1c").build()))
			.isInstanceOf(BadCredentialsException.class);
	}

	private static Jwt.Builder token() {
		return Jwt.withTokenValue("token").header("alg", "RS256");
	}

}
