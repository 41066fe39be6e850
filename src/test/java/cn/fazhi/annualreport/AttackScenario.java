package cn.fazhi.annualreport;

import java.net.http.HttpResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.fazhi.annualreport.testing.ApiClient;
import cn.fazhi.annualreport.testing.ApiClient.Response;
import cn.fazhi.annualreport.testing.AtOnce;
import cn.fazhi.annualreport.testing.BrowserSession;
import cn.fazhi.annualreport.testing.RunningProduct;
import cn.fazhi.annualreport.testing.Steps;

import static cn.fazhi.annualreport.testing.Steps.section;
import static cn.fazhi.annualreport.testing.Steps.sectionPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an outside audit did to the running product, done again (issue 12, DESIGN §9): killing timers through the
 * engine's API, locking accounts with wrong passwords, completing a task with forged process variables, completing one
 * task ten times at once, signing a user out with a cross-site write; and how passwords are stored and pages are
 * protected. Runs on H2 and PostgreSQL.
 */
abstract class AttackScenario extends RunningProduct {

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcTemplate database;

	/** Everyone but the administrator, and nobody at all. */
	private static final List<String> NOT_ADMINISTRATORS = java.util.Arrays.asList(null, "liaison-sfj", "head-sfj",
			"liaison-scjgj", "head-scjgj", "reviewer", "editor", "leader", "officer");

	private static final List<String> FACES = List.of("/engine-rest", "/camunda/api/engine/engine/default");

