package cn.fazhi.annualreport.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole product on an embedded server and an in-memory H2 database, in the default profile (demo users), mailing
 * to a GreenMail SMTP server. All H2 integration tests share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:integration;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				IntegrationTestSettings.FAST_JOB_EXECUTOR })
@ContextConfiguration(initializers = MailServer.class)
public @interface H2IntegrationTest {

}
