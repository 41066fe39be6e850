package cn.fazhi.annualreport.security;

import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Checks the login form's and HTTP Basic's passwords against the {@link UserDirectory}. */
@Component
@Profile("!keycloak")
class DirectoryAuthenticationProvider implements AuthenticationProvider {

	private final UserDirectory directory;

	DirectoryAuthenticationProvider(UserDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		CurrentUser user = directory.authenticate(userId, password)
			.orElseThrow(() -> new BadCredentialsException("Bad credentials"));
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
