package cn.fazhi.annualreport.workflow.webapp;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.annualreport.system.ProblemWriter;

/**
 * Tasklist, Cockpit, Admin and engine-rest trust the user Spring Security signed in: the login form's session or
 * HTTP Basic. The filters run right after Spring Security's and hand the user to the engine, whose groups then
 * drive authorization (e.g. which tasks a user sees).
 */
@Configuration(proxyBeanMethods = false)
class WebappAuthentication {

	private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthenticationFilter() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.setName("Container Authentication Filter");
		registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				ContainerBasedAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}

	/** Before Camunda's CSRF filter, which registers its mappings after the application's. */
	@Bean
	FilterRegistrationBean<WebappCsrfGuard> webappCsrfGuard(ProblemWriter problems) {
		FilterRegistrationBean<WebappCsrfGuard> registration = new FilterRegistrationBean<>(new WebappCsrfGuard(problems));
		registration.setName("Webapp CSRF Guard");
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		registration.setOrder(AFTER_SPRING_SECURITY + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("Engine REST Authentication Filter");
		registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				ContainerBasedAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}

}
