package cn.fazhi.annualreport.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Someone signed in through Keycloak's login page. Spring Security keeps the OIDC user (signing out needs its ID
 * token); the product reads the {@link CurrentUser} it carries. Its name is the Keycloak user name, which Tasklist
 * and the engine take as the user id.
 */
final class KeycloakUser extends DefaultOidcUser {

	private static final long serialVersionUID = 1L;

	private final CurrentUser user;

	KeycloakUser(CurrentUser user, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
			OidcUserInfo userInfo) {
		super(authorities, idToken, userInfo, KeycloakSignIn.USER_NAME);
		this.user = user;
	}

	CurrentUser currentUser() {
		return user;
	}

	/** What the page header shows, as for users of the login form. */
	public String displayName() {
		return user.displayName();
	}

}
