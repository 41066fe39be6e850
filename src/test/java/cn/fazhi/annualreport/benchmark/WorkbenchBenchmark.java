package cn.fazhi.annualreport.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.fazhi.annualreport.AnnualReportApplication;
import cn.fazhi.annualreport.campaign.Campaign;
import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.campaign.OpenCampaign;
import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.deadline.WorkingCalendar;
import cn.fazhi.annualreport.review.HeadDecision;
import cn.fazhi.annualreport.review.ReviewDecision;
import cn.fazhi.annualreport.review.ReviewService;
import cn.fazhi.annualreport.section.SectionContent;
import cn.fazhi.annualreport.section.SectionContent.AchievementItem;
import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.section.SectionService;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.testing.EmbeddedPostgresInitializer;

/**
 * Load driver for the 工作台 and the campaign dashboard: the latency of {@code GET /api/tasks} for a department's
 * liaison and for the legal reviewer, and of {@code GET /api/campaigns/{id}} for a 40-department campaign, with 4,000
 * open tasks in the database. The product runs with its production settings in this JVM and is called over real HTTP
 * with HTTP Basic as the demo users; each endpoint is warmed up, then called in turn, one request at a time, and the
 * median and 95th percentile printed. Exits non-zero if a p95 reaches the target.
 *
 * <p>
 * The data: the 8 demo departments and 32 more registered in the catalogue, 100 campaigns of all 40 (one drafting,
 * confirming, reviewing or revising task per section, 4,000 in all). In every campaign, 4 demo departments'
 * sections wait for the legal review (400 tasks of {@code legal-reviewers}), 2 were returned by the reviewer and are
 * being revised, 1 waits for its head's confirmation; the rest, among them {@code sfj} whose liaison is measured
 * (100 tasks), are being drafted. The campaigns' section deadlines differ by up to 30 days. On PostgreSQL the tables
 * are analysed once loaded, as autovacuum would do shortly after.
 *
 * <pre>
 * ./mvnw -Pbenchmark-workbench -DskipTests verify                             # H2
 * ./mvnw -Pbenchmark-workbench -DskipTests verify -Dbenchmark.database=postgres
 * </pre>
 *
 * {@code -Dbenchmark.sql=true} then prints, for 20 more requests per endpoint, the statements they ran and their time
 * ({@link SqlProfile}); {@code -Dbenchmark.jfr=FILE} (run with {@code java} directly) records the measured requests
 * with Flight Recorder.
 */
public final class WorkbenchBenchmark {

	/** The demo departments whose sections move on: their liaisons, heads and the reviewer are demo users. */
	static final List<String> IN_REVIEW = List.of("sthjj", "rsj", "jyj", "wjw");

	static final List<String> RETURNED = List.of("cgzfj", "gaj");

	static final List<String> CONFIRMING = List.of("scjgj");

	static final String LIAISON = "liaison-sfj";

	static final String REVIEWER = "reviewer";

	static final String EDITOR = "editor";

	static final String PASSWORD = "demo";

	static final int DEPARTMENTS = 40;

	private WorkbenchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int campaignCount = Integer.getInteger("benchmark.campaigns", 100);
		int warmUp = Integer.getInteger("benchmark.warmup", 50);
		int requests = Integer.getInteger("benchmark.requests", 200);
		double targetMillis = Double.parseDouble(System.getProperty("benchmark.target", "100"));
		boolean postgres = "postgres".equals(System.getProperty("benchmark.database", "h2"));

