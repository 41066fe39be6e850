package cn.fazhi.annualreport;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.fazhi.annualreport.testing.ApiClient;
import cn.fazhi.annualreport.testing.ApiClient.Response;
import cn.fazhi.annualreport.testing.BrowserSession;
import cn.fazhi.annualreport.testing.MailServer;
import cn.fazhi.annualreport.testing.Multipart;
import cn.fazhi.annualreport.testing.Routes;
import cn.fazhi.annualreport.testing.RunningProduct;
import cn.fazhi.annualreport.testing.Steps;
import cn.fazhi.annualreport.testing.WordFile;

import static cn.fazhi.annualreport.testing.Steps.section;
import static cn.fazhi.annualreport.testing.Steps.sectionPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hostile input over every write the product takes (its JSON API, its page forms, its uploads, and task completions
 * at engine-rest and in the webapps): scripts, template expressions, Markdown links, control characters, lone
 * surrogates, texts far over every limit, malformed and oversized bodies, wrong content types, odd numbers. No answer
 * is a server error, a refused write leaves nothing behind, and what was accepted shows as the text it is on every
 * page, export, Tasklist form and mail. Runs on H2 and PostgreSQL.
 */
abstract class HostileInputScenario extends RunningProduct {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcTemplate database;

	@Autowired
	RuntimeService runtime;

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The department code the catalogue's writes register, again and again, and the order that keeps it last. */
	private static final String HOSTILE_DEPARTMENT = "hostile";

	private static final String HOSTILE_STREET = "hostilestreet";

	private static final int LAST = 9999;

	/** What a template engine would print for the expressions below: it must never appear anywhere. */
	private static final String EVALUATED = "16016003";

	/** Texts someone might send to run code where the text is shown, or to break what stores or prints it. */
	static final List<String> TEXTS = List.of("<script>alert('xss')</script>", "<img src=x onerror=alert(1)>",
			"[链接](http://evil.example/) ![图](http://evil.example/x.png) <http://evil.example/>",
			"[[${4001*4003}]] [(${4001*4003})] ${4001*4003} #{4001*4003} *{4001*4003} {{4001*4003}} <%= 4001*4003 %>",
			"=4001*4003", "\u0000\u0001\u0008\u000B\u001F\u007F\u0085控制字符\uFEFF", "孤立代理\uD800", "第一行\r\n第二行\u2028第三行",
			"'; drop table section; --", "../../../../etc/passwd", "𠀀𪚥👍", "   ", "", "字".repeat(5_001),
			"长".repeat(200_000));

	/** Numbers and values of the wrong kind, as JSON. */
	static final List<String> VALUES = List.of("1.9", "-1", "0", "2147483648", "99999999999999999999", "1e400",
			"-0.0", "null", "true", "[]", "{}", "\"1\"", "[null]");

	/** Whole bodies that are not what a route reads. */
	private static final List<String[]> BODIES = List.of(new String[] { "application/json", "{" },
			new String[] { "application/json", "{\"a\":1} trailing" },
			new String[] { "application/json", "{\"version\":1,\"version\":2}" },
			new String[] { "application/json", "[]" }, new String[] { "application/json", "null" },
			new String[] { "application/json", "" }, new String[] { "application/json", "[".repeat(100_000) },
			new String[] { "application/json", "{\"x\":\"" + "长".repeat(1_500_000) + "\"}" },
			new String[] { "text/plain", "{}" }, new String[] { "multipart/form-data", "{}" },
			new String[] { "application/x-www-form-urlencoded", "a=1" }, new String[] { "application/xml", "<a/>" });

	/** Form fields a page never has, some of them known attacks on Spring's data binding. */
	private static final List<String> FIELDS = List.of("class.module.classLoader.URLs[0]=x",
			"achievements[99999999].title=x", "achievements[-1].title=x", "metrics[x]=1.9", "version=abc",
			"parts[0].part=NOT_A_PART", "departments=" + "长".repeat(200));

	/** A row count, a version or a task left by a refused write. */
	private record Fingerprint(Map<String, Long> values) {
	}

	// --- every write, hostile ------------------------------------------------------------------------------------

	@Test
	void everyWriteRefusesOrKeepsHostileInputWithoutAServerError() throws Exception {
		Fixtures fixtures = new Fixtures();
		JsonNode reportItems = api.as("admin").get("/api/report-items").json();
		List<Write> writes = writes(fixtures);
		List<String> unlisted = Routes.product(mappings)
			.stream()
			.filter(route -> !"GET".equals(route.method()) && !route.path().equals("/error"))
			.map(Object::toString)
			.filter(route -> writes.stream().noneMatch(write -> write.route().equals(route)))
			.toList();
		assertThat(unlisted).as("writes without hostile input: add them to writes()").isEmpty();

		List<String> wrong = new ArrayList<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		int sent = 0;
		for (Write write : writes) {
			Map<Integer, Integer> answers = new TreeMap<>();
			for (Attempt attempt : write.attempts()) {
				Fingerprint before = fingerprint(fixtures.instances());
				Answer answer = attempt.send().get();
				sent++;
				statuses.merge(answer.status(), 1, Integer::sum);
				answers.merge(answer.status(), 1, Integer::sum);
				if (answer.status() >= 500) {
					wrong.add(write.route() + " " + attempt.label() + " → " + answer.status() + ": "
							+ abbreviate(answer.body()));
				}
				else if (answer.status() >= 400 && !fingerprint(fixtures.instances()).equals(before)) {
					wrong.add(write.route() + " " + attempt.label() + " → " + answer.status()
							+ " but something was stored: " + difference(before, fingerprint(fixtures.instances())));
				}
				else if (answer.status() >= 400 && !answer.problem()) {
					wrong.add(write.route() + " " + attempt.label() + " → " + answer.status() + " without a problem body");
				}
			}
			System.out.printf("  %s: %s%n", write.route(), answers);
		}
		System.out.printf("Hostile input: %d writes, %d requests (%d texts, %d values, %d bodies, %d form fields "
				+ "per write), answers by status %s%n", writes.size(), sent, TEXTS.size(), VALUES.size(),
				BODIES.size(), FIELDS.size(), statuses);
		// the installation's catalogue of report items as it was
		assertThat(api.as("admin").put("/api/report-items", Map.of("items", reportItems)).status()).isEqualTo(200);
		// the one department the attempts registered goes back to the end of the catalogue, where no other test looks
		assertThat(api.as("admin").put("/api/departments/" + HOSTILE_DEPARTMENT, object("name", "恶意测试局", "order", LAST))
			.status()).isEqualTo(200);
		assertThat(wrong).as("hostile writes answered wrongly (%d of %d)", wrong.size(), sent).isEmpty();
		assertThat(storedTextsWithControlCharacters()).as("texts stored with control characters").isEmpty();
	}

