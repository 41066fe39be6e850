package cn.fazhi.annualreport;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.fazhi.annualreport.testing.ApiClient;
import cn.fazhi.annualreport.testing.BrowserSession;
import cn.fazhi.annualreport.testing.Multipart;
import cn.fazhi.annualreport.testing.Routes;
import cn.fazhi.annualreport.testing.Routes.Route;
import cn.fazhi.annualreport.testing.RunningProduct;
import cn.fazhi.annualreport.testing.Steps;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the product answers (its pages and JSON API, engine-rest and the webapps' engine API, read from the
 * application itself) × every role (anonymous, the department's own liaison and head, another department's
 * liaison and head, reviewer, editor, leader, officer, administrator) × two moments of a campaign (sections being
 * written; the report waiting for its signature). Each answer must be the one the rules of DESIGN §9 give: 401 or the
 * login page without signing in, 403 for a role or department that may not, anything but 401, 403 and 5xx for one
 * that may; and no answer carries another department's unpublished text. A route that is not in this class's
 * table fails the test, so a new endpoint cannot skip the matrix. Runs on H2 and PostgreSQL.
 */
abstract class AuthorizationMatrixScenario extends RunningProduct {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	enum Role {

		ANONYMOUS(null), OWN_LIAISON("liaison-sfj"), OWN_HEAD("head-sfj"), OTHER_LIAISON("liaison-scjgj"),
		OTHER_HEAD("head-scjgj"), REVIEWER("reviewer"), EDITOR("editor"), LEADER("leader"), OFFICER("officer"),
		ADMIN("admin"),
		/** A district's legal bureau and editors (DESIGN §10): nothing of the city's report is theirs. */
		DISTRICT_REVIEWER("reviewer-xq"), DISTRICT_EDITOR("editor-xq"),
		/** The 依法治市办 (DESIGN §10): opens the year and follows every organization's results, never a draft. */
		OVERSEER("overseer");

		final String user;

		Role(String user) {
			this.user = user;
		}

		boolean oversees() {
			return Set.of(REVIEWER, EDITOR, LEADER, OFFICER, ADMIN).contains(this);
		}

		boolean ownDepartment() {
			return this == OWN_LIAISON || this == OWN_HEAD;
		}

		boolean otherDepartment() {
			return this == OTHER_LIAISON || this == OTHER_HEAD;
		}

		boolean otherGovernment() {
			return this == DISTRICT_REVIEWER || this == DISTRICT_EDITOR;
		}

	}

	/** Where the campaign under test stands. */
	enum State {

		/** sfj (the "own" department) drafting, scjgj submitted and waiting for its head, an extension pending. */
		DRAFTING,

		/** sfj approved and compiled, the report waiting for the leader's signature. */
		SIGNING

	}

	/** What a role may do on a route, at a state. */
	enum Outcome {

		/** Passes the rules on who may: any answer but 401, 403 and 5xx (e.g. 409 when it is not the moment). */
		ALLOWED,

		/** Refused: 403, or 401 (API) and the login page (pages) without signing in. */
		DENIED,

		/** Someone else's thing: 404, as if it did not exist. */
		HIDDEN

	}

	private interface Rule extends BiPredicate<Role, State> {

		default Outcome outcome(Role role, State state) {
			return test(role, state) ? Outcome.ALLOWED : Outcome.DENIED;
		}

	}

	private static Rule everyone() {
		return (role, state) -> true;
	}

	private static Rule signedIn() {
		return (role, state) -> role != Role.ANONYMOUS;
	}

	private static Rule only(Role... roles) {
		Set<Role> allowed = Set.of(roles);
		return (role, state) -> allowed.contains(role);
	}

	private static Rule overseers() {
		return (role, state) -> role.oversees();
	}

	/** A department's section: its own people always, the overseers once it was submitted (only in SIGNING). */
	private static Rule sectionReaders() {
		return (role, state) -> role.ownDepartment() || role.oversees() && state == State.SIGNING;
	}

	/** 批注: the department's head, and the reviewer once the section was submitted (only in SIGNING). */
	private static Rule annotators() {
		return (role, state) -> role == Role.OWN_HEAD || role == Role.REVIEWER && state == State.SIGNING;
	}

	/** 收文 of the department ({code} is sfj): its own people, and its government's editors and leaders. */
	private static Rule receiversOfTheDepartment() {
		return only(Role.OWN_LIAISON, Role.OWN_HEAD, Role.EDITOR, Role.LEADER, Role.ADMIN, Role.OVERSEER);
	}

	private static Rule departmentReportReaders() {
		return (role, state) -> role.ownDepartment() || role.oversees();
	}

	/** The campaign itself: signed-in people of its government; another government's find nothing (404). */
	private static Rule campaignReaders(Rule readers) {
		return new Rule() {

			@Override
			public boolean test(Role role, State state) {
				return !role.otherGovernment() && readers.test(role, state);
			}

			@Override
			public Outcome outcome(Role role, State state) {
				return role.otherGovernment() ? Outcome.HIDDEN : readers.outcome(role, state);
			}

		};
	}

