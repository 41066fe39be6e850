package cn.fazhi.annualreport.workflow.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Camunda asks Keycloak's admin API of the realm the product signs in with. */
class KeycloakIdentityTests {

	@Test
	void findsTheRealmsAdminApiFromItsIssuer() {
		assertThat(KeycloakIdentity.adminUrl("https://sso.example.gov.cn/realms/annual-report"))
			.isEqualTo("https://sso.example.gov.cn/admin/realms/annual-report");
		assertThat(KeycloakIdentity.adminUrl("http://localhost:8180/auth/realms/annual-report/"))
			.isEqualTo("http://localhost:8180/auth/admin/realms/annual-report");
	}

	@Test
	void refusesAnAddressThatIsNoRealm() {
		assertThatThrownBy(() -> KeycloakIdentity.adminUrl("https://sso.example.gov.cn/annual-report"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("sso.example.gov.cn/annual-report");
	}

}
