package cn.fazhi.annualreport.security;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two doors: the JSON APIs ({@code /api/**}, {@code /engine-rest/**}) answer 401/403 as problems and accept the page
 * session or the {@link SignIn}'s own credentials (HTTP Basic, or Keycloak's bearer tokens); everything else is pages
 * behind one sign-in. The same session signs the user into Tasklist, Cockpit and Admin (see the workflow module's
 * webapp filters).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

	/** A browser asking for a page (not a call, font or script): a GET that accepts HTML by name. */
	private static final RequestMatcher PAGE = new AndRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"), accepting(MediaType.TEXT_HTML));

	/**
	 * The product's pages, exports and public pages load scripts, styles, fonts and images from the product alone
	 * (front-end libraries are served by it, never a CDN); inline styles stay for the printable report. Camunda's
	 * webapps set their own policy.
	 */
	static String contentSecurityPolicy(SignIn signIn) {
		return ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
				+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' "
				+ signIn.signOutOrigin()).strip() + "; frame-ancestors 'self'";
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems, SignIn signIn) throws Exception {
		signIn.api(http, problems);
		http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			// a refused API call is answered, not remembered for after a login: no session for it
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			// CSRF abuses the session cookie: requests that bring their own credentials, or no session at all (then
			// answered 401), have nothing to abuse
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null
					|| request.getSession(false) == null));
		contentPolicies(http, signIn);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, SignIn signIn,
			@Value("${spring.servlet.multipart.max-request-size:20MB}") DataSize uploadLimit) throws Exception {
		signIn.pages(http);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/public/**", "/css/**", "/js/**", "/favicon.ico", "/error", "/problems/**",
					"/actuator/health/**", "/actuator/info")
			.permitAll()
			.anyRequest()
			.authenticated())
			// Only a page goes to the sign-in and is remembered for afterwards. The webapps' own calls, fonts and
			// scripts that a page open after its session ended asks for get 401; the webapps' script then signs in
			// again (single-sign-on.js).
			.requestCache(cache -> cache.requestCache(rememberingPagesOnly()))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						new NegatedRequestMatcher(PAGE))
				.accessDeniedHandler((request, response, denied) -> response
					.sendError(isUploadOverLimit(request, uploadLimit) ? HttpStatus.PAYLOAD_TOO_LARGE.value()
							: HttpStatus.FORBIDDEN.value())))
			// Tasklist, Cockpit and Admin send Camunda's own CSRF header, checked by Camunda's filter.
			.csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
			.headers(headers -> headers.frameOptions(frames -> frames.sameOrigin()));
		contentPolicies(http, signIn);
		return http.build();
	}

	/**
	 * A page's upload over the size limit is not read, so its form's CSRF token is missing too: the refusal says the
	 * file was too large rather than that the user may not.
	 */
	private static boolean isUploadOverLimit(HttpServletRequest request, DataSize limit) {
		return request.getContentType() != null && request.getContentType().startsWith("multipart/")
				&& request.getContentLengthLong() > limit.toBytes();
	}

	/** No address of the product leaks to other sites in a Referer; the content policy above outside the webapps. */
	private static void contentPolicies(HttpSecurity http, SignIn signIn) throws Exception {
		http.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(path("/camunda/**")),
					new ContentSecurityPolicyHeaderWriter(contentSecurityPolicy(signIn)))));
	}

	private static RequestMatcher accepting(MediaType type) {
		MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(type);
		matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return matcher;
	}

	private static RequestCache rememberingPagesOnly() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(PAGE);
		return cache;
	}

	/** Matches the whole path, whichever servlet serves it (engine-rest and the webapps are not Spring MVC). */
	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentUserArgumentResolver());
	}

}
