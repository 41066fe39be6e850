package cn.fazhi.annualreport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.fazhi.annualreport.testing.ApiClient;
import cn.fazhi.annualreport.testing.ApiClient.Response;
import cn.fazhi.annualreport.testing.BrowserSession;
import cn.fazhi.annualreport.testing.Chromium;
import cn.fazhi.annualreport.testing.H2IntegrationTest;
import cn.fazhi.annualreport.testing.ProductInTheBrowser;
import cn.fazhi.annualreport.testing.Steps;

import static cn.fazhi.annualreport.testing.Problems.assertProblem;
import static cn.fazhi.annualreport.testing.Steps.section;
import static cn.fazhi.annualreport.testing.Steps.sectionPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A city's year as DESIGN §10 describes it: a city with three departments and two districts of three departments
 * and a street each. The 依法治市办 opens the year once; everything is written, reviewed, signed and published by
 * each organization's own people; every signed report reaches its government and its counterpart one level up, each
 * district's reaches the city; the dashboard shows 100 % 报送率 and 公开率 with the one late district marked late;
 * and a district's people reach nothing of the other district's.
 */
@H2IntegrationTest
class CityYearIntegrationTests extends ProductInTheBrowser {

	private static final int YEAR = Steps.YEAR;

	/** Short codes for this run's own tree, so that it meets no other test's organizations. */
	private final String run = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 46_656, 36);

	private final String city = "c" + run;

	private final String east = "d" + run + "a";

	private final String west = "d" + run + "b";

	@Test
	void aCityReportsUpItsTreeAndTheOversightSeesEveryLevelOnTime() throws Exception {
		Map<String, List<String>> units = buildTheTree();

		// the west district opened early with deadlines already past: it will publish late
		Response early = api.as("overseer").post("/api/years", Map.of("year", YEAR, "root", west, "sectionsDue",
				"2026-11-20", "publicationDue", "2026-11-27"));
		assertThat(early.status()).as(early.body()).isEqualTo(201);
		assertProblem(api.as("editor").post("/api/years", Map.of("year", YEAR, "root", city)), 403,
				"/problems/forbidden");
		Response opened = api.as("overseer").post("/api/years", Map.of("year", YEAR, "root", city));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		Map<String, Long> campaigns = new LinkedHashMap<>();
		Map<String, String> outcomes = new LinkedHashMap<>();
		for (JsonNode c : opened.json().get("campaigns")) {
			campaigns.put(c.get("government").asText(), c.get("campaignId").asLong());
			outcomes.put(c.get("government").asText(), c.get("outcome").asText() + "/" + c.get("departments").asInt());
		}
		assertThat(outcomes).containsExactly(Map.entry(city, "OPENED/3"), Map.entry(east, "OPENED/4"),
				Map.entry(west, "EXISTING/4"));
		// opening again opens nothing twice
		assertThat(api.as("overseer").post("/api/years", Map.of("year", YEAR, "root", city)).json()
			.findValuesAsText("outcome")).containsOnly("EXISTING");

		// 催办 reaches the street's own people, 督办 its head and its government's editors; once a day each
		String street = east + "jd";
		Response urged = api.as("overseer").post("/api/years/" + YEAR + "/organizations/" + street + "/urge", null);
		assertThat(urged.status()).as(urged.body()).isEqualTo(200);
		assertThat(urged.json().get("recipients")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder("liaison-" + street, "head-" + street);
		assertThat(api.as("liaison-" + street).get("/api/notifications").body()).contains("依法治市办督导员催办",
				"中心街道办事处");
		assertProblem(api.as("overseer").post("/api/years/" + YEAR + "/organizations/" + street + "/urge", null), 429,
				"/problems/already-urged");
		Response escalated = api.as("overseer").post("/api/years/" + YEAR + "/organizations/" + street + "/urge",
				Map.of("escalate", true));
		assertThat(escalated.json().get("recipients")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder("head-" + street, "editor-" + east);
		assertProblem(api.as("editor-" + west).post("/api/years/" + YEAR + "/organizations/" + street + "/urge", null),
				403, "/problems/forbidden");

		// the 依法治市办 follows results, never drafts, comments or findings (条例 第十六条)
		String draft = sectionPath(campaigns.get(east), street);
		for (String route : List.of(draft, draft + "/annotations", draft + "/coverage",
				"/api/campaigns/" + campaigns.get(east) + "/report", "/api/campaigns/" + campaigns.get(east) + "/report/findings")) {
			assertThat(api.as("overseer").get(route).status()).as("overseer GET " + route).isIn(403, 404);
		}
		// a district's people reach nothing of the other district's drafts, before or after
		assertThat(api.as("reviewer-" + west).get(sectionPath(campaigns.get(east), street) + "/coverage").status())
			.isEqualTo(403);
		long westCampaign = campaigns.get(west);
		steps.of(west).saveSection(westCampaign, west + "sfj", section(west + "sfj", "西区草稿", 0));
		assertOutsidersFindNothing(westCampaign, west + "sfj");

		// 应报尽报: the street tags what it did; submitting without a reason for the rest is refused, naming them
		long eastCampaign = campaigns.get(east);
		Map<String, Object> tagged = new LinkedHashMap<>(section(street, "成效明显", 0));
		tagged.put("omissions", "");
		tagged.put("achievements", List.of(Map.of("area", "oversight", "title", "推进基层政务公开", "text",
				"街道公开办事指南。", "items", List.of("oversight-openness", "emergencies-plans"))));
		steps.of(east).saveSection(eastCampaign, street, tagged);
		Response unexplained = assertProblem(api.as("liaison-" + street).post(sectionPath(eastCampaign, street)
				+ "/submit", null), 422, "/problems/incomplete-content");
		assertThat(unexplained.json().get("errors").get(0).get("field").asText()).isEqualTo("omissions");
		assertThat(unexplained.json().get("errors").get(0).get("message").asText()).contains("人民调解和矛盾纠纷多元化解");
		JsonNode coverage = api.as("liaison-" + street).get(sectionPath(eastCampaign, street) + "/coverage").json();
		assertThat(coverage.get("covered").findValuesAsText("name")).contains("政务公开", "突发事件应急预案和依法处置");
		assertThat(coverage.get("missing").findValuesAsText("name")).contains("人民调解和矛盾纠纷多元化解")
			.doesNotContain("政务公开", "行政复议和行政应诉");
		lookAtTheStreetsCoverage(eastCampaign, street);
		tagged.put("omissions", "本街道本年度的人民调解工作已并入区司法局的报告。");
		tagged.put("version", 1);
		steps.of(east).saveSection(eastCampaign, street, tagged);
		steps.of(east).submit(eastCampaign, street);
		steps.of(east).headDecides(eastCampaign, street, "CONFIRM", null);
		// the district's reviewer reads the gaps and the reason in the review task's summary in Tasklist
		JsonNode review = api.as("reviewer-" + east).get("/engine-rest/task?processInstanceBusinessKey=" + eastCampaign
				+ ":" + street + "&taskDefinitionKey=reviewSection").json();
		assertThat(review).hasSize(1);
		assertThat(api.as("reviewer-" + east).get("/engine-rest/task/" + review.get(0).get("id").asText()
				+ "/variables/summary").json().get("value").asText()).contains("应报事项未涉及", "人民调解和矛盾纠纷多元化解",
						"已并入区司法局的报告");

		// everything is written, confirmed and reviewed by its own government's people
		units.forEach((government, codes) -> codes.forEach(code -> {
			long campaign = campaigns.get(government);
			Steps own = steps.of(government);
			if (!code.equals(street)) {
				if (!code.equals(west + "sfj")) {
					own.saveSection(campaign, code, section(code, "成效明显", 0));
				}
				own.submit(campaign, code);
				own.headDecides(campaign, code, "CONFIRM", null);
			}
			own.reviewerDecides(campaign, code, "APPROVE", null);
		}));
		// 应报尽报 of the district's whole report: what its sections address between them, and each one's gaps
		JsonNode reportCoverage = api.as("editor-" + east).get("/api/campaigns/" + eastCampaign + "/report/coverage")
			.json();
		assertThat(reportCoverage.get("covered").findValuesAsText("code")).contains("oversight-openness",
				"emergencies-plans");
		assertThat(reportCoverage.get("missing").findValuesAsText("name")).contains("行政复议和行政应诉");
		for (JsonNode gaps : reportCoverage.get("departments")) {
			if (gaps.get("code").asText().equals(street)) {
				assertThat(gaps.get("missing").findValuesAsText("name")).contains("人民调解和矛盾纠纷多元化解");
				assertThat(gaps.get("omissions").asText()).contains("已并入区司法局的报告");
			}
		}
		assertProblem(api.as("editor-" + west).get("/api/campaigns/" + eastCampaign + "/report/coverage"), 403,
				"/problems/forbidden");

		// each department's and street's own report: signed by its head, cleared by its government's officer
		units.forEach((government, codes) -> codes.forEach(code -> publishDepartmentReport(government,
				campaigns.get(government), code)));
		// each government's report: compiled, handed over, signed, cleared and published
		campaigns.forEach(this::publishGovernmentReport);

		// 收文: each department's report at its government and at its counterpart one level up
		assertThat(receivedFrom(city, "editor-" + city)).containsExactlyInAnyOrder(city + "sfj", city + "scj",
				city + "jyj", east, west);
		assertThat(receivedFrom(east, "leader-" + east)).containsExactlyInAnyOrder(east + "sfj", east + "scj",
				east + "jyj", east + "jd");
		assertThat(receivedFrom(city + "sfj", "liaison-" + city + "sfj")).containsExactlyInAnyOrder(east + "sfj",
				west + "sfj");
		JsonNode westAtTheCity = received(city, "overseer", west);
		assertThat(westAtTheCity.get("valid").asBoolean()).isTrue();
		assertThat(westAtTheCity.get("sha256").asText()).hasSize(64);
		JsonNode text = api.as("overseer").get("/api/organizations/" + city + "/received/"
				+ westAtTheCity.get("reference").asText()).json();
		assertThat(text.get("document").get("title").asText()).contains("西区", "法治政府建设");
		assertProblem(api.as("editor-" + east).get("/api/organizations/" + west + "/received?year=" + YEAR), 403,
				"/problems/forbidden");
		assertProblem(api.as("liaison-" + east + "scj").get("/api/organizations/" + city + "sfj/received"), 403,
				"/problems/forbidden");

		// the city's dashboard: every level reported and published, the west district late
		JsonNode overview = api.as("overseer").get("/api/years/" + YEAR + "?root=" + city).json();
		assertThat(overview.get("organizations")).hasSize(14);
		for (JsonNode level : overview.get("levels")) {
			assertThat(level.get("submissionRate").asInt()).as(level.toString()).isEqualTo(100);
			assertThat(level.get("publicationRate").asInt()).as(level.toString()).isEqualTo(100);
		}
		List<String> late = new ArrayList<>();
		for (JsonNode organization : overview.get("organizations")) {
			if (organization.get("late").asBoolean()) {
				late.add(organization.get("code").asText());
			}
		}
		assertThat(late).containsExactly(west);
		assertThat(level(overview, "LOWER_GOVERNMENTS").get("onTimeRate").asInt()).isEqualTo(50);
		assertThat(level(overview, "LOWER_DEPARTMENTS").get("count").asInt()).isEqualTo(6);
		// a district's editors see their own district, not the city nor the neighbour
		assertThat(api.as("editor-" + east).get("/api/years/" + YEAR + "?root=" + east).json().get("organizations"))
			.hasSize(5);
		assertProblem(api.as("editor-" + east).get("/api/years/" + YEAR + "?root=" + west), 403,
				"/problems/forbidden");
		assertProblem(api.as("editor-" + east).get("/api/years/" + YEAR + "?root=" + city), 403,
				"/problems/forbidden");

		assertProblem(api.as("overseer").post("/api/years/" + YEAR + "/organizations/" + east + "/urge", null), 409,
				"/problems/stage-conflict");

		lookAtTheDashboardAndAReceivedReport(westAtTheCity.get("reference").asText());
	}

	/** The city, its departments, two districts with departments answering to the city's and a street each. */
	private Map<String, List<String>> buildTheTree() {
		String name = "试验" + run.toUpperCase();
		organization(city, name + "市人民政府", "GOVERNMENT", "gov", null);
		governmentPeople(city);
		Map<String, List<String>> units = new LinkedHashMap<>();
		units.put(city, List.of(city + "sfj", city + "scj", city + "jyj"));
		organization(city + "sfj", name + "市司法局", "DEPARTMENT", city, null);
		organization(city + "scj", name + "市市场监督管理局", "DEPARTMENT", city, null);
		organization(city + "jyj", name + "市教育局", "DEPARTMENT", city, null);
		for (String district : List.of(east, west)) {
			String place = name + (district.equals(east) ? "东区" : "西区");
			organization(district, place + "人民政府", "GOVERNMENT", city, null);
			governmentPeople(district);
			organization(district + "sfj", place + "司法局", "DEPARTMENT", district, city + "sfj");
			organization(district + "scj", place + "市场监督管理局", "DEPARTMENT", district, city + "scj");
			organization(district + "jyj", place + "教育局", "DEPARTMENT", district, city + "jyj");
			organization(district + "jd", place + "中心街道办事处", "STREET", district, null);
			units.put(district, List.of(district + "sfj", district + "scj", district + "jyj", district + "jd"));
		}
		units.values().forEach(codes -> codes.forEach(code -> {
			person("liaison-" + code, "liaison-" + code);
			person("head-" + code, "head-" + code);
		}));
		return units;
	}

	private void organization(String code, String name, String kind, String parent, String superior) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("kind", kind);
		body.put("parent", parent);
		body.put("superior", superior);
		Response put = api.as("admin").put("/api/organizations/" + code, body);
		assertThat(put.status()).as(put.body()).isEqualTo(200);
	}

	/** The government's reviewer, editor, leader and officer, in its own groups (legal-reviewers-<code>…). */
	private void governmentPeople(String government) {
		person("reviewer-" + government, "legal-reviewers-" + government);
		person("editor-" + government, "report-admins-" + government);
		person("leader-" + government, "leaders-" + government);
		person("officer-" + government, "disclosure-officers-" + government);
	}

	/** A user as an administrator makes one in Camunda Admin, named after the role, with the demo password. */
	private void person(String id, String group) {
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("profile", Map.of("id", id, "firstName", "测试", "lastName", id, "email", id + "@example.com"));
		user.put("credentials", Map.of("password", ApiClient.PASSWORD));
		assertThat(api.as("admin").post("/engine-rest/user/create", user).status()).isEqualTo(204);
		assertThat(api.as("admin").put("/engine-rest/group/" + group + "/members/" + id, null).status())
			.isEqualTo(204);
	}

	private void publishDepartmentReport(String government, long campaign, String code) {
		String path = sectionPath(campaign, code) + "/department-report";
		Response started = api.as("liaison-" + code).post(path, null);
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		assertThat(api.as("head-" + code).post(path + "/sign", Map.of("decision", "SIGN")).status()).isEqualTo(200);
		Response cleared = api.as("officer-" + government).post(path + "/confidentiality",
				Map.of("decision", "CLEAR", "documentNumber", code + "〔2027〕1号"));
		assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> "PUBLISHED".equals(api.as("liaison-" + code).get(path).json().get("stage").asText()));
	}

	private void publishGovernmentReport(String government, long campaign) {
		Steps own = steps.of(government);
		own.awaitStage(campaign, "EDITING");
		String report = "/api/campaigns/" + campaign + "/report";
		assertThat(api.as(own.user("editor")).post(report + "/edit-complete", null).status()).isEqualTo(200);
		assertThat(api.as(own.user("leader")).post(report + "/sign", Map.of("decision", "SIGN")).status())
			.isEqualTo(200);
		assertThat(api.as(own.user("officer")).post(report + "/confidentiality", Map.of("decision", "CLEAR")).status())
			.isEqualTo(200);
		own.awaitStage(campaign, "PUBLISHED");
	}

	private List<String> receivedFrom(String organization, String user) {
		Response received = api.as(user).get("/api/organizations/" + organization + "/received?year=" + YEAR);
		assertThat(received.status()).as(received.body()).isEqualTo(200);
		for (JsonNode report : received.json()) {
			assertThat(report.get("valid").asBoolean()).as(report.toString()).isTrue();
		}
		return received.json().findValuesAsText("from");
	}

	private JsonNode received(String organization, String user, String from) {
		for (JsonNode report : api.as(user).get("/api/organizations/" + organization + "/received?year=" + YEAR).json()) {
			if (report.get("from").asText().equals(from)) {
				return report;
			}
		}
		throw new AssertionError(from + " did not reach " + organization);
	}

	private static JsonNode level(JsonNode overview, String level) {
		for (JsonNode rates : overview.get("levels")) {
			if (rates.get("level").asText().equals(level)) {
				return rates;
			}
		}
		throw new AssertionError("no level " + level);
	}

	/**
	 * The east district's people try the west district's campaign, section, report and 收文 routes: each answers 403
	 * or 404, and none carries the west's draft.
	 */
	private void assertOutsidersFindNothing(long campaign, String department) {
		String section = sectionPath(campaign, department);
		List<String> routes = List.of("/api/campaigns/" + campaign, "/api/campaigns/" + campaign + "/dashboard.xlsx",
				section, section + "/diff", section + "/changes", section + "/history", section + "/attachments",
				section + "/working-copy", section + "/annotations", section + "/extensions",
				section + "/department-report", "/api/campaigns/" + campaign + "/report",
				"/api/campaigns/" + campaign + "/report/history", "/api/campaigns/" + campaign + "/report.pdf",
				"/api/campaigns/" + campaign + "/report/submissions", "/api/organizations/" + west + "/received",
				"/api/years/" + YEAR + "?root=" + west, "/campaigns/" + campaign,
				"/campaigns/" + campaign + "/sections/" + department, "/campaigns/" + campaign + "/report",
				"/organizations/" + west + "/received", "/years/" + YEAR + "?root=" + west);
		for (String outsider : List.of("editor-" + east, "reviewer-" + east, "leader-" + east, "officer-" + east,
				"liaison-" + east + "sfj", "head-" + east + "sfj")) {
			BrowserSession pages = BrowserSession.login(port, outsider);
			for (String route : routes) {
				// the API answers HTTP Basic, the pages the signed-in session
				java.net.http.HttpResponse<String> answer = route.startsWith("/api/") ? null : pages.get(route);
				Response call = answer == null ? api.as(outsider).get(route) : null;
				int status = answer == null ? call.status() : answer.statusCode();
				String body = answer == null ? call.body() : answer.body();
				assertThat(status).as(outsider + " GET " + route).isIn(403, 404);
				assertThat(body).as(outsider + " GET " + route).doesNotContain("西区草稿");
			}
			assertThat(api.as(outsider).post(section + "/review", Map.of("decision", "APPROVE")).status())
				.as(outsider).isIn(403, 404);
			assertThat(api.as(outsider).get("/api/campaigns").json().findValuesAsText("id"))
				.doesNotContain(String.valueOf(campaign));
			assertThat(api.as(outsider).get("/engine-rest/task?processInstanceBusinessKey=" + campaign + ":" + department)
				.json()).isEmpty();
		}
	}

	/** The street's liaison sees which required items the saved section leaves out, and tags them in place. */
	private void lookAtTheStreetsCoverage(long campaign, String street) throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("liaison-" + street, ApiClient.PASSWORD, wait);
		browser.manage().window().setSize(new Dimension(1366, 900));
		browser.get(base() + "/campaigns/" + campaign + "/sections/" + street);
		WebElement coverage = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("coverage")));
		assertThat(coverage.getText()).contains("应报事项 5 项，已涉及 2 项", "人民调解和矛盾纠纷多元化解");
		WebElement tags = browser.findElement(By.cssSelector("#items .item details.report-items"));
		assertThat(tags.getText()).contains("已标注 2 项");
		tags.findElement(By.tagName("summary")).click();
		assertThat(tags.findElement(By.cssSelector("input[value='oversight-openness']")).isSelected()).isTrue();
		assertThat(tags.findElement(By.cssSelector("input[value='disputes-mediation']")).isSelected()).isFalse();
		new org.openqa.selenium.interactions.Actions(browser).scrollToElement(coverage).perform();
		Chromium.screenshot(browser, "section-coverage");
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", tags);
		Chromium.screenshot(browser, "section-report-items");
		browser.manage().deleteAllCookies();
	}

	private void lookAtTheDashboardAndAReceivedReport(String westReport) throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("overseer", ApiClient.PASSWORD, wait);
		browser.manage().window().setSize(new Dimension(1366, 900));
		browser.get(base() + "/years/" + YEAR + "?root=" + city);
		WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.organizations")));
		assertThat(table.findElement(By.cssSelector("tr[data-code='" + west + "']")).getText()).contains("逾期", "已公开");
		assertThat(table.findElement(By.cssSelector("tr[data-code='" + east + "sfj']")).getText()).contains("按时");
		assertThat(browser.findElement(By.cssSelector("table.rates")).getText()).contains("下级人民政府", "100%", "50%");
		Chromium.screenshot(browser, "city-year");
		browser.manage().window().setSize(new Dimension(390, 844));
		browser.navigate().refresh();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.organizations")));
		Chromium.screenshot(browser, "city-year-phone");

		browser.manage().window().setSize(new Dimension(1366, 900));
		browser.get(base() + "/organizations/" + city + "/received?year=" + YEAR);
		WebElement received = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.received")));
		assertThat(received.getText()).contains("与签发文本一致");
		Chromium.screenshot(browser, "city-received");
		browser.get(base() + "/organizations/" + city + "/received/" + westReport);
		WebElement meta = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dl.received-meta")));
		assertThat(meta.getText()).contains("一致：正文与签发时完全相同", "西区人民政府", "查看公开版本");
		assertThat(browser.findElement(By.cssSelector("article.report h1")).getText()).contains("西区");
		Chromium.screenshot(browser, "city-received-report");
	}

}