	// --- what was accepted, shown ---------------------------------------------------------------------------------

	/** Markup, a link, an image and template expressions, in one line and in several. */
	private static final String WRITTEN = "<script>alert('x')</script><img src=x onerror=alert(1)>"
			+ "[链接](http://evil.example/)![图](http://evil.example/x.png)[[${4001*4003}]]${4001*4003}{{4001*4003}}";

	@Test
	void whatPeopleWroteShowsAsTextWhereverItIsShown() throws Exception {
		String organization = "恶意<b>政府</b>" + shortId();
		long campaign = steps.openCampaign(organization, "sfj");
		String path = sectionPath(campaign, "sfj");
		Map<String, Object> content = new LinkedHashMap<>(section("sfj", WRITTEN, 0));
		content.put("achievements", List.of(Map.of("area", "functions", "title", "标题" + WRITTEN, "text",
				"第一段" + WRITTEN + "\n- 列表" + WRITTEN)));
		steps.saveSection(campaign, "sfj", content);
		assertThat(api.as("liaison-sfj").post(path + "/extension", Map.of("until", "2027-02-26", "reason", WRITTEN))
			.status()).isEqualTo(201);
		Response refused = api.as("editor")
			.post(path + "/extension/decision", Map.of("decision", "REFUSE", "comment", "不同意" + WRITTEN));
		assertThat(refused.status()).as(refused.body()).isEqualTo(200);
		steps.submit(campaign, "sfj");
		List<String> summaries = new ArrayList<>();
		summaries.add(summary("head-sfj", campaign + ":sfj"));
		Response annotated = api.as("head-sfj").post(path + "/annotations", object("revision", 1, "part",
				"achievements", "item", 0, "quote", "<script>alert('x')</script>", "comment", "批注" + WRITTEN));
		assertThat(annotated.status()).as(annotated.body()).isEqualTo(201);
		steps.headDecides(campaign, "sfj", "RETURN", "退回" + WRITTEN);
		assertThat(api.as("liaison-sfj").put(path + "/annotations/" + annotated.json().get("id").asLong(),
				object("reply", "回复" + WRITTEN)).status()).isEqualTo(200);
		content.put("version", 1);
		steps.saveSection(campaign, "sfj", content);
		steps.submit(campaign, "sfj");
		steps.headDecides(campaign, "sfj", "CONFIRM", "确认" + WRITTEN);
		summaries.add(summary("reviewer", campaign + ":sfj"));
		steps.reviewerDecides(campaign, "sfj", "APPROVE", "通过" + WRITTEN);
		steps.awaitStage(campaign, "EDITING");
		String report = "/api/campaigns/" + campaign + "/report";
		ObjectNode edited = (ObjectNode) api.as("editor").get(report).json();
		ObjectNode save = object("title", edited.get("title").asText(), "opening", "导语" + WRITTEN, "version",
				edited.get("version").asLong());
		save.set("parts", edited.get("parts"));
		Response saved = api.as("editor").put(report, save);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(api.as("editor").post(report + "/edit-complete", null).status()).isEqualTo(200);
		summaries.add(summary("leader", String.valueOf(campaign)));
		assertThat(api.as("leader").post(report + "/sign", Map.of("decision", "SIGN", "opinion", "同意" + WRITTEN))
			.status()).isEqualTo(200);
		summaries.add(summary("officer", String.valueOf(campaign)));
		Response cleared = api.as("officer").post(report + "/confidentiality", Map.of("decision", "CLEAR", "notes",
				"已审查" + WRITTEN, "documentNumber", "示范府发〔2027〕<i>3</i>号", "subjectCategory", "综合政务"));
		assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
		steps.awaitStage(campaign, "PUBLISHED");
		long publication = 0;
		for (JsonNode published : api.anonymous().get("/public/reports").json()) {
			if (published.get("organization").asText().equals(organization)) {
				publication = published.get("id").asLong();
			}
		}
		assertThat(publication).isPositive();

		// the Tasklist forms' summaries: Markdown whose every mark someone typed is escaped
		assertThat(summaries).allSatisfy(summary -> assertThat(summary).doesNotContainPattern("(?<!\\\\)<")
			.doesNotContain("](http", EVALUATED));
		assertThat(summaries.get(0)).contains("\\<script\\>", "\\[链接\\]");
		assertThat(summaries.get(2)).contains("恶意\\<b\\>政府");

		// the pages, the public site and its feed: HTML-escaped, nothing evaluated
		BrowserSession liaison = BrowserSession.login(port, "liaison-sfj");
		BrowserSession editor = BrowserSession.login(port, "editor");
		BrowserSession anyone = BrowserSession.anonymous(port);
		Map<String, String> shown = new LinkedHashMap<>();
		shown.put("home", page(editor, "/"));
		shown.put("campaign", page(editor, "/campaigns/" + campaign));
		shown.put("section", page(liaison, "/campaigns/" + campaign + "/sections/sfj"));
		shown.put("section for the editor", page(editor, "/campaigns/" + campaign + "/sections/sfj"));
		shown.put("changes", page(editor, "/campaigns/" + campaign + "/sections/sfj/changes?from=1&to=2"));
		shown.put("report", page(editor, "/campaigns/" + campaign + "/report"));
		shown.put("liaison's messages", page(liaison, "/notifications"));
		shown.put("editor's messages", page(editor, "/notifications"));
		shown.put("public list", page(anyone, "/public/reports"));
		shown.put("public report", page(anyone, "/public/reports/" + publication));
		shown.put("feed", page(anyone, "/public/reports.atom"));
		shown.put("HTML export", api.as("editor").get(report + ".html").body());
		shown.forEach((where, page) -> {
			assertThat(page).as(where).doesNotContain("<script>alert", "<img src=x", "<b>政府", "<i>3</i>", EVALUATED);
		});
		assertThat(shown.get("section")).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
		assertThat(shown.get("public report")).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
				"恶意&lt;b&gt;政府&lt;/b&gt;");

