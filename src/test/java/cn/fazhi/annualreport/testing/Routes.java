package cn.fazhi.annualreport.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every HTTP route the running product answers, read from the application itself rather than written down, so that
 * a new endpoint cannot escape the tests that go over all of them: the product's own (Spring MVC's request
 * mappings) and Camunda's REST resources, as engine-rest and the webapps' engine API serve them.
 */
public final class Routes {

	/** A method and a path template, e.g. {@code GET /api/campaigns/{id}} or {@code POST /engine-rest/job/{id}/execute}. */
	public record Route(String method, String path) implements Comparable<Route> {

		@Override
		public String toString() {
			return method + " " + path;
		}

		@Override
		public int compareTo(Route other) {
			return toString().compareTo(other.toString());
		}

	}

	private Routes() {
	}

	/** The product's controllers, pages and JSON API alike. */
	public static List<Route> product(RequestMappingHandlerMapping mappings) {
		Set<Route> routes = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String path : info.getPatternValues()) {
				if (methods.isEmpty()) {
					// a mapping without a method takes them all; GET and POST are what a browser or client sends
					routes.add(new Route("GET", path));
					routes.add(new Route("POST", path));
				}
				methods.forEach(method -> routes.add(new Route(method.name(), path)));
			}
		});
		return List.copyOf(routes);
	}

	/** engine-rest: the default engine's resources and the same ones under {@code /engine/{name}}. */
	public static List<Route> engineRest() {
		Set<Route> routes = new TreeSet<>();
		walk(Resource.from(DefaultProcessEngineRestServiceImpl.class), "/engine-rest", new HashSet<>(), routes);
		walk(Resource.from(NamedProcessEngineRestServiceImpl.class), "/engine-rest", new HashSet<>(), routes);
		return List.copyOf(routes);
	}

	/** The webapps' engine API, which Tasklist, Cockpit and Admin call. */
	public static List<Route> webappEngine() {
		Set<Route> routes = new TreeSet<>();
		walk(Resource.from(NamedProcessEngineRestServiceImpl.class), "/camunda/api/engine", new HashSet<>(), routes);
		return List.copyOf(routes);
	}

	/**
	 * Camunda's resources are sub-resource locators all the way down: Jersey resolves them per request, so they are
	 * followed here through the types the locators declare (whose own class-level path does not count).
	 */
	private static void walk(Resource resource, String prefix, Set<Class<?>> followed, Set<Route> routes) {
		String base = join(prefix, resource.getPath());
		for (ResourceMethod method : resource.getResourceMethods()) {
			routes.add(new Route(method.getHttpMethod(), base));
		}
		ResourceMethod locator = resource.getResourceLocator();
		if (locator != null) {
			Class<?> type = locator.getInvocable().getHandlingMethod().getReturnType();
			if (followed.add(type)) {
				walk(Resource.builder(Resource.from(type)).path("").build(), base, followed, routes);
				followed.remove(type);
			}
		}
		List<Resource> children = new ArrayList<>(resource.getChildResources());
		children.forEach(child -> walk(child, base, followed, routes));
	}

	private static String join(String prefix, String path) {
		if (path == null || path.isEmpty() || path.equals("/")) {
			return prefix;
		}
		return (prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix)
				+ (path.startsWith("/") ? path : "/" + path);
	}

}