	/** Another user's message: only its owner finds it. */
	private static Rule ownerOf(Role owner) {
		return new Rule() {

			@Override
			public boolean test(Role role, State state) {
				return role == owner;
			}

			@Override
			public Outcome outcome(Role role, State state) {
				return role == Role.ANONYMOUS ? Outcome.DENIED : role == owner ? Outcome.ALLOWED : Outcome.HIDDEN;
			}

		};
	}

	private static final String SECTION = "/api/campaigns/{campaignId}/sections/{department}";

	private static final String REPORT = "/api/campaigns/{campaignId}/report";

	private static final String PAGE_SECTION = "/campaigns/{campaignId}/sections/{department}";

	/** Who may use each of the product's routes (DESIGN §2, §7, §8). */
	private static final Map<String, Rule> PRODUCT = Map.ofEntries(
			// catalogues and campaigns: everyone who signed in reads them, the editors open and change campaigns
			Map.entry("GET /api/areas", signedIn()), Map.entry("GET /api/departments", signedIn()),
			Map.entry("GET /api/metrics", signedIn()),
			Map.entry("GET /api/report-items", signedIn()), Map.entry("PUT /api/report-items", only(Role.ADMIN)),
			Map.entry("PUT /api/departments/{code}", only(Role.EDITOR, Role.ADMIN)),
			Map.entry("GET /api/organizations", signedIn()),
			Map.entry("PUT /api/organizations/{code}", only(Role.ADMIN)),
			Map.entry("POST /api/campaigns", only(Role.EDITOR, Role.ADMIN)),
			// the annual exercise (DESIGN §10): the 依法治市办 opens the year; the editors and leaders of a government
			// follow its subtree (a district's editor its own district by default); 收文 for its receivers
			Map.entry("POST /api/years", only(Role.OVERSEER)),
			Map.entry("GET /api/years/{year}",
					only(Role.EDITOR, Role.LEADER, Role.ADMIN, Role.DISTRICT_EDITOR, Role.OVERSEER)),
			Map.entry("GET /api/organizations/{code}/received", receiversOfTheDepartment()),
			Map.entry("GET /api/organizations/{code}/received/{reference}", receiversOfTheDepartment()),
			Map.entry("POST /api/years/{year}/organizations/{code}/urge",
					only(Role.EDITOR, Role.LEADER, Role.ADMIN, Role.OVERSEER)),
			Map.entry("GET /api/campaigns", signedIn()),
			Map.entry("GET /api/campaigns/{id}", campaignReaders(signedIn())),
			Map.entry("GET /api/campaigns/{id}/dashboard.xlsx", campaignReaders(overseers())),
			Map.entry("PUT /api/campaigns/{id}/deadlines", only(Role.EDITOR, Role.ADMIN)),
			// a department's section
			Map.entry("GET " + SECTION, sectionReaders()), Map.entry("GET " + SECTION + "/diff", sectionReaders()),
			Map.entry("GET " + SECTION + "/changes", sectionReaders()),
			Map.entry("GET " + SECTION + "/history", sectionReaders()),
			Map.entry("GET " + SECTION + "/coverage", sectionReaders()),
			Map.entry("PUT " + SECTION, only(Role.OWN_LIAISON)),
			Map.entry("POST " + SECTION + "/submit", only(Role.OWN_LIAISON)),
			Map.entry("POST " + SECTION + "/confirm", only(Role.OWN_HEAD)),
			Map.entry("POST " + SECTION + "/review", only(Role.REVIEWER)),
			Map.entry("POST " + SECTION + "/extension", only(Role.OWN_LIAISON)),
			Map.entry("POST " + SECTION + "/urge", only(Role.EDITOR, Role.ADMIN)),
			Map.entry("POST " + SECTION + "/withdraw", only(Role.OWN_LIAISON)),
			Map.entry("GET " + SECTION + "/attachments", sectionReaders()),
			Map.entry("GET " + SECTION + "/attachments/{id}", sectionReaders()),
			Map.entry("POST " + SECTION + "/attachments", only(Role.OWN_LIAISON)),
			Map.entry("DELETE " + SECTION + "/attachments/{id}", only(Role.OWN_LIAISON)),
			// the editor's autosave and 从文件导入: the department's liaison alone, while writing
			Map.entry("GET " + SECTION + "/working-copy", only(Role.OWN_LIAISON)),
			Map.entry("PUT " + SECTION + "/working-copy", only(Role.OWN_LIAISON)),
			Map.entry("DELETE " + SECTION + "/working-copy", only(Role.OWN_LIAISON)),
			Map.entry("POST " + SECTION + "/import", only(Role.OWN_LIAISON)),
			Map.entry("GET " + SECTION + "/annotations", sectionReaders()),
			Map.entry("POST " + SECTION + "/annotations", annotators()),
			Map.entry("PUT " + SECTION + "/annotations/{id}", only(Role.OWN_LIAISON)),
			Map.entry("POST /api/campaigns/{campaignId}/urge-overdue", only(Role.EDITOR, Role.ADMIN)),
			Map.entry("GET /api/processes/{key}/diagram", signedIn()),
			Map.entry("POST " + SECTION + "/extension/decision", only(Role.EDITOR, Role.ADMIN)),
			Map.entry("GET " + SECTION + "/extensions", sectionReaders()),
			Map.entry("GET " + SECTION + "/department-report", departmentReportReaders()),
			Map.entry("POST " + SECTION + "/department-report", only(Role.OWN_LIAISON, Role.OWN_HEAD)),
			Map.entry("POST " + SECTION + "/department-report/sign", only(Role.OWN_HEAD)),
			Map.entry("POST " + SECTION + "/department-report/confidentiality", only(Role.OFFICER)),
			// the compiled report
			Map.entry("GET " + REPORT, overseers()), Map.entry("GET " + REPORT + "/diff", overseers()),
			Map.entry("GET " + REPORT + "/changes", overseers()), Map.entry("GET " + REPORT + "/history", overseers()),
			Map.entry("GET " + REPORT + "/coverage", overseers()),
			Map.entry("PUT " + REPORT, only(Role.EDITOR, Role.ADMIN)),
			Map.entry("POST " + REPORT + "/edit-complete", only(Role.EDITOR, Role.ADMIN)),
			Map.entry("POST " + REPORT + "/sign", only(Role.LEADER)),
			Map.entry("POST " + REPORT + "/confidentiality", only(Role.OFFICER)),
			Map.entry("GET " + REPORT + "/findings", overseers()),
			Map.entry("POST " + REPORT + "/corrections", only(Role.EDITOR, Role.ADMIN)),
			Map.entry("GET /api/campaigns/{campaignId}/report.docx", overseers()),
			Map.entry("GET /api/campaigns/{campaignId}/report.pdf", overseers()),
			Map.entry("GET /api/campaigns/{campaignId}/report.html", overseers()),
			Map.entry("POST " + REPORT + "/submissions", only(Role.EDITOR, Role.ADMIN)),
			Map.entry("GET " + REPORT + "/submissions", only(Role.EDITOR, Role.ADMIN, Role.LEADER)),
			// one's own messages, calendar and files
			Map.entry("GET /api/notifications", signedIn()),
			Map.entry("GET /api/tasks", signedIn()),
			Map.entry("POST /api/notifications/{id}/read", ownerOf(Role.EDITOR)),
			Map.entry("POST /api/notifications/read", signedIn()),
			Map.entry("GET /api/working-calendar/{year}", signedIn()),
			Map.entry("GET /api/working-calendar/days/{date}", signedIn()),
			Map.entry("PUT /api/working-calendar/days/{date}", only(Role.ADMIN)),
			Map.entry("DELETE /api/working-calendar/days/{date}", only(Role.ADMIN)),
			Map.entry("GET /api/calendar.ics", signedIn()), Map.entry("POST /api/import", signedIn()),
			// the public site
			Map.entry("GET /public/reports", everyone()), Map.entry("GET /public/reports/{id}", everyone()),
			Map.entry("GET /public/reports/{id}.pdf", everyone()), Map.entry("GET /public/reports/{id}.docx", everyone()),
			Map.entry("GET /public/reports/{id}/verify", everyone()),
			Map.entry("GET /public/reports.atom", everyone()),
			// pages
			Map.entry("GET /", signedIn()), Map.entry("POST /campaigns", only(Role.EDITOR, Role.ADMIN)),
			Map.entry("GET /campaigns/{id}", campaignReaders(signedIn())),
			Map.entry("GET /campaigns/{campaignId}/report", overseers()),
			Map.entry("GET /campaigns/{campaignId}/report/changes", overseers()),
			Map.entry("POST /campaigns/{campaignId}/report", only(Role.EDITOR, Role.ADMIN)),
			Map.entry("POST /campaigns/{campaignId}/report/preview", only(Role.EDITOR, Role.ADMIN)),
			Map.entry("GET " + PAGE_SECTION, sectionReaders()),
			Map.entry("POST " + PAGE_SECTION, only(Role.OWN_LIAISON)),
			Map.entry("POST " + PAGE_SECTION + "/import", only(Role.OWN_LIAISON)),
			Map.entry("GET " + PAGE_SECTION + "/changes", sectionReaders()),
			Map.entry("POST " + PAGE_SECTION + "/extension", only(Role.OWN_LIAISON)),
			Map.entry("POST " + PAGE_SECTION + "/withdraw", only(Role.OWN_LIAISON)),
			Map.entry("POST " + PAGE_SECTION + "/attachments", only(Role.OWN_LIAISON)),
			Map.entry("POST " + PAGE_SECTION + "/attachments/{id}/delete", only(Role.OWN_LIAISON)),
			Map.entry("POST " + PAGE_SECTION + "/working-copy/discard", only(Role.OWN_LIAISON)),
			Map.entry("GET " + PAGE_SECTION + "/department-report", departmentReportReaders()),
			Map.entry("POST " + PAGE_SECTION + "/department-report", only(Role.OWN_LIAISON, Role.OWN_HEAD)),
			Map.entry("GET /notifications", signedIn()),
			Map.entry("POST /notifications/{id}/open", ownerOf(Role.EDITOR)),
			Map.entry("POST /notifications/read", signedIn()),
			Map.entry("GET /years", signedIn()), Map.entry("POST /years", only(Role.OVERSEER)),
			Map.entry("POST /years/{year}/organizations/{code}/urge",
					only(Role.EDITOR, Role.LEADER, Role.ADMIN, Role.OVERSEER)),
			Map.entry("GET /years/{year}",
					only(Role.EDITOR, Role.LEADER, Role.ADMIN, Role.DISTRICT_EDITOR, Role.OVERSEER)),
			Map.entry("GET /organizations/{code}/received", receiversOfTheDepartment()),
			Map.entry("GET /organizations/{code}/received/{reference}", receiversOfTheDepartment()),
			Map.entry("GET /admin/working-calendar", only(Role.ADMIN)),
			Map.entry("GET /admin/organizations", only(Role.ADMIN)),
			Map.entry("POST /admin/organizations", only(Role.ADMIN)),
			Map.entry("POST /admin/working-calendar", only(Role.ADMIN)), Map.entry("GET /login", everyone()),
			Map.entry("GET /account/password", signedIn()), Map.entry("POST /account/password", signedIn()),
			Map.entry("GET /logout", signedIn()));

