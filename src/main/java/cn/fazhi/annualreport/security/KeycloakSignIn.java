package cn.fazhi.annualreport.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Keycloak signs people in (the {@code keycloak} profile): pages and the Camunda webapps through the OIDC
 * authorization-code flow, the APIs with Keycloak's bearer tokens. The realm's {@code groups} claim carries the group
 * ids of DESIGN §2, the same ones Camunda reads from the realm, so the product and the engine agree on who may do
 * what. Signing out ends the product's session and Keycloak's.
 */
@Component
@Profile("keycloak")
class KeycloakSignIn implements SignIn {

	/** The client registration of {@code application-keycloak.yml}. */
	static final String REGISTRATION = "keycloak";

	static final String USER_NAME = "preferred_username";

	static final String GROUPS = "groups";

	private final ClientRegistrationRepository registrations;

	private final OidcUserService oidcUsers = new OidcUserService();

	KeycloakSignIn(ClientRegistrationRepository registrations) {
		this.registrations = registrations;
	}

	@Override
	public void api(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.oauth2ResourceServer(server -> server.authenticationEntryPoint(problems)
			.accessDeniedHandler(problems)
			.jwt(jwt -> jwt.jwtAuthenticationConverter(KeycloakSignIn::bearer)));
	}

	@Override
	public void pages(HttpSecurity http) throws Exception {
		OidcClientInitiatedLogoutSuccessHandler endKeycloakSession = new OidcClientInitiatedLogoutSuccessHandler(
				registrations);
		endKeycloakSession.setPostLogoutRedirectUri("{baseUrl}/");
		// PKCE on top of the client secret, as OAuth 2.1 asks (the demo realm requires it)
		DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		http.oauth2Login(login -> login
			// straight to Keycloak's login page: there is only one way in
			.loginPage(OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/"
					+ REGISTRATION)
			.authorizationEndpoint(authorization -> authorization.authorizationRequestResolver(withPkce))
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::signedIn)))
			.logout(logout -> logout.logoutSuccessHandler(endKeycloakSession));
	}

	@Override
	public String challenge() {
		return "Bearer realm=\"annual-report\"";
	}

	/** Keycloak's own address (scheme, host and port of the issuer), where signing out ends its session. */
	@Override
	public String signOutOrigin() {
		URI issuer = URI
			.create(registrations.findByRegistrationId(REGISTRATION).getProviderDetails().getIssuerUri());
		return issuer.getScheme() + "://" + issuer.getAuthority();
	}

	private OidcUser signedIn(OidcUserRequest request) {
		OidcUser user = oidcUsers.loadUser(request);
		CurrentUser current = currentUser(user);
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities.addAll(current.authorities());
		return new KeycloakUser(current, authorities, user.getIdToken(), user.getUserInfo());
	}

	private static PreAuthenticatedAuthenticationToken bearer(Jwt token) {
		CurrentUser user = currentUser(token);
		return new PreAuthenticatedAuthenticationToken(user, token, user.authorities());
	}

	/** The user named by an ID token, user info or access token; Keycloak's user name is the Camunda user id. */
	static CurrentUser currentUser(ClaimAccessor claims) {
		String id = claims.getClaimAsString(USER_NAME);
		if (id == null || id.isBlank()) {
			throw new BadCredentialsException("Keycloak sent no " + USER_NAME);
		}
		String name = CurrentUser.fullName(claims.getClaimAsString("family_name"),
				claims.getClaimAsString("given_name"));
		List<String> groups = claims.hasClaim(GROUPS) ? claims.getClaimAsStringList(GROUPS) : List.of();
		return new CurrentUser(id, name, new HashSet<>(groups));
	}

}
