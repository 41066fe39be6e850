package cn.fazhi.annualreport.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in browser without the rendering: the login form's session cookie, Spring Security's CSRF token and
 * Camunda's XSRF cookie, so a test can call what Tasklist's own JavaScript calls.
 */
public final class BrowserSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	private BrowserSession(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** A browser that has not signed in. */
	public static BrowserSession anonymous(int port) {
		return new BrowserSession(port);
	}

	/** Logs in through the product's login form, as a person would. */
	public static BrowserSession login(int port, String user) {
		return login(port, user, ApiClient.PASSWORD);
	}

	/** Logs in with a password of the user's own. */
	public static BrowserSession login(int port, String user, String password) {
		BrowserSession session = new BrowserSession(port);
		String token = csrfToken(session.get("/login").body());
		HttpResponse<String> answer = session.send(HttpRequest.newBuilder(session.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password="
					+ encode(password) + "&_csrf=" + encode(token))));
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValue(session.base + "/");
		return session;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json, text/html").GET());
	}

	/** Submits a page's form as the browser would, with the CSRF token the page carries. */
	public HttpResponse<String> postForm(String path, String page, java.util.Map<String, String> fields) {
		StringBuilder body = new StringBuilder("_csrf=" + encode(csrfToken(page)));
		fields.forEach((name, value) -> body.append('&').append(encode(name)).append('=').append(encode(value)));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** Submits a page's upload form with a file in {@code file}, with the CSRF token the page carries. */
	public HttpResponse<String> postFile(String path, String page, java.util.Map<String, String> fields,
			String filename, byte[] content) {
		java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		all.put("_csrf", csrfToken(page));
		Multipart multipart = Multipart.of(all, "file", filename, content);
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", multipart.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body())));
	}

	/** A write to Tasklist's API, carrying Camunda's XSRF token the way Tasklist does. */
	public HttpResponse<String> postJson(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** Any request, as the browser's scripts or a hostile page could send it; {@code headers} may be empty. */
	public HttpResponse<String> send(String method, String path, String contentType, byte[] body,
			java.util.Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Accept", "text/html, application/json;q=0.9, */*;q=0.8");
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		headers.forEach(request::header);
		return send(request);
	}

	/** The CSRF token of the product's pages, from the sign-out form every page carries. */
	public String pageToken() {
		return csrfToken(get("/").body());
	}

	/** The CSRF token a page's forms carry. */
	public static String csrfToken(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("the page carries a CSRF token").isTrue();
		return token.group(1);
	}

	/** Camunda's webapp token, which Tasklist's scripts send with every write. */
	public String camundaToken() {
		send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/")).header("Accept", "application/json").GET());
		return cookie("XSRF-TOKEN");
	}

	public String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no cookie " + name));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(base + path);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
