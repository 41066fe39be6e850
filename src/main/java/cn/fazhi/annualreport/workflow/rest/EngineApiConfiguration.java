package cn.fazhi.annualreport.workflow.rest;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.annualreport.system.ProblemWriter;

/** The gate in front of engine-rest and the webapps' engine API, after Spring Security and Camunda's sign-in filters. */
@Configuration(proxyBeanMethods = false)
class EngineApiConfiguration {

	static final int AFTER_CAMUNDA_SIGN_IN = SecurityProperties.DEFAULT_FILTER_ORDER + 2;

	@Bean
	CompletionVariables completionVariables(TaskService tasks, FormService forms) {
		return new CompletionVariables(tasks, forms);
	}

	@Bean
	FilterRegistrationBean<EngineApiGate> engineApiGate(AuthorizationService authorizations,
			CompletionVariables completions, ProblemWriter problems) {
		FilterRegistrationBean<EngineApiGate> registration = new FilterRegistrationBean<>(
				new EngineApiGate(authorizations, completions, problems));
		registration.setName("Engine API Gate");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		registration.setOrder(AFTER_CAMUNDA_SIGN_IN);
		return registration;
	}

}