	/**
	 * The engine API's routes a non-administrator may use (DESIGN §9: what Tasklist needs for the user's own tasks),
	 * relative to the engine, {@code {task}} standing for a task the user may see. Everything else is refused.
	 */
	private static final Set<String> ENGINE_FOR_USERS = Set.of("GET ", "GET /filter", "GET /filter/count",
			"OPTIONS /filter", "GET /filter/{id}", "GET /filter/{id}/list", "POST /filter/{id}/list",
			"GET /filter/{id}/count", "POST /filter/{id}/count", "GET /filter/{id}/singleResult",
			"POST /filter/{id}/singleResult", "GET /task", "POST /task", "GET /task/count", "POST /task/count",
			"GET /version", "GET /task/{task}", "GET /task/{task}/form", "GET /task/{task}/deployed-form",
			"GET /task/{task}/rendered-form", "GET /task/{task}/form-variables", "GET /task/{task}/identity-links",
			"GET /task/{task}/comment", "GET /task/{task}/variables",
			"GET /task/{task}/variables/{varId}", "GET /task/{task}/localVariables",
			"GET /task/{task}/localVariables/{varId}", "POST /task/{task}/claim",
			"POST /task/{task}/complete", "POST /task/{task}/submit-form", "GET /process-definition",
			"GET /process-definition/count", "GET /process-definition/{id}", "GET /process-definition/{id}/xml",
			"GET /history/user-operation?taskId={task}", "GET /history/user-operation/count?taskId={task}",
			"GET /user/{self}/profile");

