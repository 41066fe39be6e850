package cn.fazhi.annualreport.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Keycloak for the JVM's login tests: the {@code keycloak-quarkus-dist} zip that Maven unpacks under
 * {@code target/keycloak} (system property {@code keycloak.home}), started in dev mode on a free loopback port with
 * an in-memory database and the project's realm, {@code docker/keycloak/annual-report-realm.json}, once per JVM.
 * {@link Initializer} points the product's {@code keycloak} profile at it.
 */
public final class KeycloakServer {

	public static final String REALM = "annual-report";

	public static final String CLIENT_ID = "report-app";

	/** The demo realm's client secret; the realm file says it is for trying the stack only. */
	public static final String CLIENT_SECRET = "report-app-demo-secret";

	private static final Path REALM_FILE = Path.of("docker", "keycloak", REALM + "-realm.json");

	private static final Duration STARTUP = Duration.ofMinutes(4);

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static KeycloakServer instance;

	private final Process process;

	private final String baseUrl;

	private final Map<String, Token> tokens = new ConcurrentHashMap<>();

	private KeycloakServer(Process process, String baseUrl) {
		this.process = process;
		this.baseUrl = baseUrl;
	}

	public static synchronized KeycloakServer get() {
		if (instance == null) {
			instance = start();
			// like the embedded PostgreSQL: once the application contexts have closed
			SpringApplication.getShutdownHandlers().add(instance::stop);
		}
		return instance;
	}

	/** The realm's address, as browsers and the product reach it. */
	public String issuer() {
		return baseUrl + "/realms/" + REALM;
	}

	/** An access token for a demo user (password {@code demo}), got as curl would with the password grant. */
	public String token(String user) {
		Token token = tokens.get(user);
		if (token == null || token.expiresSoon()) {
			token = requestToken(user, ApiClient.PASSWORD);
			tokens.put(user, token);
		}
		return token.value();
	}

	private Token requestToken(String user, String password) {
		String form = Map
			.of("grant_type", "password", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "username", user,
					"password", password, "scope", "openid")
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.timeout(Duration.ofSeconds(30))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Keycloak refused a token for " + user + ": " + response.body());
			}
			JsonNode body = JSON.readTree(response.body());
			return new Token(body.get("access_token").asText(),
					Instant.now().plusSeconds(body.get("expires_in").asLong()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static KeycloakServer start() {
		String configuredHome = System.getProperty("keycloak.home");
		if (configuredHome == null || !Files.isRegularFile(Path.of(configuredHome, "bin", "kc.sh"))) {
			throw new IllegalStateException("No Keycloak at keycloak.home=" + configuredHome
					+ "; run the tests through ./mvnw verify, which unpacks it (or pass -Dkeycloak.skip to leave "
					+ "the Keycloak tests out)");
		}
		Path home = Path.of(configuredHome);
		try {
			Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
			Files.copy(REALM_FILE, imports.resolve(REALM_FILE.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			int port = freePort();
			String baseUrl = "http://localhost:" + port;
			Path log = home.resolve("keycloak.log");
			ProcessBuilder builder = new ProcessBuilder("/bin/sh", home.resolve("bin").resolve("kc.sh").toString(),
					"start-dev", "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + baseUrl,
					"--db=dev-mem", "--import-realm")
				.directory(home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			// the Keycloak runs on the tests' Java, whatever the calling shell set up for its own
			builder.environment().keySet().removeIf(name -> name.startsWith("KC_") || name.equals("JAVA")
					|| name.equals("JAVA_OPTS") || name.equals("JAVA_OPTS_APPEND"));
			builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
			Process process = builder.start();
			KeycloakServer server = new KeycloakServer(process, baseUrl);
			server.awaitRealm(log);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitRealm(Path log) throws IOException {
		URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
		Instant giveUp = Instant.now().plus(STARTUP);
		while (Instant.now().isBefore(giveUp)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Keycloak stopped while starting:\n" + tail(log));
			}
			try {
				HttpResponse<Void> response = HTTP.send(
						HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			sleep(Duration.ofMillis(500));
		}
		stop();
		throw new IllegalStateException("Keycloak did not serve the realm within " + STARTUP + ":\n" + tail(log));
	}

	private void stop() {
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Starts the JVM's Keycloak, if need be, and configures the product's keycloak profile with it. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			KeycloakServer server = get();
			TestPropertyValues
				.of("KEYCLOAK_ISSUER_URI=" + server.issuer(), "KEYCLOAK_CLIENT_ID=" + CLIENT_ID,
						"KEYCLOAK_CLIENT_SECRET=" + CLIENT_SECRET)
				.applyTo(context);
		}

	}

	private record Token(String value, Instant expires) {

		boolean expiresSoon() {
			return Instant.now().plusSeconds(30).isAfter(expires);
		}

	}

}
