package cn.fazhi.annualreport.workflow.rest;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.annualreport.system.ProblemWriter;

/**
 * The gate in front of engine-rest and the webapps' engine API, after Spring Security, Camunda's sign-in filters and
 * the webapps' CSRF check (a write without the token is refused as such first).
 */
@Configuration(proxyBeanMethods = false)
class EngineApiConfiguration {

	static final int AFTER_CAMUNDA_SIGN_IN = SecurityProperties.DEFAULT_FILTER_ORDER + 3;

	@Bean
	CompletionVariables completionVariables(TaskService tasks, FormService forms) {
		return new CompletionVariables(tasks, forms);
	}

	@Bean
	TaskHistory taskHistory(HistoryService history, IdentityService identity) {
		return new TaskHistory(history, identity);
	}

	@Bean
	FilterRegistrationBean<EngineApiGate> engineApiGate(AuthorizationService authorizations, TaskHistory history,
			CompletionVariables completions, ProblemWriter problems) {
		FilterRegistrationBean<EngineApiGate> registration = new FilterRegistrationBean<>(
				new EngineApiGate(authorizations, history, completions, problems));
		registration.setName("Engine API Gate");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		registration.setOrder(AFTER_CAMUNDA_SIGN_IN);
		return registration;
	}

}