	/** Camunda's own password checks, which bypass the product's sign-in throttle: nobody's. */
	private static final Set<String> ENGINE_FOR_NOBODY = Set.of("POST /identity/verify");

	private static final Pattern ENGINE_PREFIX = Pattern
		.compile("^(?:/engine-rest(?:/engine(?:/\\{name\\})?)?|/camunda/api/engine/engine(?:/\\{name\\})?)(/.*)?$");

	/** Markers in each department's text, to find them in answers they must not be in. */
	private final String ownDraft = "本部门草稿" + UUID.randomUUID();

	private final String otherSubmitted = "他部门已提交" + UUID.randomUUID();

	private final String ownApproved = "本部门已审定" + UUID.randomUUID();

	/** Everything one state needs to fill in the routes' placeholders. */
	private record Fixture(State state, long campaign, String organization, Map<Role, String> visibleTask,
			Map<Role, String> invisibleTask, String job, String processInstance, String processDefinition,
			String filter, long editorsMessage, long publication, int departmentOrder) {

		String task(Role role, boolean visible) {
			return visible ? visibleTask.get(role) : invisibleTask.get(role);
		}

	}

	private final Map<Role, ApiClient.Caller> apis = new EnumMap<>(Role.class);

	private final Map<Role, BrowserSession> browsers = new EnumMap<>(Role.class);

	private final Map<Role, String> pageTokens = new EnumMap<>(Role.class);

	private final Map<Role, String> camundaTokens = new EnumMap<>(Role.class);