	@Test
	void nobodyButAnAdministratorTouchesATimer() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("定时器"), "sfj", "scjgj");
		steps.saveSection(campaign, "scjgj", section("scjgj", "已提交", 0));
		steps.submit(campaign, "scjgj");
		List<String> instances = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKeyLike(campaign + "%")
			.list()
			.stream()
			.map(instance -> instance.getId())
			.toList();
		List<Job> timers = new ArrayList<>(management.createJobQuery().timers().list())
			.stream()
			.filter(job -> instances.contains(job.getProcessInstanceId()) || "daily-digest".equals(
					job.getProcessDefinitionKey()))
			.toList();
		assertThat(timers).as("reminder timers of the sections, the publication limit, the daily digest")
			.hasSizeGreaterThanOrEqualTo(4);
		Map<String, String> before = describe(timers);
		String instance = instances.get(0);

		AtomicInteger attempts = new AtomicInteger();
		List<String> answered = new ArrayList<>();
		for (String user : NOT_ADMINISTRATORS) {
			ApiClient.Caller caller = user == null ? api.anonymous() : api.as(user);
			BrowserSession browser = user == null ? BrowserSession.anonymous(port) : BrowserSession.login(port, user);
			Map<String, String> camunda = user == null ? Map.of()
					: Map.of("X-XSRF-TOKEN", browser.camundaToken(), "Accept", "application/json");
			for (Job timer : timers) {
				for (String face : FACES) {
					for (String[] attack : attacks(timer, instance)) {
						String path = face + attack[1];
						int status = face.startsWith("/camunda")
								? browser.send(attack[0], path, "application/json",
										attack[2].getBytes(StandardCharsets.UTF_8), camunda).statusCode()
								: caller.send(attack[0], path, "application/json",
										attack[2].getBytes(StandardCharsets.UTF_8), Map.of()).status();
						attempts.incrementAndGet();
						if (status != (user == null ? 401 : 403)) {
							answered.add(user + " " + attack[0] + " " + path + " → " + status);
						}
					}
				}
			}
		}

		System.out.printf("Timer integrity: %d attempts on %d timers by %d roles, none let through%n", attempts.get(),
				timers.size(), NOT_ADMINISTRATORS.size());
		assertThat(answered).as("attempts on timers that were not refused").isEmpty();
		assertThat(describe(management.createJobQuery()
			.jobIds(timers.stream().map(Job::getId).collect(Collectors.toSet()))
			.list())).as("every timer as it was: retries, suspension, due date, no exception").isEqualTo(before);
		assertThat(management.createJobQuery().withException().list()).as("no job failed")
			.noneMatch(job -> instances.contains(job.getProcessInstanceId()));
		assertThat(runtime.createIncidentQuery().list()).as("no incident")
			.noneMatch(incident -> instances.contains(incident.getProcessInstanceId())
					|| timers.stream().anyMatch(timer -> timer.getId().equals(incident.getConfiguration())));
	}

	/** Every way to run, stop, postpone or break a job, its definition or its process through the engine's API. */
	private static List<String[]> attacks(Job timer, String instance) {
		String job = "/job/" + timer.getId();
		String definition = "/job-definition/" + timer.getJobDefinitionId();
		return List.of(new String[] { "POST", job + "/execute", "{}" },
				new String[] { "PUT", job + "/retries", "{\"retries\":0}" }, new String[] { "DELETE", job, "{}" },
				new String[] { "PUT", job + "/suspended", "{\"suspended\":true}" },
				new String[] { "PUT", job + "/duedate", "{\"duedate\":\"2099-01-01T00:00:00.000+0000\"}" },
				new String[] { "POST", job + "/duedate/recalculate", "{}" },
				new String[] { "PUT", job + "/priority", "{\"priority\":100}" },
				new String[] { "POST", "/job/retries", "{\"jobIds\":[\"" + timer.getId() + "\"],\"retries\":0}" },
				new String[] { "PUT", "/job/suspended",
						"{\"processDefinitionKey\":\"" + timer.getProcessDefinitionKey() + "\",\"suspended\":true}" },
				new String[] { "PUT", definition + "/retries", "{\"retries\":0}" },
				new String[] { "PUT", definition + "/suspended", "{\"suspended\":true,\"includeJobs\":true}" },
				new String[] { "PUT", "/process-instance/" + instance + "/suspended", "{\"suspended\":true}" },
				new String[] { "POST", "/execution/" + instance + "/create-incident",
						"{\"incidentType\":\"failedJob\",\"configuration\":\"" + timer.getId() + "\"}" },
				new String[] { "DELETE", "/process-instance/" + instance, "{}" });
	}

	private static Map<String, String> describe(List<Job> jobs) {
		Map<String, String> described = new java.util.TreeMap<>();
		jobs.forEach(job -> described.put(job.getId(), "retries=" + job.getRetries() + " suspended=" + job.isSuspended()
				+ " due=" + job.getDuedate() + " exception=" + job.getExceptionMessage()));
		return described;
	}

	@Test
	void aStrangerCannotKeepAnAccountsOwnerOut() throws Exception {
		String account = steps.newUser("正确的密码", "liaison-scjgj");
		String stranger = address();
		String owner = address();
		List<Integer> tries = new ArrayList<>();
		Response last = null;
		for (int i = 0; i < 15; i++) {
			last = basic(account, "猜测" + i, stranger).get("/api/areas");
			tries.add(last.status());
		}
		// five free guesses, then each one waits, up to 30 s: refused unchecked, as 429 with the wait
		assertThat(tries.subList(0, 5)).containsOnly(401);
		assertThat(tries).contains(429);
		assertThat(last.contentType().toString()).startsWith("application/problem+json");
		assertThat(last.json().get("detail").asText()).contains("秒后再试");
		long wait = Long.parseLong(last.header("Retry-After"));
		assertThat(wait).isBetween(1L, 30L);

		// the stranger's address waits, even with the right password; the owner, elsewhere, signs in at once
		assertThat(basic(account, "正确的密码", stranger).get("/api/areas").status()).isEqualTo(429);
		assertThat(basic(account, "正确的密码", owner).get("/api/areas").status()).isEqualTo(200);
		// and within the longest wait the right password works from there too: nothing stays locked
		Thread.sleep(Duration.ofSeconds(wait).plusMillis(500).toMillis());
		assertThat(basic(account, "正确的密码", stranger).get("/api/areas").status()).isEqualTo(200);
	}

	@Test
	void theOwnersOwnBrowserIsNotKeptWaitingWhateverAStrangerAtTheSameAddressTypes() {
		String account = steps.newUser("正确的密码", "liaison-scjgj");
		String office = address();
		BrowserSession owners = BrowserSession.anonymous(port);
		assertThat(signInOnTheForm(owners, account, "正确的密码", office)).isEqualTo("/");
		signOut(owners, office);

		for (int i = 0; i < 15; i++) {
			basic(account, "猜测" + i, office).get("/api/areas");
		}
		assertThat(basic(account, "正确的密码", office).get("/api/areas").status()).as("the office address waits")
			.isEqualTo(429);

		assertThat(signInOnTheForm(BrowserSession.anonymous(port), account, "正确的密码", office))
			.as("a browser the account never signed in with, at that address").isEqualTo("/login?error");
		assertThat(signInOnTheForm(owners, account, "正确的密码", office)).as("the owner's own browser").isEqualTo("/");
	}

	/** Where the login form sends the browser after it is sent from the address. */
	private String signInOnTheForm(BrowserSession browser, String account, String password, String address) {
		Map<String, String> from = Map.of("X-Forwarded-For", address);
		String token = BrowserSession.csrfToken(browser.send("GET", "/login", null, null, from).body());
		HttpResponse<String> answer = browser.send("POST", "/login", "application/x-www-form-urlencoded",
				("username=" + account + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
						+ "&_csrf=" + token).getBytes(StandardCharsets.UTF_8),
				from);
		assertThat(answer.statusCode()).isEqualTo(302);
		URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
		return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
	}

	private void signOut(BrowserSession browser, String address) {
		Map<String, String> from = Map.of("X-Forwarded-For", address);
		String token = BrowserSession.csrfToken(browser.send("GET", "/", null, null, from).body());
		assertThat(browser.send("POST", "/logout", "application/x-www-form-urlencoded",
				("_csrf=" + token).getBytes(StandardCharsets.UTF_8), from).statusCode()).isEqualTo(302);
	}

	@Test
	void aMistypedPasswordCanBeRetypedAtOnce() {
		String account = steps.newUser("正确的密码", "liaison-scjgj");
		String address = address();
		assertThat(basic(account, "正确的秘码", address).get("/api/areas").status()).isEqualTo(401);
		assertThat(basic(account, "正确的密码", address).get("/api/areas").status()).isEqualTo(200);
	}

	@Test
	void theLoginFormSaysHowLongToWait() {
		String account = steps.newUser("正确的密码", "liaison-scjgj");
		String address = address();
		BrowserSession browser = BrowserSession.anonymous(port);
		for (int i = 0; i < 8; i++) {
			assertThat(signInOnTheForm(browser, account, "wrong" + i, address)).isEqualTo("/login?error");
		}
		HttpResponse<String> answer = browser.send("GET", "/login?error", null, null,
				Map.of("X-Forwarded-For", address));
		assertThat(answer.body()).contains("登录尝试过于频繁，请", "秒后再试").doesNotContain("用户名或密码不正确");
	}

	@Test
	void passwordsAreKeptWithASlowHashAndOldOnesAreRehashed() throws Exception {
		assertThat(storedPassword("liaison-sfj")).startsWith("{PBKDF2-SHA256}");
		String account = steps.newUser("旧密码", "liaison-scjgj");
		// a password stored before, as Camunda did: one round of salted SHA-512
		String salt = "c2FsdHNhbHRzYWx0c2FsdA==";
		String sha512 = Base64.getEncoder()
			.encodeToString(MessageDigest.getInstance("SHA-512").digest(("旧密码" + salt).getBytes(StandardCharsets.UTF_8)));
		database.update("update ACT_ID_USER set PWD_ = ?, SALT_ = ? where ID_ = ?", "{SHA-512}" + sha512, salt, account);

		assertThat(basic(account, "旧密码", address()).get("/api/areas").status()).isEqualTo(200);

		assertThat(storedPassword(account)).startsWith("{PBKDF2-SHA256}");
		assertThat(basic(account, "旧密码", address()).get("/api/areas").status()).isEqualTo(200);
		assertThat(basic(account, "别的密码", address()).get("/api/areas").status()).isEqualTo(401);
	}

	@Test
	void aCompletionCarriesOnlyItsFormsFields() {
		String organization = Steps.uniqueOrganization("伪造变量");
		long mine = steps.openCampaign(organization, "scjgj");
		long theirs = steps.openCampaign(organization, Steps.YEAR - 1, "scjgj");
		steps.saveSection(mine, "scjgj", section("scjgj", "本年", 0));
		steps.saveSection(theirs, "scjgj", section("scjgj", "上年", 0));
		String draft = taskOf("liaison-scjgj", mine + ":scjgj");

		// the audit's request: campaign 2's section would jump ahead while campaign 1's process waits
		Response forged = api.as("liaison-scjgj")
			.post("/engine-rest/task/" + draft + "/complete",
					Map.of("variables", Map.of("campaignId", Map.of("value", theirs, "type", "Long"))));
		assertThat(forged.status()).as(forged.body()).isEqualTo(400);
		assertThat(forged.json().get("errors").get(0).get("field").asText()).isEqualTo("variables.campaignId");
		assertThat(steps.stageOf(mine, "scjgj")).isEqualTo("DRAFTING");
		assertThat(steps.stageOf(theirs, "scjgj")).isEqualTo("DRAFTING");

		// without forged variables the completion submits this campaign's section, and only it
		assertThat(api.as("liaison-scjgj").post("/engine-rest/task/" + draft + "/complete", Map.of()).status())
			.isEqualTo(204);
		assertThat(steps.stageOf(mine, "scjgj")).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(steps.stageOf(theirs, "scjgj")).isEqualTo("DRAFTING");

		// the head's form has a decision and a comment; the department is the process's, not the form's
		String confirm = taskOf("head-scjgj", mine + ":scjgj");
		BrowserSession tasklist = BrowserSession.login(port, "head-scjgj");
		HttpResponse<String> extra = submitForm(tasklist, confirm,
				"{\"headDecision\":{\"value\":\"CONFIRM\"},\"department\":{\"value\":\"sfj\"}}");
		assertThat(extra.statusCode()).as(extra.body()).isEqualTo(400);
		assertThat(extra.body()).contains("variables.department", "headDecision", "headComment");
		HttpResponse<String> form = submitForm(tasklist, confirm,
				"{\"headDecision\":{\"value\":\"CONFIRM\"},\"headComment\":{\"value\":\"同意\"}}");
		assertThat(form.statusCode()).as(form.body()).isEqualTo(204);
		assertThat(steps.stageOf(mine, "scjgj")).isEqualTo("IN_REVIEW");
	}

	@Test
	void aTaskCompletedTenTimesAtOnceIsCompletedOnce() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("并发办理"), "sfj");
		steps.saveSection(campaign, "sfj", section("sfj", "并发", 0));
		steps.submit(campaign, "sfj");
		String confirm = taskOf("head-sfj", campaign + ":sfj");
		Map<String, Object> body = Map.of("variables", Map.of("headDecision", Map.of("value", "CONFIRM")));

		List<Integer> statuses = AtOnce.inParallel(10,
				() -> api.as("head-sfj").post("/engine-rest/task/" + confirm + "/complete", body).status());

		assertThat(statuses).as("one completion, the others told it was just done").containsOnly(204, 409)
			.filteredOn(status -> status == 204)
			.hasSize(1);
		assertThat(steps.stageOf(campaign, "sfj")).isEqualTo("IN_REVIEW");
		assertThat(database.queryForObject(
				"select count(*) from section_decision where campaign_id = ? and department_code = 'sfj'", Long.class,
				campaign))
			.isEqualTo(1);
	}

	@Test
	void aWriteWithoutTheWebappsTokenIsRefusedAndTheUserStaysSignedIn() {
		BrowserSession browser = BrowserSession.login(port, "head-sfj");
		String token = browser.camundaToken();
		HttpResponse<String> refused = browser.send("POST", "/camunda/api/engine/engine/default/task/x/claim",
				"application/json", "{}".getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("您仍处于登录状态");
		// the session and Tasklist's token are as they were
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		assertThat(browser.camundaToken()).isEqualTo(token);
		HttpResponse<String> filters = browser.send("GET", "/camunda/api/engine/engine/default/filter", null, null,
				Map.of("Accept", "application/json"));
		assertThat(filters.statusCode()).isEqualTo(200);
		// and a page elsewhere cannot send the session cookie with a write at all
		HttpResponse<String> login = BrowserSession.anonymous(port).send("GET", "/login", null, null, Map.of());
		assertThat(login.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("JSESSIONID")
				&& cookie.contains("SameSite=Lax") && cookie.contains("HttpOnly"));
	}

	@Test
	void pagesCarryAContentSecurityPolicyAndKeepTheirAddressesToThemselves() {
		long campaign = steps.publishedReport("内容安全策略");
		long publication = api.anonymous().get("/public/reports").json().get(0).get("id").asLong();
		BrowserSession editor = BrowserSession.login(port, "editor");
		for (HttpResponse<String> page : List.of(editor.get("/"), editor.get("/campaigns/" + campaign),
				BrowserSession.anonymous(port).get("/public/reports"),
				BrowserSession.anonymous(port).get("/public/reports/" + publication),
				BrowserSession.anonymous(port).get("/login"))) {
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(page.uri().toString())
				.hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'", "script-src 'self'",
						"object-src 'none'", "frame-ancestors 'self'"));
			assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		}
	}

	// --- helpers --------------------------------------------------------------------------------------------------

	/** A client address behind the product's proxy, which the throttle counts by, different for every call. */
	private static String address() {
		return "198.51." + (int) (Math.random() * 250) + "." + (int) (1 + Math.random() * 250);
	}

	private ApiClient.Caller basic(String user, String password, String address) {
		return api.as(user, password).from(address);
	}

	private String storedPassword(String user) {
		return database.queryForObject("select PWD_ from ACT_ID_USER where ID_ = ?", String.class, user);
	}

	private String taskOf(String user, String businessKey) {
		JsonNode tasks = api.as(user).get("/engine-rest/task?processInstanceBusinessKey=" + businessKey).json();
		assertThat(tasks).hasSize(1);
		return tasks.get(0).get("id").asText();
	}

	/** What Tasklist sends when the user presses 完成 on a task's form. */
	private static HttpResponse<String> submitForm(BrowserSession tasklist, String task, String variables) {
		return tasklist.send("POST", "/camunda/api/engine/engine/default/task/" + task + "/submit-form",
				"application/json", ("{\"variables\":" + variables + "}").getBytes(StandardCharsets.UTF_8),
				Map.of("X-XSRF-TOKEN", tasklist.camundaToken()));
	}

}
