package cn.fazhi.annualreport.workflow.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The product's own users' passwords (default and {@code postgres} profiles) are stored with a slow hash:
 * PBKDF2-HMAC-SHA256 with 600,000 iterations, OWASP's recommendation, instead of Camunda's single salted SHA-512.
 * New and changed passwords get it; Camunda keeps checking older {@code {SHA-512}} hashes, which
 * {@link CamundaUserDirectory} replaces at the user's next sign-in. The cost (about a tenth of a second) is paid once
 * per sign-in, not per HTTP Basic call (see the security module's verified credentials).
 */
@Component
class PasswordHashing extends AbstractProcessEnginePlugin {

	static final String ALGORITHM = "PBKDF2-SHA256";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setPasswordEncryptor(new Pbkdf2(600_000));
	}

	/** Camunda hands over the password with its own salt appended; PBKDF2 salts it once more with 16 random bytes. */
	static final class Pbkdf2 implements PasswordEncryptor {

		private final Pbkdf2PasswordEncoder encoder;

		Pbkdf2(int iterations) {
			this.encoder = new Pbkdf2PasswordEncoder("", 16, iterations,
					Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
		}

		@Override
		public String encrypt(String password) {
			return encoder.encode(password);
		}

		@Override
		public boolean check(String password, String encrypted) {
			return encoder.matches(password, encrypted);
		}

		@Override
		public String hashAlgorithmName() {
			return ALGORITHM;
		}

	}

}