	@Test
	void everyRouteAnswersEveryRoleAsTheRulesSay() throws Exception {
		List<Route> product = Routes.product(mappings);
		List<Route> engine = new ArrayList<>(Routes.engineRest());
		engine.addAll(Routes.webappEngine());
		assertThat(product).as("the product's routes").hasSizeGreaterThan(60);
		assertThat(engine).as("Camunda's routes at engine-rest and the webapps' engine API").hasSizeGreaterThan(900);
		List<String> unlisted = product.stream()
			.map(Route::toString)
			.filter(route -> !PRODUCT.containsKey(route) && !route.endsWith(" /error"))
			.toList();
		assertThat(unlisted).as("routes without a rule in the matrix: add them to PRODUCT").isEmpty();

		long publication = publishedReport();
		Map<State, Fixture> fixtures = new EnumMap<>(State.class);
		fixtures.put(State.DRAFTING, drafting(publication));
		fixtures.put(State.SIGNING, signing(publication, fixtures.get(State.DRAFTING).task(Role.OWN_LIAISON, true)));
		signIn();

		List<String> wrong = new ArrayList<>();
		Map<String, Integer> statuses = new TreeMap<>();
		int requests = 0;
		for (State state : State.values()) {
			Fixture fixture = fixtures.get(state);
			for (Role role : Role.values()) {
				for (Route route : product) {
					Answer answer = callProduct(route, role, fixture);
					requests++;
					statuses.merge(String.valueOf(answer.status()), 1, Integer::sum);
					String expected = route.path().equals("/error") ? errorPage(route, answer)
							: check(PRODUCT.get(route.toString()).outcome(role, state), answer, isPage(route), role);
					report(wrong, state, role, route, answer, expected);
				}
				for (Route route : engine) {
					for (boolean visible : taskVariants(route, role, fixture)) {
						Answer answer = callEngine(route, role, fixture, visible);
						requests++;
						statuses.merge(String.valueOf(answer.status()), 1, Integer::sum);
						report(wrong, state, role, route, answer,
								check(engineOutcome(route, role, visible), answer, false, role));
					}
				}
			}
		}
		System.out.printf("Authorization matrix: %d product routes and %d engine routes × %d roles × %d states: "
				+ "%d requests, answers by status %s%n", product.size(), engine.size(), Role.values().length,
				State.values().length, requests, statuses);
		assertThat(wrong).as("answers that break the rules (%d of %d requests)", wrong.size(), requests).isEmpty();
		assertThat(statuses.keySet()).as("no server errors").noneMatch(status -> status.startsWith("5"));
	}

	// --- expectations -------------------------------------------------------------------------------------------

	private Outcome engineOutcome(Route route, Role role, boolean visibleTask) {
		Matcher relative = ENGINE_PREFIX.matcher(route.path());
		assertThat(relative.matches()).as(route.path()).isTrue();
		String path = relative.group(1) == null ? "" : relative.group(1);
		String key = route.method() + " " + path;
		if (role == Role.ANONYMOUS || ENGINE_FOR_NOBODY.contains(key)) {
			return Outcome.DENIED;
		}
		if (role == Role.ADMIN) {
			return Outcome.ALLOWED;
		}
		String task = visibleTask ? "{task}" : "{hidden}";
		String asUser = key.replace("/task/{id}", "/task/" + task)
			.replace("/user/{id}/profile", "/user/{self}/profile")
			.replaceAll("^(GET /history/user-operation(?:/count)?)$", "$1?taskId=" + task);
		return ENGINE_FOR_USERS.contains(asUser) ? Outcome.ALLOWED : Outcome.DENIED;
	}

	/** What is wrong with the answer, or {@code null}. */
	private static String check(Outcome outcome, Answer answer, boolean page, Role role) {
		int status = answer.status();
		if (status >= 500) {
			return "no server error";
		}
		return switch (outcome) {
			case ALLOWED -> status == 401 || status == 403 || isLoginRedirect(answer) ? "allowed" : null;
			case HIDDEN -> status == 404 ? null : "404";
			case DENIED -> {
				if (role == Role.ANONYMOUS) {
					// a page sends to the login form; a write without a session has no CSRF token either (403)
					yield status == 401 || isLoginRedirect(answer) || page && status == 403 ? null
							: page ? "the login page" : "401";
				}
				yield status == 403 ? null : "403";
			}
		};
	}

	/** Spring's error page asked for directly: there is no error to show. */
	private static String errorPage(Route route, Answer answer) {
		if ("GET".equals(route.method())) {
			return answer.status() == 404 ? null : "404";
		}
		return answer.status() >= 400 && answer.status() < 500 ? null : "4xx";
	}

	private static boolean isLoginRedirect(Answer answer) {
		return answer.status() == 302 && answer.location() != null && answer.location().endsWith("/login");
	}

	private void report(List<String> wrong, State state, Role role, Route route, Answer answer, String expected) {
		String leak = leak(role, answer.body());
		if (expected != null || leak != null) {
			wrong.add("%s %s %s → %d (%s)%s%s".formatted(state, role, route, answer.status(),
					expected == null ? "status ok" : "expected " + expected, leak == null ? "" : ", carries " + leak,
					answer.status() >= 400 ? ": " + abbreviate(answer.body()) : ""));
		}
	}

	/** Which department text the role must not read is in the answer. */
	private String leak(Role role, String body) {
		if (body == null) {
			return null;
		}
		if (!role.ownDepartment() && body.contains(ownDraft)) {
			return "the own department's draft";
		}
		if ((role.ownDepartment() || role.otherGovernment() || role == Role.OVERSEER)
				&& body.contains(otherSubmitted)) {
			return "the other department's section";
		}
		if ((role.otherDepartment() || role.otherGovernment() || role == Role.OVERSEER || role == Role.ANONYMOUS)
				&& body.contains(ownApproved)) {
			return "the own department's approved section";
		}
		return null;
	}