		String database = postgres ? EmbeddedPostgresInitializer.newDatabase("workbench")
				: "jdbc:h2:mem:workbench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
		long started = System.nanoTime();
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database,
				"--spring.datasource.username=" + (postgres ? "postgres" : "sa"), "--spring.datasource.password=",
				"--logging.level.root=WARN", "--spring.main.banner-mode=off"));
		// e.g. -Dbenchmark.settings=logging.level.org.camunda.bpm.engine.impl.persistence.entity=DEBUG
		for (String setting : System.getProperty("benchmark.settings", "").split(",")) {
			if (!setting.isBlank()) {
				arguments.add("--" + setting.strip());
			}
		}
		boolean sql = Boolean.getBoolean("benchmark.sql");
		SpringApplicationBuilder builder = new SpringApplicationBuilder(AnnualReportApplication.class)
			.web(WebApplicationType.SERVLET);
		if (sql) {
			builder.initializers(new SqlProfile());
		}
		ConfigurableApplicationContext app = builder.run(arguments.toArray(String[]::new));
		try {
			List<Long> campaigns = openCampaigns(app, campaignCount);
			long openTasks = app.getBean(TaskService.class).createTaskQuery().count();
			System.out.printf("setup: %d campaigns of %d departments, %d open tasks, %.1f s%n", campaigns.size(),
					DEPARTMENTS, openTasks, (System.nanoTime() - started) / 1e9);
			awaitIdleJobs(app.getBean(ManagementService.class));
			if (postgres) {
				// statistics of the freshly loaded tables, as autovacuum would gather them a minute or so later:
				// with those of the empty tables, a reviewer's list took 40 ms longer (see README)
				app.getBean(JdbcTemplate.class).execute("analyze");
			}

			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			Http http = new Http("http://127.0.0.1:" + port);
			List<Endpoint> endpoints = List.of(
					new Endpoint("GET /api/tasks", LIAISON + " (1 department)", LIAISON, i -> "/api/tasks"),
					new Endpoint("GET /api/tasks", REVIEWER + " (" + Roles.LEGAL_REVIEWERS + ")", REVIEWER,
							i -> "/api/tasks"),
					new Endpoint("GET /api/campaigns/{id}", EDITOR + ", 40 departments", EDITOR,
							i -> "/api/campaigns/" + campaigns.get(i % campaigns.size())));

			for (Endpoint endpoint : endpoints) {
				endpoint.describe(http.getJson(endpoint.user, endpoint.path.apply(0)));
			}
			for (int i = 0; i < warmUp; i++) {
				for (Endpoint endpoint : endpoints) {
					http.time(endpoint.user, endpoint.path.apply(i));
				}
			}

			jdk.jfr.Recording recording = null;
			if (System.getProperty("benchmark.jfr") != null) {
				recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
				recording.start();
			}
			OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
			double loadBefore = system.getSystemLoadAverage();
			// in turn, so that whatever else the (shared) machine does falls on every endpoint alike
			for (int i = 0; i < requests; i++) {
				for (Endpoint endpoint : endpoints) {
					endpoint.nanos[i] = http.time(endpoint.user, endpoint.path.apply(warmUp + i));
				}
			}
			double loadAfter = system.getSystemLoadAverage();
			if (recording != null) {
				recording.dump(java.nio.file.Path.of(System.getProperty("benchmark.jfr")));
				recording.close();
			}

			System.out.printf("%ndatabase: %s; %d open tasks; %d warm-up and %d measured requests per endpoint, "
					+ "one at a time%n", postgres ? "PostgreSQL (embedded)" : "H2 (in memory)", openTasks, warmUp,
					requests);
			// what else ran meanwhile: a load above the cores means requests waited for a core
			System.out.printf("machine: %d cores, load average %.1f before and %.1f after the measured requests%n%n",
					system.getAvailableProcessors(), loadBefore, loadAfter);
			String format = "%-24s %-36s %7s %9s %9s %9s %9s  %s%n";
			System.out.printf(format, "endpoint", "caller", "items", "median", "p95", "max", "bytes", "p95 < "
					+ (int) targetMillis + " ms");
			boolean missed = false;
			for (Endpoint endpoint : endpoints) {
				long[] sorted = endpoint.nanos.clone();
				Arrays.sort(sorted);
				double p95 = percentile(sorted, 95);
				missed |= p95 >= targetMillis;
				System.out.printf(format, endpoint.name, endpoint.caller, endpoint.items,
						millis(percentile(sorted, 50)), millis(p95), millis(sorted[sorted.length - 1] / 1e6),
						endpoint.bytes, p95 < targetMillis ? "yes" : "NO");
			}
			if (sql) {
				profile(http, endpoints, warmUp + requests);
			}
			if (missed) {
				System.exit(1);
			}
		}
		finally {
			app.close();
		}
	}

	/** -Dbenchmark.sql=true: the statements of 20 more requests per endpoint, after the measured ones. */
	private static void profile(Http http, List<Endpoint> endpoints, int offset) throws Exception {
		int runs = 20;
		for (Endpoint endpoint : endpoints) {
			SqlProfile.start();
			long total = 0;
			for (int i = 0; i < runs; i++) {
				total += http.time(endpoint.user, endpoint.path.apply(offset + i));
			}
			SqlProfile.stop();
			System.out.printf("%n%s as %s: %.1f statements and %.1f ms in the database per request of %.1f ms%n",
					endpoint.name, endpoint.caller, SqlProfile.statements() / (double) runs,
					SqlProfile.nanos() / 1e6 / runs, total / 1e6 / runs);
			SqlProfile.top(8)
				.forEach((text, totals) -> System.out.printf("  %5.1f x %6.2f ms  %s%n", totals[0] / (double) runs,
						totals[1] / 1e6 / runs, text.length() > 300 ? text.substring(0, 300) + "…" : text));
		}
	}

	/**
	 * Registers departments up to 40, opens the campaigns of all of them, and moves some sections on as their
	 * liaisons, heads and the reviewer would, through the services the API calls.
	 */
	private static List<Long> openCampaigns(ConfigurableApplicationContext app, int count) {
		Catalogue catalogue = app.getBean(Catalogue.class);
		CampaignService campaigns = app.getBean(CampaignService.class);
		SectionService sections = app.getBean(SectionService.class);
		ReviewService reviews = app.getBean(ReviewService.class);
		UserDirectory directory = app.getBean(UserDirectory.class);
		WorkingCalendar calendar = app.getBean(WorkingCalendar.class);

		for (int i = catalogue.departments().size() + 1; i <= DEPARTMENTS; i++) {
			catalogue.register(String.format("bm%02d", i), "基准委办局" + i, 100 + i);
		}
		List<String> codes = catalogue.departments().stream().map(Department::getCode).toList();
		if (codes.size() != DEPARTMENTS) {
			throw new IllegalStateException("expected " + DEPARTMENTS + " departments, found " + codes);
		}
		CurrentUser editor = user(directory, EDITOR);
		CurrentUser reviewer = user(directory, REVIEWER);
		LocalDate today = BusinessTime.today(Clock.systemUTC());
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LocalDate due = calendar.onOrAfter(today.plusDays(14 + i % 30));
			Campaign campaign = campaigns.open(
					new OpenCampaign("基准" + i + "区人民政府", 2026, codes, due, null, null, null, null), editor);
			ids.add(campaign.getId());
			for (String department : IN_REVIEW) {
				confirmed(sections, reviews, directory, new SectionKey(campaign.getId(), department));
			}
			for (String department : RETURNED) {
				SectionKey key = new SectionKey(campaign.getId(), department);
				confirmed(sections, reviews, directory, key);
				reviews.requestReview(key, ReviewDecision.RETURN, "请补充数据来源", reviewer);
			}
			for (String department : CONFIRMING) {
				submitted(sections, directory, new SectionKey(campaign.getId(), department));
			}
		}
		return ids;
	}

	private static void submitted(SectionService sections, UserDirectory directory, SectionKey key) {
		CurrentUser liaison = user(directory, Roles.liaison(key.department()));
		sections.saveDraft(key, content(key.department()), 0, liaison);
		sections.requestSubmission(key, liaison);
	}

	private static void confirmed(SectionService sections, ReviewService reviews, UserDirectory directory,
			SectionKey key) {
		submitted(sections, directory, key);
		reviews.requestConfirmation(key, HeadDecision.CONFIRM, null, user(directory, Roles.head(key.department())));
	}

	private static CurrentUser user(UserDirectory directory, String id) {
		return directory.find(id).orElseThrow(() -> new IllegalStateException("no demo user " + id));
	}

	/** A complete section: two achievement items, every statutory part, one figure. */
	private static SectionContent content(String department) {
		List<AchievementItem> achievements = List.of(
				new AchievementItem("functions", department + "深化放管服改革", department + "全年精简审批事项，成效明显。"),
				new AchievementItem("enforcement", department + "规范执法行为", department + "落实行政执法三项制度，成效明显。"));
		return new SectionContent(achievements, department + "法治宣传针对性不强。", department + "主要负责人主持专题学法。",
				department + "明年继续推进依法行政。", "", Map.of("reconsideration-received", 12L));
	}

	/** Mails and other jobs the setup queued run before anything is measured (at most a minute). */
	private static void awaitIdleJobs(ManagementService management) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (management.createJobQuery().executable().count() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
	}

	/** Nearest rank, in milliseconds. */
	static double percentile(long[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

	private static String millis(double value) {
		return String.format("%.1f ms", value);
	}

	/** One endpoint as one user calls it; the path may vary by request number. */
	private static final class Endpoint {

		final String name;

		final String caller;

		final String user;

		final IntFunction<String> path;

		final long[] nanos = new long[Integer.getInteger("benchmark.requests", 200)];

		String items = "";

		int bytes;

		Endpoint(String name, String caller, String user, IntFunction<String> path) {
			this.name = name;
			this.caller = caller;
			this.user = user;
			this.path = path;
		}

		/** What the answer holds: the tasks listed, or the campaign's departments. */
		void describe(Answer answer) {
			JsonNode json = answer.json;
			items = String.valueOf(json.isArray() ? json.size() : json.path("departments").size());
			bytes = answer.bytes;
		}

	}

	private record Answer(JsonNode json, int bytes) {
	}

	/** One HTTP/1.1 connection's worth of client, signing every request in with HTTP Basic. */
	private static final class Http {

		private final HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		private final ObjectMapper json = new ObjectMapper();

		private final String base;

		private final Map<String, String> authorizations = new LinkedHashMap<>();

		Http(String base) {
			this.base = base;
		}

		Answer getJson(String user, String path) throws Exception {
			HttpResponse<byte[]> response = send(user, path);
			return new Answer(json.readTree(response.body()), response.body().length);
		}

		/** The time from sending the request until the whole answer was read. */
		long time(String user, String path) throws Exception {
			long start = System.nanoTime();
			send(user, path);
			return System.nanoTime() - start;
		}

		private HttpResponse<byte[]> send(String user, String path) throws Exception {
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
				.header("Authorization", authorizations.computeIfAbsent(user, u -> "Basic " + Base64.getEncoder()
					.encodeToString((u + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))))
				.header("Accept", "application/json")
				.timeout(Duration.ofSeconds(60))
				.GET()
				.build();
			HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(user + " GET " + path + ": " + response.statusCode() + " "
						+ new String(response.body(), StandardCharsets.UTF_8));
			}
			return response;
		}

	}

}