		// the documents: the text as written
		for (String download : List.of(report + ".docx", "/public/reports/" + publication + ".docx")) {
			try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(api.as("editor").get(download).bodyBytes()));
					XWPFWordExtractor text = new XWPFWordExtractor(word)) {
				assertThat(text.getText()).as(download).contains("<script>alert('x')</script>", "[链接](http://evil.example/)")
					.doesNotContain(EVALUATED);
			}
		}
		for (String download : List.of(report + ".pdf", "/public/reports/" + publication + ".pdf")) {
			try (PDDocument pdf = Loader.loadPDF(api.as("editor").get(download).bodyBytes())) {
				String text = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
				assertThat(text).as(download).contains("<script>alert('x')</script>").doesNotContain(EVALUATED);
			}
		}

		// the mails: their HTML escaped, their text as written
		await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> assertThat(mailsAbout(WRITTEN))
			.extracting(MailServer.Mail::to)
			.contains("editor@example.com", "liaison-sfj@example.com"));
		assertThat(mailsAbout(WRITTEN)).allSatisfy(mail -> {
			assertThat(mail.html()).doesNotContain("<script>alert", "<img src=x", EVALUATED).contains("&lt;script&gt;");
			assertThat(mail.body()).doesNotContain(EVALUATED);
		});
	}

	/** A page as a browser asks for it. */
	private static String page(BrowserSession browser, String path) {
		return browser.send("GET", path, null, null, Map.of()).body();
	}

	private List<MailServer.Mail> mailsAbout(String text) {
		return MailServer.received()
			.stream()
			.filter(mail -> mail.body() != null && mail.body().contains("<script>alert('x')</script>"))
			.toList();
	}

	/** The summary of the one open task of the process with the business key, as its Tasklist form gets it. */
	private String summary(String user, String businessKey) {
		JsonNode tasks = api.as(user).get("/engine-rest/task?processInstanceBusinessKey=" + businessKey).json();
		assertThat(tasks).hasSize(1);
		String task = tasks.get(0).get("id").asText();
		return api.as(user).get("/engine-rest/task/" + task + "/variables/summary").json().get("value").asText();
	}

	// --- the writes -----------------------------------------------------------------------------------------------

	/** One write of the product, by someone allowed to make it, with a well-formed body to start from. */
	private record Write(String route, List<Attempt> attempts) {
	}

	private record Attempt(String label, Supplier<Answer> send) {
	}

	private record Answer(int status, String body, boolean problem) {

		static Answer of(Response response) {
			return new Answer(response.status(), response.body(), response.contentType() != null
					&& response.contentType().toString().startsWith("application/problem+json"));
		}

		static Answer of(HttpResponse<String> response) {
			String type = response.headers().firstValue("Content-Type").orElse("");
			// pages answer a refusal with the error page, in Chinese
			return new Answer(response.statusCode(), response.body(),
					type.startsWith("application/problem+json") || type.startsWith("text/html")
							&& response.body().contains("lang=\"zh-CN\""));
		}

	}

	private final class Fixtures {

		final long writing = steps.openCampaign(Steps.uniqueOrganization("恶意输入"), "sfj", "scjgj", "sthjj", "rsj",
				"jyj", "wjw", "gaj", "cgzfj");

		final long editing;

		final long signing;

		final long clearing;

		final long published;

		final List<String> instances = new ArrayList<>();

		/** 批注: sfj's section in review, annotated; jyj's returned by its head with an annotation to answer. */
		final long annotating = steps.openCampaign(Steps.uniqueOrganization("恶意批注"), "sfj", "jyj");

		final long annotation;

		Fixtures() {
			for (String department : List.of("sfj", "jyj", "wjw", "gaj", "cgzfj")) {
				steps.saveSection(writing, department, section(department, "撰写中", 0));
			}
			steps.saveSection(writing, "scjgj", section("scjgj", "待确认", 0));
			steps.submit(writing, "scjgj");
			steps.saveSection(writing, "sthjj", section("sthjj", "待审核", 0));
			steps.submit(writing, "sthjj");
			steps.headDecides(writing, "sthjj", "CONFIRM", null);
			assertThat(api.as("liaison-rsj")
				.post(sectionPath(writing, "rsj") + "/extension", Map.of("until", "2027-02-20", "reason", "待审批"))
				.status()).isEqualTo(201);
			steps.saveSection(annotating, "sfj", section("sfj", "待审核", 0));
			steps.submit(annotating, "sfj");
			steps.headDecides(annotating, "sfj", "CONFIRM", null);
			steps.saveSection(annotating, "jyj", section("jyj", "待修改", 0));
			steps.submit(annotating, "jyj");
			Response annotated = api.as("head-jyj").post(sectionPath(annotating, "jyj") + "/annotations",
					object("revision", 1, "part", "shortcomings", "quote", "针对性不强", "comment", "请补充"));
			assertThat(annotated.status()).as(annotated.body()).isEqualTo(201);
			annotation = annotated.json().get("id").asLong();
			steps.headDecides(annotating, "jyj", "RETURN", "请按批注修改");
			editing = steps.openCampaign(Steps.uniqueOrganization("恶意统稿"), "sfj");
			steps.approveSection(editing, "sfj");
			steps.awaitStage(editing, "EDITING");
			signing = steps.reportAwaitingSignature("恶意签发");
			clearing = steps.reportAwaitingSignature("恶意保密");
			assertThat(api.as("leader").post("/api/campaigns/" + clearing + "/report/sign", Map.of("decision", "SIGN"))
				.status()).isEqualTo(200);
			published = steps.publishedReport("恶意公开");
			for (long campaign : List.of(writing, annotating, editing, signing, clearing, published)) {
				runtime.createProcessInstanceQuery()
					.processInstanceBusinessKeyLike(campaign + "%")
					.list()
					.forEach(instance -> instances.add(instance.getId()));
			}
			assertThat(instances).as("the fixtures' processes").hasSizeGreaterThan(10);
		}

		List<String> instances() {
			return instances;
		}

	}

	private List<Write> writes(Fixtures f) {
		String w = "/api/campaigns/" + f.writing;
		List<Write> writes = new ArrayList<>();
		// task completions, at engine-rest and where Tasklist sends them, while the tasks are open
		writes.add(completion("confirmSection", "head-scjgj", f.writing + ":scjgj", "headDecision", "headComment"));
		writes.add(completion("reviewSection", "reviewer", f.writing + ":sthjj", "reviewDecision", "reviewComment"));
		writes.add(completion("decideExtension", "editor", f.writing + ":rsj", "extensionDecision",
				"extensionComment"));
		writes.add(completion("signReport", "leader", String.valueOf(f.signing), "signDecision", "signOpinion"));
		writes.add(completion("confidentialityReview", "officer", String.valueOf(f.clearing), "clearanceDecision",
				"clearanceNotes"));
		// catalogue, campaigns, calendar
		writes.add(json("PUT /api/departments/{code}", "admin", () -> "/api/departments/" + HOSTILE_DEPARTMENT,
				() -> object("name", "恶意测试局", "order", LAST)));
		writes.add(json("PUT /api/organizations/{code}", "admin", () -> "/api/organizations/" + HOSTILE_STREET,
				() -> object("name", "恶意测试街道", "kind", "STREET", "parent", "gov", "order", LAST)));
		writes.add(json("POST /api/campaigns", "editor", () -> "/api/campaigns",
				() -> object("organization", Steps.uniqueOrganization("恶意"), "year", Steps.YEAR, "departments",
						List.of("sfj"), "deadlines", Map.of("sections", "2027-01-29", "confirmation", 2, "review", 5,
								"revision", 3, "publication", "2027-03-30"))));
		// the annual exercise of one district, in a year nobody else uses: opened once, existing after that
		writes.add(json("POST /api/years", "overseer", () -> "/api/years",
				() -> object("year", 2098, "root", "xq", "sectionsDue", "2099-01-29", "publicationDue", "2099-03-30")));
		writes.add(form("POST /years", "overseer", () -> "/years",
				() -> fields("year", "2098", "root", "xq", "sectionsDue", "2099-01-29", "publicationDue", "2099-03-30")));
		writes.add(json("POST /api/years/{year}/organizations/{code}/urge", "overseer",
				() -> "/api/years/2098/organizations/xqsfj/urge", () -> object("escalate", true)));
		writes.add(form("POST /years/{year}/organizations/{code}/urge", "overseer",
				() -> "/years/2098/organizations/xqsfj/urge", () -> fields("escalate", "true", "root", "xq")));
		// the catalogue of report items: a small one in the attempts, the installation's own restored afterwards
		writes.add(json("PUT /api/report-items", "admin", () -> "/api/report-items",
				() -> object("items", List.of(Map.of("code", "hostile", "name", "恶意测试事项", "level", 1),
						Map.of("code", "hostile-child", "name", "恶意测试子项", "level", 2, "parent", "hostile",
								"requiredFor", List.of("STREET"))))));
		writes.add(json("PUT /api/campaigns/{id}/deadlines", "editor", () -> w + "/deadlines",
				() -> object("sections", "2027-01-29", "confirmation", 2, "review", 5, "revision", 3, "publication",
						"2027-03-30")));
		writes.add(json("PUT /api/working-calendar/days/{date}", "admin", () -> "/api/working-calendar/days/2099-12-"
				+ (10 + (int) (Math.random() * 18)), () -> object("working", false, "name", "恶意节日")));
		writes.add(json("DELETE /api/working-calendar/days/{date}", "admin", () -> "/api/working-calendar/days/2099-12-31",
				() -> object()));
		// a section: its saves go round the departments, six a minute each, so the save rate is never what answers
		Departments rotating = new Departments(f.writing, List.of("sfj", "jyj", "wjw", "gaj", "cgzfj"));
		writes.add(new Write("PUT /api/campaigns/{campaignId}/sections/{department}",
				jsonAttempts("PUT", rotating::next, rotating::path, rotating::content)));
		writes.add(json("POST /api/campaigns/{campaignId}/sections/{department}/submit", "liaison-jyj",
				() -> sectionPath(f.writing, "jyj") + "/submit", () -> object()));
		writes.add(json("POST /api/campaigns/{campaignId}/sections/{department}/withdraw", "liaison-jyj",
				() -> sectionPath(f.writing, "jyj") + "/withdraw", () -> object()));
		writes.add(json("POST /api/campaigns/{campaignId}/sections/{department}/urge", "editor",
				() -> sectionPath(f.writing, "gaj") + "/urge", () -> object()));
		writes.add(json("POST /api/campaigns/{campaignId}/urge-overdue", "editor",
				() -> "/api/campaigns/" + f.writing + "/urge-overdue", () -> object()));
		writes.add(json("POST /api/campaigns/{campaignId}/sections/{department}/confirm", "head-scjgj",
				() -> sectionPath(f.writing, "scjgj") + "/confirm", () -> object("decision", "RETURN", "comment", "请补充")));
		writes.add(json("POST /api/campaigns/{campaignId}/sections/{department}/review", "reviewer",
				() -> sectionPath(f.writing, "sthjj") + "/review", () -> object("decision", "RETURN", "comment", "请补充")));
		writes.add(json("POST /api/campaigns/{campaignId}/sections/{department}/extension", "liaison-wjw",
				() -> sectionPath(f.writing, "wjw") + "/extension", () -> object("until", "2027-02-26", "reason", "理由")));
		writes.add(json("POST /api/campaigns/{campaignId}/sections/{department}/extension/decision", "editor",
				() -> sectionPath(f.writing, "rsj") + "/extension/decision",
				() -> object("decision", "REFUSE", "comment", "不同意")));
		String dr = sectionPath(f.editing, "sfj") + "/department-report";
		writes.add(json("POST /api/campaigns/{campaignId}/sections/{department}/department-report", "liaison-sfj",
				() -> dr, () -> object()));
		writes.add(json("POST /api/campaigns/{campaignId}/sections/{department}/department-report/sign", "head-sfj",
				() -> dr + "/sign", () -> object("decision", "RETURN", "opinion", "请修改")));
		writes.add(json("POST /api/campaigns/{campaignId}/sections/{department}/department-report/confidentiality",
				"officer", () -> dr + "/confidentiality", () -> object("decision", "RETURN", "notes", "请修改",
						"documentNumber", "示范府发〔2027〕3号", "subjectCategory", "综合政务")));
		// the report, at each of its steps
		String e = "/api/campaigns/" + f.editing + "/report";
		writes.add(json("PUT /api/campaigns/{campaignId}/report", "editor", () -> e, () -> {
			ObjectNode report = (ObjectNode) api.as("editor").get(e).json();
			ObjectNode body = object("title", report.get("title").asText(), "opening",
					report.get("opening").asText(), "version", report.get("version").asLong());
			body.set("parts", report.get("parts"));
			return body;
		}));
		writes.add(json("POST /api/campaigns/{campaignId}/report/edit-complete", "editor", () -> e + "/edit-complete",
				() -> object()));
		writes.add(json("POST /api/campaigns/{campaignId}/report/sign", "leader",
				() -> "/api/campaigns/" + f.signing + "/report/sign", () -> object("decision", "RETURN", "opinion", "请修改")));
		writes.add(json("POST /api/campaigns/{campaignId}/report/confidentiality", "officer",
				() -> "/api/campaigns/" + f.clearing + "/report/confidentiality",
				() -> object("decision", "RETURN", "notes", "请修改", "documentNumber", "示范府发〔2027〕3号", "subjectCategory",
						"综合政务")));
		String p = "/api/campaigns/" + f.published + "/report";
		writes.add(json("POST /api/campaigns/{campaignId}/report/submissions", "editor", () -> p + "/submissions",
				() -> object("submissions", List.of(Map.of("recipient", "PARTY_COMMITTEE", "submittedOn", "2027-03-25",
						"channel", "PAPER", "documentNumber", "示范府〔2027〕5号")))));
		writes.add(json("POST /api/campaigns/{campaignId}/report/corrections", "editor", () -> p + "/corrections",
				() -> object("reason", "更正")));
		// one's own messages
		writes.add(json("POST /api/notifications/{id}/read", "editor",
				() -> "/api/notifications/" + api.as("editor").get("/api/notifications").json().findValues("id").get(0)
					.asLong() + "/read",
				() -> object()));
		writes.add(json("POST /api/notifications/read", "editor", () -> "/api/notifications/read", () -> object()));
		// uploads
		writes.add(upload("POST /api/import", "liaison-sfj", () -> "/api/import", false));
		// pages
		writes.add(form("POST /campaigns", "editor", () -> "/campaigns",
				() -> fields("organization", Steps.uniqueOrganization("恶意页面"), "year", String.valueOf(Steps.YEAR),
						"departments", "sfj")));
		writes.add(form("POST /campaigns/{campaignId}/report", "editor", () -> "/campaigns/" + f.editing + "/report",
				() -> {
					JsonNode report = api.as("editor").get(e).json();
					return fields("version", report.get("version").asText(), "title", report.get("title").asText(),
							"opening", "导语", "parts[0].part", report.get("parts").get(0).get("part").asText(),
							"parts[0].heading", "标题", "parts[0].text", "正文");
				}));
		writes.add(form("POST /campaigns/{campaignId}/report/preview", "editor",
				() -> "/campaigns/" + f.editing + "/report/preview", () -> {
					JsonNode report = api.as("editor").get(e).json();
					return fields("version", report.get("version").asText(), "title", report.get("title").asText(),
							"opening", "导语", "parts[0].part", report.get("parts").get(0).get("part").asText(),
							"parts[0].heading", "标题", "parts[0].text", "正文", "parts[0].items[0].heading", "一项",
							"parts[0].items[0].department", "sfj,scjgj");
				}));
		writes.add(new Write("POST /campaigns/{campaignId}/sections/{department}",
				formAttempts(rotating::next, rotating::page, rotating::fields)));
		writes.add(upload("POST /api/campaigns/{campaignId}/sections/{department}/attachments", "liaison-sfj",
				() -> sectionPath(f.writing, "sfj") + "/attachments", false));
		writes.add(upload("POST /campaigns/{campaignId}/sections/{department}/attachments", "liaison-sfj",
				() -> "/campaigns/" + f.writing + "/sections/sfj/attachments", true));
		writes.add(json("DELETE /api/campaigns/{campaignId}/sections/{department}/attachments/{id}", "liaison-sfj",
				() -> sectionPath(f.writing, "sfj") + "/attachments/999999999", () -> object()));
		writes.add(form("POST /campaigns/{campaignId}/sections/{department}/attachments/{id}/delete", "liaison-sfj",
				() -> "/campaigns/" + f.writing + "/sections/sfj/attachments/999999999/delete", () -> fields()));
		// the editor's autosave and 从文件导入
		writes.add(json("PUT /api/campaigns/{campaignId}/sections/{department}/working-copy", "liaison-sfj",
				() -> sectionPath(f.writing, "sfj") + "/working-copy", () -> {
					ObjectNode section = (ObjectNode) api.as("liaison-sfj").get(sectionPath(f.writing, "sfj")).json();
					return object("shortcomings", "自动保存", "version", section.get("version").asLong());
				}));
		writes.add(json("DELETE /api/campaigns/{campaignId}/sections/{department}/working-copy", "liaison-sfj",
				() -> sectionPath(f.writing, "sfj") + "/working-copy", () -> object()));
		writes.add(upload("POST /api/campaigns/{campaignId}/sections/{department}/import", "liaison-sfj",
				() -> sectionPath(f.writing, "sfj") + "/import", false));
		writes.add(form("POST /campaigns/{campaignId}/sections/{department}/working-copy/discard", "liaison-sfj",
				() -> "/campaigns/" + f.writing + "/sections/sfj/working-copy/discard", () -> fields()));
		writes.add(json("POST /api/campaigns/{campaignId}/sections/{department}/annotations", "reviewer",
				() -> sectionPath(f.annotating, "sfj") + "/annotations",
				() -> object("revision", 1, "part", "shortcomings", "quote", "法治宣传针对性不强", "comment", "请补充")));
		writes.add(json("PUT /api/campaigns/{campaignId}/sections/{department}/annotations/{id}", "liaison-jyj",
				() -> sectionPath(f.annotating, "jyj") + "/annotations/" + f.annotation,
				() -> object("reply", "已补充", "resolved", true)));
		writes.add(upload("POST /campaigns/{campaignId}/sections/{department}/import", "liaison-sfj",
				() -> "/campaigns/" + f.writing + "/sections/sfj/import", true));
		writes.add(form("POST /campaigns/{campaignId}/sections/{department}/extension", "liaison-gaj",
				() -> "/campaigns/" + f.writing + "/sections/gaj/extension",
				() -> fields("until", "2027-02-26", "reason", "理由")));
		writes.add(form("POST /campaigns/{campaignId}/sections/{department}/withdraw", "liaison-jyj",
				() -> "/campaigns/" + f.writing + "/sections/jyj/withdraw", () -> fields()));
		writes.add(form("POST /campaigns/{campaignId}/sections/{department}/department-report", "liaison-sfj",
				() -> "/campaigns/" + f.editing + "/sections/sfj/department-report", () -> fields()));
		writes.add(form("POST /notifications/{id}/open", "editor",
				() -> "/notifications/" + api.as("editor").get("/api/notifications").json().findValues("id").get(0)
					.asLong() + "/open",
				() -> fields()));
		writes.add(form("POST /notifications/read", "editor", () -> "/notifications/read", () -> fields()));
		writes.add(passwordChange());
		writes.add(form("POST /admin/organizations", "admin", () -> "/admin/organizations",
				() -> fields("code", HOSTILE_STREET, "name", "恶意测试街道", "kind", "STREET", "parent", "gov", "order",
						String.valueOf(LAST))));
		writes.add(form("POST /admin/working-calendar", "admin", () -> "/admin/working-calendar",
				() -> fields("date", "2099-11-" + (10 + (int) (Math.random() * 18)), "working", "false", "name", "恶意节日")));
		return writes;
	}

	/** Sections to save, one after the other, so that no liaison saves more than five times a minute. */
	private final class Departments {

		private final long campaign;

		private final List<String> departments;

		private int saves;

		Departments(long campaign, List<String> departments) {
			this.campaign = campaign;
			this.departments = departments;
		}

		String next() {
			return "liaison-" + departments.get(saves++ / 5 % departments.size());
		}

		private String current() {
			return departments.get((saves - 1) / 5 % departments.size());
		}

		String path() {
			return sectionPath(campaign, current());
		}

		String page() {
			return "/campaigns/" + campaign + "/sections/" + current();
		}

		ObjectNode content() {
			ObjectNode content = JSON.valueToTree(section(current(), "恶意", 0));
			content.put("version", api.as("liaison-" + current()).get(path()).json().get("version").asLong());
			return content;
		}

		Map<String, String> fields() {
			long version = api.as("liaison-" + current()).get(path()).json().get("version").asLong();
			return HostileInputScenario.fields("version", String.valueOf(version), "achievements[0].area", "functions",
					"achievements[0].title", "标题", "achievements[0].text", "正文", "shortcomings", "不足", "leadership",
					"履职", "nextYearPlans", "安排", "other", "");
		}

	}

	private Write json(String route, String user, Supplier<String> path, Supplier<ObjectNode> baseline) {
		return new Write(route, jsonAttempts(route.substring(0, route.indexOf(' ')), () -> user, path, baseline));
	}

	/** Every text and value in place of each field of the baseline, then every malformed whole body. */
	private List<Attempt> jsonAttempts(String verb, Supplier<String> user, Supplier<String> path,
			Supplier<ObjectNode> baseline) {
		List<Attempt> attempts = new ArrayList<>();
		for (String leaf : leaves(baseline.get(), "")) {
			for (String text : TEXTS) {
				attempts.add(new Attempt(leaf + "=" + abbreviate(text), () -> {
					String who = user.get();
					ObjectNode body = baseline.get();
					replace(body, leaf, JsonNodeFactory.instance.textNode(text));
					return Answer.of(api.as(who).send(verb, path.get(), "application/json", bytes(body), Map.of()));
				}));
			}
			for (String value : VALUES) {
				attempts.add(new Attempt(leaf + "=" + value, () -> {
					String who = user.get();
					ObjectNode body = baseline.get();
					replace(body, leaf, JsonNodeFactory.instance.textNode("@@VALUE@@"));
					String raw = new String(bytes(body), StandardCharsets.UTF_8).replace("\"@@VALUE@@\"", value);
					return Answer.of(api.as(who).send(verb, path.get(), "application/json",
							raw.getBytes(StandardCharsets.UTF_8), Map.of()));
				}));
			}
		}
		for (String[] body : BODIES) {
			attempts.add(new Attempt(body[0] + " " + abbreviate(body[1]), () -> Answer.of(api.as(user.get())
				.send(verb, path.get(), body[0], body[1].getBytes(StandardCharsets.UTF_8), Map.of()))));
		}
		attempts.add(new Attempt("an unknown field", () -> {
			String who = user.get();
			ObjectNode body = baseline.get();
			body.put("unknown", "x");
			return Answer.of(api.as(who).send(verb, path.get(), "application/json", bytes(body), Map.of()));
		}));
		return attempts;
	}

	private Write form(String route, String user, Supplier<String> path, Supplier<Map<String, String>> baseline) {
		return new Write(route, formAttempts(() -> user, path, baseline));
	}

	/** Every text in place of each field of the page's form, then fields no form has and bodies of other kinds. */
	private List<Attempt> formAttempts(Supplier<String> user, Supplier<String> path,
			Supplier<Map<String, String>> baseline) {
		List<Attempt> attempts = new ArrayList<>();
		for (String field : baseline.get().keySet()) {
			for (String text : TEXTS) {
				attempts.add(new Attempt(field + "=" + abbreviate(text), () -> {
					String who = user.get();
					Map<String, String> fields = new LinkedHashMap<>(baseline.get());
					fields.put(field, text);
					return post(who, path.get(), encode(fields));
				}));
			}
		}
		for (String extra : FIELDS) {
			attempts.add(new Attempt(abbreviate(extra), () -> {
				String who = user.get();
				return post(who, path.get(), encode(baseline.get()) + "&" + extra);
			}));
		}
		attempts.add(new Attempt("a JSON body", () -> {
			String who = user.get();
			BrowserSession browser = browser(who);
			return Answer.of(browser.send("POST", path.get(), "application/json", "{\"x\":1}".getBytes(StandardCharsets.UTF_8),
					Map.of("X-CSRF-TOKEN", browser.pageToken())));
		}));
		return attempts;
	}

	private Answer post(String user, String path, String form) {
		BrowserSession browser = browser(user);
		String body = "_csrf=" + URLEncoder.encode(browser.pageToken(), StandardCharsets.UTF_8) + (form.isEmpty() ? ""
				: "&" + form);
		return Answer.of(browser.send("POST", path, "application/x-www-form-urlencoded",
				body.getBytes(StandardCharsets.UTF_8), Map.of()));
	}

	/**
	 * The password page, by a user of its own behind an address of its own: the wrong current passwords among the
	 * attempts are counted for that user and address only, as the sign-in throttle counts them.
	 */
	private Write passwordChange() {
		String user = steps.newUser("恶意测试的密码", "liaison-sfj");
		passwords.put(user, "恶意测试的密码");
		Map<String, String> behind = Map.of("X-Forwarded-For", "192.0.2." + (1 + (int) (Math.random() * 250)));
		Map<String, String> baseline = fields("current", "恶意测试的密码", "password", "新的密码足够长了", "repeated",
				"另一个足够长的密码");
		List<Attempt> attempts = new ArrayList<>();
		for (String field : baseline.keySet()) {
			for (String text : TEXTS) {
				attempts.add(new Attempt(field + "=" + abbreviate(text), () -> {
					Map<String, String> form = new LinkedHashMap<>(baseline);
					form.put(field, text);
					BrowserSession browser = browser(user);
					String body = "_csrf=" + URLEncoder.encode(browser.pageToken(), StandardCharsets.UTF_8) + "&"
							+ encode(form);
					return Answer.of(browser.send("POST", "/account/password", "application/x-www-form-urlencoded",
							body.getBytes(StandardCharsets.UTF_8), behind));
				}));
			}
		}
		return new Write("POST /account/password", attempts);
	}

	/** Files that are not what they say, too large, empty, or named to climb out of a folder. */
	private Write upload(String route, String user, Supplier<String> path, boolean page) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("情况.docx", WordFile.of("一、主要举措", TEXTS.get(0), TEXTS.get(3), TEXTS.get(5)));
		files.put("空.docx", new byte[0]);
		files.put("假的.docx", "这不是 Word 文件".getBytes(StandardCharsets.UTF_8));
		files.put("炸弹.docx", WordFile.zipBomb());
		files.put("../../../../tmp/越界.txt", "一、主要举措\n规范执法。".getBytes(StandardCharsets.UTF_8));
		files.put("<script>alert(1)</script>.txt", TEXTS.get(5).getBytes(StandardCharsets.UTF_8));
		files.put("太大.txt", new byte[25 * 1024 * 1024]);
		List<Attempt> attempts = new ArrayList<>();
		files.forEach((name, content) -> attempts.add(new Attempt(name, () -> {
			if (!page) {
				return Answer.of(api.as(user).upload(path.get(), name, content));
			}
			BrowserSession browser = browser(user);
			Multipart multipart = Multipart.of(Map.of("_csrf", browser.pageToken()), "file", name, content);
			return Answer.of(browser.send("POST", path.get(), multipart.contentType(), multipart.body(), Map.of()));
		})));
		return new Write(route, attempts);
	}

	/**
	 * A task's completion as Tasklist sends it (submit-form in the webapps) and as a client of engine-rest does
	 * (complete): hostile texts in its fields, values of types Camunda would deserialize, variables of the process.
	 */
	private Write completion(String taskKey, String user, String businessKey, String decision, String comment) {
		List<Attempt> attempts = new ArrayList<>();
		Supplier<String> task = () -> {
			JsonNode tasks = api.as("admin")
				.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey)
				.json();
			return tasks.isEmpty() ? "gone" : tasks.get(0).get("id").asText();
		};
		List<String> variables = new ArrayList<>();
		TEXTS.forEach(text -> variables.add(variable(comment, text)));
		VALUES.forEach(value -> variables.add("\"" + comment + "\":{\"value\":" + value + "}"));
		variables.add("\"" + comment + "\":{\"value\":\"x\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
				+ "\"java.util.ArrayList\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}");
		variables.add("\"" + comment + "\":{\"value\":\"{}\",\"type\":\"Json\"}");
		variables.add("\"" + comment + "\":{\"value\":\"eA==\",\"type\":\"Bytes\"}");
		variables.add("\"" + comment + "\":{\"value\":\"eA==\",\"type\":\"File\",\"valueInfo\":{\"filename\":\"x\"}}");
		variables.add(variable("campaignId", "1"));
		variables.add(variable("summary", "伪造的摘要"));
		for (String variable : variables) {
			// a decision the task's rule refuses after the engine has taken the variables: the task stays open for
			// the next attempt, and every hostile value still goes through Camunda's own handling of variables
			String body = "{\"variables\":{" + variable(decision, "NOT_A_DECISION") + "," + variable + "}}";
			attempts.add(new Attempt("engine-rest " + abbreviate(variable),
					() -> Answer.of(api.as(user).send("POST", "/engine-rest/task/" + task.get() + "/complete",
							"application/json", body.getBytes(StandardCharsets.UTF_8), Map.of()))));
			attempts.add(new Attempt("Tasklist " + abbreviate(variable), () -> {
				BrowserSession browser = browser(user);
				return Answer.of(browser.send("POST", "/camunda/api/engine/engine/default/task/" + task.get()
						+ "/submit-form", "application/json", body.getBytes(StandardCharsets.UTF_8),
						Map.of("X-XSRF-TOKEN", browser.camundaToken())));
			}));
		}
		for (String[] whole : BODIES) {
			attempts.add(new Attempt("engine-rest " + whole[0] + " " + abbreviate(whole[1]),
					() -> Answer.of(api.as(user).send("POST", "/engine-rest/task/" + task.get() + "/complete", whole[0],
							whole[1].getBytes(StandardCharsets.UTF_8), Map.of()))));
		}
		return new Write("POST /task/{id}/complete (" + taskKey + ")", attempts);
	}

	private static String variable(String name, String text) {
		try {
			return JSON.writeValueAsString(name) + ":{\"value\":" + JSON.writeValueAsString(text) + "}";
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	// --- what nothing stored means --------------------------------------------------------------------------------

	/**
	 * The product's rows (but messages, which background jobs may add at any time), the versions of sections and
	 * reports, and the open tasks and variables of the fixtures' processes.
	 */
	private Fingerprint fingerprint(List<String> instances) {
		Map<String, Long> values = new TreeMap<>();
		for (String table : database.queryForList("select table_name from information_schema.tables where "
				+ "lower(table_schema) = lower(current_schema()) and lower(table_type) like '%table'", String.class)) {
			String name = table.toLowerCase();
			if (!name.startsWith("act_") && !name.startsWith("flyway") && !name.equals("notification")) {
				values.put(name, database.queryForObject("select count(*) from " + table, Long.class));
			}
		}
		values.put("section versions", database.queryForObject(
				"select coalesce(sum(latest_revision + lock_version), 0) from section", Long.class));
		values.put("report versions", database.queryForObject(
				"select coalesce(sum(latest_revision + lock_version), 0) from report", Long.class));
		String in = instances.stream().map(id -> "'" + id + "'").collect(java.util.stream.Collectors.joining(","));
		values.put("open tasks", database.queryForObject(
				"select count(*) from ACT_RU_TASK where PROC_INST_ID_ in (" + in + ")", Long.class));
		values.put("variables", database.queryForObject(
				"select count(*) + coalesce(sum(length(TEXT_)), 0) from ACT_RU_VARIABLE where PROC_INST_ID_ in (" + in
						+ ")",
				Long.class));
		return new Fingerprint(values);
	}

	private static String difference(Fingerprint before, Fingerprint after) {
		List<String> changed = new ArrayList<>();
		after.values().forEach((key, value) -> {
			if (!value.equals(before.values().get(key))) {
				changed.add(key + " " + before.values().get(key) + "→" + value);
			}
		});
		return String.join(", ", changed);
	}

	/** Section revisions, decisions and opinions whose text kept a control character, a lone surrogate or a CR. */
	private List<String> storedTextsWithControlCharacters() {
		List<String> found = new ArrayList<>();
		for (String query : List.of("select content from section_revision", "select comment_text from section_decision",
				"select opinion from signature", "select notes from clearance", "select reason from extension_request",
				"select organization from campaign", "select name from department", "select document from report_revision",
				"select quote from section_annotation", "select comment_text from section_annotation",
				"select reply from section_annotation")) {
			for (String text : database.queryForList(query, String.class)) {
				if (text != null && (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7F)
						|| text.contains("\\u0000") || text.contains("\\u0001") || text.contains("\\r")
						|| text.contains("\\uD800") || text.contains("\\ud800"))) {
					found.add(query + ": " + abbreviate(text));
				}
			}
		}
		return found;
	}

	// --- helpers --------------------------------------------------------------------------------------------------

	private final Map<String, BrowserSession> browsers = new java.util.HashMap<>();

	/** Users made for a test with passwords of their own. */
	private final Map<String, String> passwords = new java.util.HashMap<>();

	private BrowserSession browser(String user) {
		return browsers.computeIfAbsent(user,
				who -> BrowserSession.login(port, who, passwords.getOrDefault(who, ApiClient.PASSWORD)));
	}

	/** The paths of the leaves (texts, numbers, flags) of a JSON body, e.g. {@code achievements.0.title}. */
	private static List<String> leaves(JsonNode node, String prefix) {
		List<String> leaves = new ArrayList<>();
		if (node.isObject()) {
			node.fields().forEachRemaining(field -> leaves.addAll(leaves(field.getValue(), join(prefix, field.getKey()))));
		}
		else if (node.isArray()) {
			for (int i = 0; i < Math.min(node.size(), 1); i++) {
				leaves.addAll(leaves(node.get(i), join(prefix, String.valueOf(i))));
			}
			if (node.isEmpty()) {
				leaves.add(prefix);
			}
		}
		else {
			leaves.add(prefix);
		}
		return leaves;
	}

	private static void replace(JsonNode root, String path, JsonNode value) {
		String[] steps = path.split("\\.");
		JsonNode parent = root;
		for (int i = 0; i < steps.length - 1; i++) {
			parent = parent.isArray() ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
		}
		String last = steps[steps.length - 1];
		if (parent instanceof ArrayNode array) {
			array.set(Integer.parseInt(last), value);
		}
		else {
			((ObjectNode) parent).set(last, value);
		}
	}

	private static String join(String prefix, String key) {
		return prefix.isEmpty() ? key : prefix + "." + key;
	}

	private static ObjectNode object(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return JSON.valueToTree(map);
	}

	static Map<String, String> fields(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	private static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(java.util.stream.Collectors.joining("&"));
	}

	private static byte[] bytes(JsonNode body) {
		try {
			return JSON.writeValueAsBytes(body);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String shortId() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	static String abbreviate(String text) {
		String shown = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
		return shown.length() > 60 ? shown.substring(0, 60) + "…(" + shown.length() + ")" : shown;
	}

}