	private static String abbreviate(String body) {
		String text = body == null ? "" : body.replaceAll("\\s+", " ");
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	private static boolean isPage(Route route) {
		return !route.path().startsWith("/api/") && !route.path().startsWith("/public/");
	}

	// --- the requests -------------------------------------------------------------------------------------------

	private record Answer(int status, String location, String body) {
	}

	private Answer callProduct(Route route, Role role, Fixture fixture) {
		String path = fill(route.path(), fixture);
		Body body = productBody(route, fixture);
		if (isPage(route)) {
			BrowserSession browser = browsers.get(role);
			Map<String, String> headers = new LinkedHashMap<>();
			byte[] content = body.content;
			if (!"GET".equals(route.method()) && role != Role.ANONYMOUS) {
				if (body.multipart) {
					Multipart multipart = Multipart.of(Map.of("_csrf", pageTokens.get(role)), "file", "情况.txt",
							"一、主要举措\n规范执法。".getBytes(StandardCharsets.UTF_8));
					return answer(browser.send(route.method(), path, multipart.contentType(), multipart.body(), headers));
				}
				String form = "_csrf=" + encode(pageTokens.get(role)) + (content == null ? ""
						: "&" + new String(content, StandardCharsets.UTF_8));
				return answer(browser.send(route.method(), path, "application/x-www-form-urlencoded",
						form.getBytes(StandardCharsets.UTF_8), headers));
			}
			return answer(browser.send(route.method(), path, body.contentType, content, headers));
		}
		ApiClient.Caller caller = apis.get(role);
		if (body.multipart) {
			Multipart multipart = Multipart.of(Map.of(), "file", "情况.txt",
					"一、主要举措\n规范执法。".getBytes(StandardCharsets.UTF_8));
			return answer(caller.send(route.method(), path, multipart.contentType(), multipart.body(), Map.of()));
		}
		return answer(caller.send(route.method(), path, body.contentType, body.content, Map.of()));
	}

	private Answer callEngine(Route route, Role role, Fixture fixture, boolean visibleTask) {
		String path = fillEngine(route.path(), role, fixture, visibleTask);
		boolean read = Set.of("GET", "HEAD", "OPTIONS").contains(route.method());
		// an administrator may do anything, so nothing real is touched: placeholders, and a body Camunda refuses
		// (415) before it acts; everyone else sends real ids and a JSON body, which only the gate stands between
		String contentType = read ? null : role == Role.ADMIN ? "text/plain" : "application/json";
		byte[] content = read ? null : (role == Role.ADMIN ? "x" : "{}").getBytes(StandardCharsets.UTF_8);
		if (route.path().startsWith("/camunda/")) {
			Map<String, String> headers = role == Role.ANONYMOUS ? Map.of()
					: Map.of("X-XSRF-TOKEN", camundaTokens.get(role), "Accept", "application/json");
			return answer(browsers.get(role).send(route.method(), path, contentType, content, headers));
		}
		return answer(apis.get(role).send(route.method(), path, contentType, content, Map.of()));
	}

	private static Answer answer(ApiClient.Response response) {
		return new Answer(response.status(), response.header("Location"), response.body());
	}

	private static Answer answer(HttpResponse<String> response) {
		return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
				response.body());
	}

	/**
	 * A route about one task (in its path, or the history of one task) is asked about a task the role may see (where
	 * it has one) and one it may not.
	 */
	private static List<Boolean> taskVariants(Route route, Role role, Fixture fixture) {
		if (!route.path().contains("/task/{id}") && !route.path().endsWith("/history/user-operation")
				&& !route.path().endsWith("/history/user-operation/count")) {
			return List.of(false);
		}
		return fixture.visibleTask().containsKey(role) ? List.of(true, false) : List.of(false);
	}

	private String fill(String template, Fixture fixture) {
		String path = template;
		if (path.startsWith("/public/reports/")) {
			path = path.replace("{id}", String.valueOf(fixture.publication()));
		}
		else if (path.contains("notifications/{id}")) {
			path = path.replace("{id}", String.valueOf(fixture.editorsMessage()));
		}
		return path.replace("{campaignId}", String.valueOf(fixture.campaign()))
			.replace("{id}", String.valueOf(fixture.campaign()))
			.replace("{department}", "sfj")
			.replace("{code}", "sfj")
			.replace("{reference}", "g" + fixture.campaign())
			.replace("{key}", "department-section")
			.replace("{year}", String.valueOf(Steps.YEAR))
			.replace("{date}", "2099-12-31");
	}

	private static final Map<String, Function<Fixture, String>> ENGINE_IDS = Map.of("job", Fixture::job,
			"process-instance", Fixture::processInstance, "execution", Fixture::processInstance,
			"process-definition", Fixture::processDefinition, "filter", Fixture::filter);

	private String fillEngine(String template, Role role, Fixture fixture, boolean visibleTask) {
		String path = template.replace("{name}", "default");
		if (role == Role.ADMIN || role == Role.ANONYMOUS) {
			return path.replaceAll("\\{[^}]+}", "x");
		}
		StringBuilder filled = new StringBuilder();
		Matcher variable = Pattern.compile("([^/]+)/\\{([^}]+)}").matcher(path);
		int at = 0;
		while (variable.find()) {
			filled.append(path, at, variable.start());
			String resource = variable.group(1);
			String value = switch (variable.group(2)) {
				case "id" -> switch (resource) {
					case "task" -> fixture.task(role, visibleTask);
					case "user" -> role.user;
					case "group" -> "camunda-admin";
					default -> ENGINE_IDS.getOrDefault(resource, f -> "x").apply(fixture);
				};
				case "key" -> "department-section";
				case "varId" -> "campaignId";
				case "userId" -> "admin";
				case "groupId" -> "camunda-admin";
				default -> "x";
			};
			filled.append(resource).append('/').append(value);
			at = variable.end();
		}
		filled.append(path.substring(at));
		if (path.endsWith("/history/user-operation") || path.endsWith("/history/user-operation/count")) {
			filled.append("?taskId=").append(fixture.task(role, visibleTask));
		}
		return filled.toString().replaceAll("\\{[^}]+}", "x");
	}

