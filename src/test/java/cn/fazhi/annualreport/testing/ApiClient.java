package cn.fazhi.annualreport.testing;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Talks to the running product as a demo user would with curl: HTTP Basic (password {@code demo}), a bearer token
 * (the keycloak profile) or anonymous, never throwing on 4xx/5xx so tests can look at every answer.
 */
public final class ApiClient {

	public static final String PASSWORD = "demo";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final RestClient rest;

	/** Where the product answers; paths are sent as given, without the URI template expansion of {@code uri(String)}. */
	private final String base;

	/** The {@code Authorization} header a user's requests carry. */
	private final Function<String, String> credentials;

	public ApiClient(int port) {
		this(port, user -> basic(user, PASSWORD));
	}

	/** Requests carry {@code Authorization: Bearer <token>} with a token the function gets for the user. */
	public static ApiClient withBearerTokens(int port, Function<String, String> tokens) {
		return new ApiClient(port, user -> "Bearer " + tokens.apply(user));
	}

	private ApiClient(int port, Function<String, String> credentials) {
		this.credentials = credentials;
		this.base = "http://localhost:" + port;
		this.rest = RestClient.builder()
			.baseUrl(base)
			.requestFactory(new JdkClientHttpRequestFactory(
					HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()))
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();
	}

	public Caller as(String user) {
		return new Caller(credentials.apply(user));
	}

	/** Requests with HTTP Basic and this password, whatever the client's usual credentials. */
	public Caller as(String user, String password) {
		return new Caller(basic(user, password));
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** Requests with this exact {@code Authorization} header, e.g. a forged token. */
	public Caller withAuthorization(String authorization) {
		return new Caller(authorization);
	}

	public Caller anonymous() {
		return new Caller(null);
	}

	/** Requests made with one user's credentials. */
	public final class Caller {

		private final String authorization;

		/** Headers every request carries, e.g. the client address a proxy forwards. */
		private final Map<String, String> headers;

		private Caller(String authorization) {
			this(authorization, Map.of());
		}

		private Caller(String authorization, Map<String, String> headers) {
			this.authorization = authorization;
			this.headers = headers;
		}

		/** The same caller behind the product's proxy, which forwards the client's address in X-Forwarded-For. */
		public Caller from(String address) {
			return new Caller(authorization, Map.of("X-Forwarded-For", address));
		}

		public Response get(String path) {
			return send(HttpMethod.GET, path, null, MediaType.APPLICATION_JSON);
		}

		public Response get(String path, MediaType accept) {
			return send(HttpMethod.GET, path, null, accept);
		}

		public Response getHtml(String path) {
			return send(HttpMethod.GET, path, null, MediaType.TEXT_HTML);
		}

		public Response post(String path, Object body) {
			return send(HttpMethod.POST, path, body, MediaType.APPLICATION_JSON);
		}

		public Response put(String path, Object body) {
			return send(HttpMethod.PUT, path, body, MediaType.APPLICATION_JSON);
		}

		/** Uploads a file in the multipart field {@code file}, as {@code curl -F file=@name} does. */
		public Response upload(String path, String filename, byte[] content) {
			Multipart multipart = Multipart.of(Map.of(), "file", filename, content);
			RestClient.RequestBodySpec request = rest.post()
				.uri(path)
				.accept(MediaType.APPLICATION_JSON)
				.contentType(MediaType.parseMediaType(multipart.contentType()))
				.body(multipart.body());
			if (authorization != null) {
				request.header(HttpHeaders.AUTHORIZATION, authorization);
			}
			headers.forEach(request::header);
			return request.exchange((req, res) -> Response.of(res.getStatusCode().value(), res.getHeaders(),
					res.getBody().readAllBytes()));
		}

		public Response delete(String path) {
			return send(HttpMethod.DELETE, path, null, MediaType.APPLICATION_JSON);
		}

		/**
		 * Any request with exactly this body and {@code Content-Type} (none if {@code null}), e.g. JSON sent as text or
		 * a method a route does not take; the path is sent as it is, {@code headers} may be empty.
		 */
		public Response send(String method, String path, String contentType, byte[] body,
				Map<String, String> headers) {
			RestClient.RequestBodySpec request = rest.method(HttpMethod.valueOf(method))
				.uri(java.net.URI.create(base + path))
				.accept(MediaType.APPLICATION_JSON, MediaType.ALL);
			if (authorization != null) {
				request.header(HttpHeaders.AUTHORIZATION, authorization);
			}
			this.headers.forEach(request::header);
			headers.forEach(request::header);
			if (contentType != null) {
				request.header(HttpHeaders.CONTENT_TYPE, contentType);
			}
			if (body != null) {
				request.body(body);
			}
			return request.exchange((req, res) -> Response.of(res.getStatusCode().value(), res.getHeaders(),
					res.getBody().readAllBytes()));
		}

		private Response send(HttpMethod method, String path, Object body, MediaType accept) {
			RestClient.RequestBodySpec request = rest.method(method).uri(path).accept(accept);
			if (authorization != null) {
				request.header(HttpHeaders.AUTHORIZATION, authorization);
			}
			this.headers.forEach(request::header);
			if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).body(body instanceof String text ? text : json(body));
			}
			return request.exchange((req, res) -> Response.of(res.getStatusCode().value(), res.getHeaders(),
					res.getBody().readAllBytes()));
		}

	}

	/** An answer: status, headers and body (as text and as bytes), with the body parsed as JSON on demand. */
	public record Response(int status, HttpHeaders headers, String body, byte[] bodyBytes) {

		static Response of(int status, HttpHeaders headers, byte[] body) {
			return new Response(status, headers, new String(body, StandardCharsets.UTF_8), body);
		}

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (Exception ex) {
				throw new AssertionError("Not JSON (" + status + "): " + body, ex);
			}
		}

		public String header(String name) {
			return headers.getFirst(name);
		}

		public MediaType contentType() {
			return headers.getContentType();
		}

	}

	private static String json(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
