package cn.fazhi.annualreport.workflow.identity;

import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * In the {@code keycloak} profile Camunda reads users and groups from the realm, read-only: Tasklist's candidate
 * groups, Camunda Admin's lists and the product's mail recipients all come from Keycloak. The plugin signs in with
 * the same confidential client as the product (its service account needs the realm-management roles view-users,
 * query-users and query-groups). Keycloak user names are the user ids and group names the group ids, as in DESIGN §2.
 * Tuning (cache, result size) under {@code report.keycloak.identity.*}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakIdentity {

	@Bean
	@ConfigurationProperties("report.keycloak.identity")
	KeycloakIdentityProviderPlugin keycloakIdentityProvider(
			@Value("${spring.security.oauth2.client.provider.keycloak.issuer-uri}") String issuer,
			@Value("${spring.security.oauth2.client.registration.keycloak.client-id}") String clientId,
			@Value("${spring.security.oauth2.client.registration.keycloak.client-secret}") String clientSecret) {
		KeycloakIdentityProviderPlugin plugin = new KeycloakIdentityProviderPlugin();
		plugin.setKeycloakIssuerUrl(issuer);
		plugin.setKeycloakAdminUrl(adminUrl(issuer));
		plugin.setClientId(clientId);
		plugin.setClientSecret(clientSecret);
		plugin.setUseUsernameAsCamundaUserId(true);
		plugin.setUseGroupPathAsCamundaGroupId(true);
		// every Tasklist page and mail asks for users and groups; a change in the realm shows within minutes
		plugin.setCacheEnabled(true);
		plugin.setMaxCacheSize(1000);
		plugin.setCacheExpirationTimeoutMin(5);
		return plugin;
	}

	/** {@code https://host/realms/x} → {@code https://host/admin/realms/x}, Keycloak's admin REST API of the realm. */
	static String adminUrl(String issuer) {
		String realm = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
		int at = realm.lastIndexOf("/realms/");
		if (at < 0) {
			throw new IllegalArgumentException("Not a Keycloak realm address: " + issuer);
		}
		return realm.substring(0, at) + "/admin" + realm.substring(at);
	}

}