	private record Body(String contentType, byte[] content, boolean multipart) {

		static Body none() {
			return new Body(null, null, false);
		}

		static Body json(String json) {
			return new Body("application/json", json.getBytes(StandardCharsets.UTF_8), false);
		}

		static Body form(String form) {
			return new Body("application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8), false);
		}

		static Body file() {
			return new Body(null, null, true);
		}

	}

	/**
	 * A well-formed body for each write, so that the rules on who may are what answers: for those who may, a step
	 * that is not due, a stale version or a missing reason refuses it (409, 400, 422) and nothing changes.
	 */
	private Body productBody(Route route, Fixture fixture) {
		String key = route.toString();
		return switch (key) {
			case "PUT /api/departments/{code}" -> Body.json("{\"name\":\"司法局\",\"order\":" + fixture.departmentOrder() + "}");
			case "PUT /api/organizations/{code}" -> Body.json("{\"name\":\"司法局\",\"kind\":\"DEPARTMENT\",\"parent\":\"gov\","
					+ "\"order\":" + fixture.departmentOrder() + "}");
			// well formed, but two items share a code: refused by the catalogue after the role, never stored
			case "PUT /api/report-items" -> Body.json("{\"items\":[{\"code\":\"matrix\",\"name\":\"甲\",\"level\":1},"
					+ "{\"code\":\"matrix\",\"name\":\"乙\",\"level\":1}]}");
			case "POST /api/years" -> Body.json("{\"year\":2098,\"root\":\"xq\"}");
			case "POST /years" -> Body.form("year=2098&root=xq");
			case "POST /api/campaigns" -> Body.json("{\"organization\":\"" + fixture.organization() + "\",\"year\":"
					+ Steps.YEAR + ",\"departments\":[\"sfj\"]}");
			case "PUT /api/campaigns/{id}/deadlines" -> Body.json("{}");
			case "PUT " + SECTION, "PUT " + SECTION + "/working-copy" ->
				Body.json(toJson(Steps.section("sfj", "版本已过时", 0)));
			case "POST " + SECTION + "/confirm" -> Body.json("{\"decision\":\"CONFIRM\"}");
			case "POST " + SECTION + "/review" -> Body.json("{\"decision\":\"APPROVE\"}");
			case "POST " + SECTION + "/extension" -> Body.json("{\"until\":\"2027-02-26\",\"reason\":\"再次申请\"}");
			case "POST " + SECTION + "/extension/decision" -> Body.json("{\"decision\":\"REFUSE\"}");
			case "POST " + SECTION + "/department-report/sign", "POST " + REPORT + "/sign" ->
				Body.json("{\"decision\":\"RETURN\"}");
			case "POST " + SECTION + "/department-report/confidentiality", "POST " + REPORT + "/confidentiality" ->
				Body.json("{\"decision\":\"RETURN\"}");
			case "PUT " + REPORT -> Body.json("{\"title\":\"过时的版本\",\"opening\":\"\",\"parts\":[],\"version\":0}");
			case "POST " + REPORT + "/corrections" -> Body.json("{\"reason\":\"更正\"}");
			case "POST " + REPORT + "/submissions" -> Body.json("{\"submissions\":[{\"recipient\":\"PARTY_COMMITTEE\"}]}");
			case "PUT /api/working-calendar/days/{date}" -> Body.json("{\"working\":false,\"name\":\"矩阵检查日\"}");
			// an annotation of a section that waits for nobody's annotation (409), an answer to one it does not have (404)
			case "POST " + SECTION + "/annotations" ->
				Body.json("{\"revision\":1,\"part\":\"shortcomings\",\"quote\":\"法治宣传\",\"comment\":\"矩阵\"}");
			case "PUT " + SECTION + "/annotations/{id}" -> Body.json("{\"resolved\":true}");
			case "POST /api/import", "POST " + PAGE_SECTION + "/import", "POST " + SECTION + "/attachments",
					"POST " + PAGE_SECTION + "/attachments", "POST " + SECTION + "/import" -> Body.file();
			case "POST /campaigns" -> Body.form("organization=" + encode(fixture.organization()) + "&year="
					+ Steps.YEAR + "&departments=sfj");
			case "POST /campaigns/{campaignId}/report" -> Body.form("version=0&title=" + encode("过时的版本"));
			case "POST /campaigns/{campaignId}/report/preview" -> Body.form("version=0&title=" + encode("预览的标题"));
			case "POST " + PAGE_SECTION -> Body.form("version=0&shortcomings=" + encode("版本已过时"));
			case "POST " + PAGE_SECTION + "/extension" -> Body.form("until=2027-02-26&reason=" + encode("再次申请"));
			case "POST /admin/organizations" -> Body.form("code=sfj&kind=DEPARTMENT&parent=gov&name=" + encode("司法局")
					+ "&order=" + fixture.departmentOrder());
			case "POST /admin/working-calendar" -> Body.form("date=2099-12-30&working=false&name=" + encode("矩阵检查日"));
			// the right current password, a new one too short: refused, and no wrong password counted against anyone
			case "POST /account/password" -> Body.form("current=demo&password=short&repeated=short");
			default -> Body.none();
		};
	}

	// --- the campaigns ------------------------------------------------------------------------------------------

	private Fixture drafting(long publication) {
		String organization = Steps.uniqueOrganization("权限矩阵");
		long campaign = steps.openCampaign(organization, "sfj", "scjgj");
		Map<String, Object> draft = new LinkedHashMap<>(Steps.section("sfj", ownDraft, 0));
		// not complete: submitting it is refused, so the liaison's submit in the matrix changes nothing
		draft.put("leadership", "");
		steps.saveSection(campaign, "sfj", draft);
		ApiClient.Response asked = api.as("liaison-sfj")
			.post(Steps.sectionPath(campaign, "sfj") + "/extension", Map.of("until", "2027-02-20", "reason", "矩阵"));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		steps.saveSection(campaign, "scjgj", Steps.section("scjgj", otherSubmitted, 0));
		steps.submit(campaign, "scjgj");

		String draftTask = task(campaign + ":sfj", "draftSection");
		String confirmTask = task(campaign + ":scjgj", "confirmSection");
		String extensionTask = task(campaign + ":sfj", "decideExtension");
		Map<Role, String> visible = new EnumMap<>(Map.of(Role.OWN_LIAISON, draftTask, Role.OTHER_HEAD, confirmTask,
				Role.EDITOR, extensionTask));
		Map<Role, String> invisible = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			invisible.put(role, role == Role.OWN_LIAISON ? confirmTask : draftTask);
		}
		return fixture(State.DRAFTING, campaign, organization, campaign + ":sfj", visible, invisible, publication);
	}

	private Fixture signing(long publication, String someoneElses) {
		String organization = Steps.uniqueOrganization("权限矩阵签发");
		long campaign = steps.openCampaign(organization, "sfj");
		steps.approveSection(campaign, "sfj", Steps.section("sfj", ownApproved, 0));
		steps.awaitStage(campaign, "EDITING");
		assertThat(api.as("editor").post("/api/campaigns/" + campaign + "/report/edit-complete", null).status())
			.isEqualTo(200);
		String signTask = task(String.valueOf(campaign), "signReport");
		Map<Role, String> visible = new EnumMap<>(Map.of(Role.LEADER, signTask));
		Map<Role, String> invisible = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			invisible.put(role, role == Role.LEADER ? someoneElses : signTask);
		}
		return fixture(State.SIGNING, campaign, organization, String.valueOf(campaign), visible, invisible,
				publication);
	}

	private Fixture fixture(State state, long campaign, String organization, String businessKey,
			Map<Role, String> visible, Map<Role, String> invisible, long publication) {
		JsonNode instance = api.as("admin").get("/engine-rest/process-instance?businessKey=" + businessKey).json().get(0);
		JsonNode job = api.as("admin")
			.get("/engine-rest/job?processInstanceId=" + instance.get("id").asText())
			.json();
		assertThat(job).as("a timer of the state's process").isNotEmpty();
		String filter = api.as("admin").get("/engine-rest/filter").json().get(0).get("id").asText();
		JsonNode messages = api.as("editor").get("/api/notifications").json();
		long editorsMessage = messages.findValues("id").get(0).asLong();
		int order = 0;
		for (JsonNode department : api.as("editor").get("/api/departments").json()) {
			if (department.get("code").asText().equals("sfj")) {
				order = department.get("order").asInt();
			}
		}
		return new Fixture(state, campaign, organization, visible, invisible, job.get(0).get("id").asText(),
				instance.get("id").asText(), instance.get("definitionId").asText(), filter, editorsMessage, publication,
				order);
	}

	/** A report on the public site, for the public routes' {id}. */
	private long publishedReport() {
		String organization = Steps.uniqueOrganization("权限矩阵公开");
		steps.publishedReport(organization.substring(0, 2));
		for (JsonNode report : api.anonymous().get("/public/reports").json()) {
			return report.get("id").asLong();
		}
		throw new AssertionError("no published report");
	}

	/** The open task of that kind in the process with the business key. */
	private String task(String businessKey, String taskKey) {
		JsonNode tasks = api.as("admin")
			.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey)
			.json();
		assertThat(tasks).as("open %s task of %s", taskKey, businessKey).isNotEmpty();
		return tasks.get(0).get("id").asText();
	}

	private void signIn() {
		for (Role role : Role.values()) {
			apis.put(role, role == Role.ANONYMOUS ? api.anonymous() : api.as(role.user));
			BrowserSession browser = role == Role.ANONYMOUS ? BrowserSession.anonymous(port)
					: BrowserSession.login(port, role.user);
			browsers.put(role, browser);
			if (role != Role.ANONYMOUS) {
				pageTokens.put(role, browser.pageToken());
				camundaTokens.put(role, browser.camundaToken());
			}
		}
	}

	private static String toJson(Object value) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
