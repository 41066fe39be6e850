package cn.fazhi.annualreport;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import cn.fazhi.annualreport.testing.ApiClient;
import cn.fazhi.annualreport.testing.ApiClient.Response;
import cn.fazhi.annualreport.testing.AtOnce;
import cn.fazhi.annualreport.testing.BrowserSession;
import cn.fazhi.annualreport.testing.RunningProduct;
import cn.fazhi.annualreport.testing.Steps;

import static cn.fazhi.annualreport.testing.Problems.assertProblem;
import static cn.fazhi.annualreport.testing.Steps.decision;
import static cn.fazhi.annualreport.testing.Steps.section;
import static cn.fazhi.annualreport.testing.Steps.sectionPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The JSON API's answers (DESIGN §7): 404 for what does not exist, 403 without the role or the department, 409 for
 * a step that is not open or a stale version, 400 for bad input with nothing saved, 422 for an incomplete
 * submission; and the same rules when a task is completed through engine-rest or Tasklist. Runs on H2 and
 * PostgreSQL.
 */
abstract class ApiScenario extends RunningProduct {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate database;

	static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void listsTheCataloguesInTheirOrder() {
		JsonNode areas = api.as("liaison-sfj").get("/api/areas").json();
		assertThat(areas.findValuesAsText("code")).containsExactly("functions", "rules", "decisions", "enforcement",
				"emergencies", "disputes", "oversight", "technology", "leadership");
		assertThat(areas.get(0).get("name").asText()).isEqualTo("政府机构职能体系");
		JsonNode departments = api.as("liaison-sfj").get("/api/departments").json();
		assertThat(departments.findValuesAsText("code")).startsWith("sfj", "scjgj", "sthjj").contains("gaj");
		assertThat(departments.get(0).get("name").asText()).isEqualTo("司法局");
		assertThat(api.as("liaison-sfj").get("/api/metrics").json().findValuesAsText("code"))
			.contains("reconsideration-received", "litigation-lost");
	}

	@Test
	void registersADepartmentWithItsLiaisonAndHeadGroups() {
		String code = "t" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

		assertProblem(api.as("liaison-sfj").put("/api/departments/" + code, Map.of("name", "统计局", "order", 90)), 403,
				"/problems/forbidden");
		assertProblem(api.as("admin").put("/api/departments/Bad-Code", Map.of("name", "统计局", "order", 90)), 400,
				"/problems/invalid-input");
		Response registered = api.as("admin").put("/api/departments/" + code, Map.of("name", "统计局", "order", 90));

		assertThat(registered.status()).as(registered.body()).isEqualTo(200);
		assertThat(api.as("editor").get("/api/departments").json().findValuesAsText("code")).contains(code);
		assertThat(api.as("admin").get("/engine-rest/group?idIn=liaison-" + code + ",head-" + code).json()
			.findValuesAsText("name")).containsExactlyInAnyOrder("统计局联络员", "统计局主要负责人");
	}

	@Test
	void compilesTheFiguresWithTheirChangeAgainstTheSameGovernmentsReportOfLastYear() {
		String organization = Steps.uniqueOrganization("同比");
		long lastYear = steps.openCampaign(organization, Steps.YEAR - 1, "sfj");
		steps.approveSection(lastYear, "sfj");
		long thisYear = steps.openCampaign(organization, Steps.YEAR, "sfj", "scjgj");
		Map<String, Object> sfj = new java.util.HashMap<>(Steps.section("sfj", "成效明显", 0));
		sfj.put("metrics", Map.of("reconsideration-received", 10, "litigation-cases", 8, "litigation-lost", 1));
		Map<String, Object> scjgj = new java.util.HashMap<>(Steps.section("scjgj", "成效明显", 0));
		scjgj.put("metrics", Map.of("reconsideration-received", 5, "litigation-cases", 2));
		steps.approveSection(thisYear, "sfj", sfj);
		steps.approveSection(thisYear, "scjgj", scjgj);
		steps.awaitStage(thisYear, "EDITING");

		JsonNode report = api.as("editor").get("/api/campaigns/" + thisYear + "/report").json();

		JsonNode received = report.get("figures").get("totals").get(0);
		assertThat(received.get("code").asText()).isEqualTo("reconsideration-received");
		assertThat(received.get("value").asLong()).isEqualTo(15);
		assertThat(received.get("previous").asLong()).isEqualTo(12);
		assertThat(report.get("figures").get("rates").get(0).get("code").asText()).isEqualTo("litigation-loss-rate");
		assertThat(report.get("parts").get(0).get("text").asText())
			.startsWith("全年主要数据：行政复议收案数15件，同比上升25.0%；行政诉讼应诉案件数10件；")
			.contains("行政诉讼败诉率10.0%");
		// both departments wrote "…深化放管服改革": the editors are told
		assertThat(report.get("duplicates")).isNotEmpty();
		assertThat(report.get("duplicates").get(0).get("firstDepartmentName").asText()).isEqualTo("司法局");
		assertThat(report.get("duplicates").get(0).get("secondDepartment").asText()).isEqualTo("scjgj");

		// the editors' revision keeps the figures, and the diff shows what they changed
		((com.fasterxml.jackson.databind.node.ObjectNode) report).put("opening", "经统稿修改的导语。");
		Response revised = api.as("editor").put("/api/campaigns/" + thisYear + "/report", report);
		assertThat(revised.status()).as(revised.body()).isEqualTo(200);
		assertThat(revised.json().get("figures")).isEqualTo(report.get("figures"));
		JsonNode diff = api.as("editor").get("/api/campaigns/" + thisYear + "/report/diff").json();
		assertThat(diff.get("from").asInt()).isEqualTo(1);
		assertThat(diff.get("changes")).singleElement()
			.satisfies(change -> assertThat(change.get("added").get(0).asText()).isEqualTo("经统稿修改的导语。"));
		HttpResponse<String> page = BrowserSession.login(port, "editor")
			.get("/campaigns/" + thisYear + "/report/changes");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("第 <span>1</span> 版与第 <span>2</span> 版对比", "修改 1 段", "<th colspan=\"2\" scope=\"colgroup\">导语</th>")
			.doesNotContain("两版内容相同");
		// the same comparison as JSON, rows named by their place
		JsonNode changes = api.as("editor").get("/api/campaigns/" + thisYear + "/report/changes").json();
		assertThat(changes.get("summary").get("paragraphsChanged").asInt()).isEqualTo(1);
		assertThat(changes.get("rows")).filteredOn(row -> !row.get("kind").asText().equals("SAME"))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.get("place").asText()).isEqualTo("导语");
				assertThat(row.get("kind").asText()).isEqualTo("CHANGED");
				assertThat(row.get("after").asText()).isEqualTo("经统稿修改的导语。");
			});
		assertProblem(api.as("liaison-sfj").get("/api/campaigns/" + thisYear + "/report/diff"), 403,
				"/problems/forbidden");
	}

	@Test
	void holdsTheCityAsATreeOfGovernmentsDepartmentsAndStreetsThatAdministratorsMaintain() {
		JsonNode tree = api.as("liaison-sfj").get("/api/organizations").json();
		List<String> codes = tree.findValuesAsText("code");
		JsonNode root = organization(tree, "gov");
		assertThat(root.get("kind").asText()).isEqualTo("GOVERNMENT");
		assertThat(root.get("parent").isNull()).isTrue();
		assertThat(organization(tree, "sfj").get("parent").asText()).isEqualTo("gov");
		assertThat(organization(tree, "dq").get("kind").asText()).isEqualTo("GOVERNMENT");
		assertThat(organization(tree, "dqsfj").get("superior").asText()).isEqualTo("sfj");
		assertThat(organization(tree, "dqdhjd").get("kind").asText()).isEqualTo("STREET");
		// each after its parent
		assertThat(codes.indexOf("gov")).isZero();
		assertThat(codes.indexOf("dq")).isLessThan(codes.indexOf("dqsfj"));
		// a government's own departments before the governments below it
		assertThat(codes.indexOf("sfj")).isLessThan(codes.indexOf("dq"));
		// §7 keeps answering the default government's departments
		List<String> departments = api.as("liaison-sfj").get("/api/departments").json().findValuesAsText("code");
		assertThat(departments).contains("sfj", "scjgj").doesNotContain("gov", "dq", "dqsfj", "dqdhjd");
		// every department and street has its people
		assertThat(api.as("liaison-dqsfj").get("/api/areas").status()).isEqualTo(200);
		assertThat(api.as("head-xqxsjd").get("/api/areas").status()).isEqualTo(200);

		String code = "t" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		java.util.Map<String, Object> department = java.util.Map.of("name", "西区生态环境分局", "kind", "DEPARTMENT",
				"parent", "xq", "superior", "sthjj", "order", 9);
		assertProblem(api.as("editor").put("/api/organizations/" + code, department), 403, "/problems/forbidden");
		ApiClient.Response added = api.as("admin").put("/api/organizations/" + code, department);
		assertThat(added.status()).as(added.body()).isEqualTo(200);
		assertThat(added.json().get("superior").asText()).isEqualTo("sthjj");
		assertThat(api.as("admin").get("/engine-rest/group/" + "liaison-" + code).status()).isEqualTo(200);
		assertThat(api.as("liaison-sfj").get("/api/departments").json().findValuesAsText("code")).doesNotContain(code);

		// a department only under a government, a counterpart only one level up, and no cycle
		Response underADepartment = assertProblem(api.as("admin").put("/api/organizations/" + code + "x",
				java.util.Map.of("name", "错误的部门", "kind", "DEPARTMENT", "parent", "sfj")), 400, "/problems/invalid-input");
		assertThat(underADepartment.json().get("errors").get(0).get("label").asText()).isEqualTo("上级机构");
		assertProblem(api.as("admin").put("/api/organizations/" + code + "y",
				java.util.Map.of("name", "错误的对口", "kind", "DEPARTMENT", "parent", "xq", "superior", "dqsfj")), 400,
				"/problems/invalid-input");
		String below = code + "z";
		assertThat(api.as("admin").put("/api/organizations/" + below,
				java.util.Map.of("name", "西区下的试验镇", "kind", "GOVERNMENT", "parent", "xq")).status()).isEqualTo(200);
		Response cycle = assertProblem(api.as("admin").put("/api/organizations/xq",
				java.util.Map.of("name", "西区人民政府", "kind", "GOVERNMENT", "parent", below)), 400,
				"/problems/invalid-input");
		assertThat(cycle.json().get("errors").get(0).get("message").asText()).contains("它属于该机构本身");
		assertThat(organization(api.as("admin").get("/api/organizations").json(), "xq").get("parent").asText())
			.isEqualTo("gov");
		// the department catalogue of §7 does not take another government's code
		assertProblem(api.as("editor").put("/api/departments/dqsfj", java.util.Map.of("name", "改名", "order", 1)), 409,
				"/problems/stage-conflict");
	}

	/**
	 * DESIGN §10: a district's report is written, reviewed and edited by that district's people alone; the city's
	 * and the other district's legal bureau, editors and departments reach nothing of it, through the API, the pages
	 * or the engine's REST API, and do not even learn that it exists.
	 */
	@Test
	void keepsADistrictsReportToItsOwnPeopleAndShowsTheOtherDistrictNothing() {
		Steps east = steps.of("dq");
		String organization = Steps.uniqueOrganization("东区");
		java.util.Map<String, Object> opening = java.util.Map.of("organization", organization, "year", Steps.YEAR,
				"departments", List.of("dqsfj", "dqdhjd"));
		assertProblem(api.as("editor").post("/api/campaigns", opening), 403, "/problems/forbidden");
		assertProblem(api.as("editor-xq").post("/api/campaigns", opening), 403, "/problems/forbidden");
		Response mixed = assertProblem(api.as("editor-dq").post("/api/campaigns", java.util.Map.of("organization",
				organization, "year", Steps.YEAR, "departments", List.of("dqsfj", "sfj"))), 400,
				"/problems/invalid-input");
		assertThat(mixed.json().get("errors").get(0).get("message").asText()).contains("司法局", "不是东区人民政府的部门");
		long campaign = east.openCampaign(organization, "dqsfj", "dqdhjd");
		String path = sectionPath(campaign, "dqsfj");

		east.saveSection(campaign, "dqsfj", section("dqsfj", "东区草稿", 0));
		east.submit(campaign, "dqsfj");
		east.headDecides(campaign, "dqsfj", "CONFIRM", null);
		// submitted and waiting for the district's legal bureau: the city's and the other district's find nothing
		for (String outsider : List.of("reviewer", "reviewer-xq", "editor-xq", "liaison-xqsfj", "liaison-sfj")) {
			assertThat(api.as(outsider).get(path).status()).as(outsider).isEqualTo(403);
			assertThat(api.as(outsider).get(path + "/attachments").status()).as(outsider).isEqualTo(403);
			assertThat(api.as(outsider).get("/api/campaigns/" + campaign).status()).as(outsider).isEqualTo(404);
			assertThat(api.as(outsider).get("/api/campaigns").json().findValuesAsText("id"))
				.doesNotContain(String.valueOf(campaign));
			assertThat(api.as(outsider).get("/api/tasks").body()).doesNotContain(organization);
			assertThat(engineRestTaskIds(outsider)).as(outsider).doesNotContain(
					engineRestTaskIds("reviewer-dq").toArray(String[]::new));
		}
		assertThat(BrowserSession.login(port, "editor-xq").get("/campaigns/" + campaign).statusCode()).isEqualTo(404);
		assertProblem(api.as("reviewer").post(path + "/review", decision("APPROVE", "comment", null)), 403,
				"/problems/forbidden");
		assertProblem(api.as("reviewer-xq").post(path + "/review", decision("APPROVE", "comment", null)), 403,
				"/problems/forbidden");
		assertProblem(api.as("editor").post(path + "/urge", null), 403, "/problems/forbidden");
		String review = openTask("reviewer-dq", campaign + ":dqsfj", "reviewSection");
		assertThat(api.as("reviewer-xq").post("/engine-rest/task/" + review + "/claim",
				java.util.Map.of("userId", "reviewer-xq")).status()).isIn(403, 404);
		assertThat(api.as("reviewer-xq").post("/engine-rest/task/" + review + "/complete",
				java.util.Map.of("variables", java.util.Map.of("reviewDecision", java.util.Map.of("value", "APPROVE"))))
			.status()).isIn(403, 404);
		assertThat(steps.of("dq").stageOf(campaign, "dqsfj")).isEqualTo("IN_REVIEW");

		// the district's own reviewer sees it in the work list and approves it; its editors and the 依法治市办 follow
		assertThat(api.as("reviewer-dq").get("/api/tasks").body()).contains(organization);
		assertThat(api.as("reviewer-dq").get(path).json().get("achievements").toString()).contains("东区草稿");
		east.reviewerDecides(campaign, "dqsfj", "APPROVE", null);
		assertThat(east.stageOf(campaign, "dqsfj")).isEqualTo("APPROVED");
		assertThat(api.as("overseer").get("/api/campaigns").json().findValuesAsText("id"))
			.contains(String.valueOf(campaign));
		assertThat(api.as("liaison-dqdhjd").get("/api/campaigns").json().findValuesAsText("id"))
			.contains(String.valueOf(campaign));
	}

	/**
	 * 应报尽报 with an installation's own catalogue: an administrator imports it whole, a refused one changes nothing,
	 * and a section's coverage follows the catalogue in force. The installation's catalogue is put back afterwards.
	 */
	@Test
	void importsAnInstallationsOwnCatalogueOfReportItemsAndCoverageFollowsIt() {
		JsonNode seeded = api.as("liaison-sfj").get("/api/report-items").json();
		assertThat(seeded.findValuesAsText("name")).contains("行政复议和行政应诉");
		List<Map<String, Object>> own = List.of(Map.of("code", "owna", "name", "推进依法行政", "level", 1),
				Map.of("code", "owna-visits", "name", "信访事项依法分类处理", "level", 2, "parent", "owna",
						"requiredFor", List.of("DEPARTMENT")),
				Map.of("code", "owna-street", "name", "基层治理法治化", "level", 2, "parent", "owna",
						"requiredFor", List.of("STREET")));
		try {
			assertProblem(api.as("editor").put("/api/report-items", Map.of("items", own)), 403, "/problems/forbidden");
			Response orphan = assertProblem(api.as("admin").put("/api/report-items", Map.of("items",
					List.of(Map.of("code", "lost", "name", "无上级的事项", "level", 2, "parent", "nowhere")))), 400,
					"/problems/invalid-input");
			assertThat(orphan.json().get("errors").get(0).get("message").asText()).contains("无上级的事项");
			assertThat(api.as("liaison-sfj").get("/api/report-items").json()).isEqualTo(seeded);

			Response imported = api.as("admin").put("/api/report-items", Map.of("items", own));
			assertThat(imported.status()).as(imported.body()).isEqualTo(200);
			assertThat(api.as("liaison-sfj").get("/api/report-items").json().findValuesAsText("code"))
				.containsExactly("owna", "owna-visits", "owna-street");
			long campaign = steps.openCampaign(Steps.uniqueOrganization("自定事项"), "sfj");
			steps.saveSection(campaign, "sfj", section("sfj", "成效明显", 0));
			JsonNode coverage = api.as("liaison-sfj").get(sectionPath(campaign, "sfj") + "/coverage").json();
			assertThat(coverage.get("missing").findValuesAsText("name")).containsExactly("信访事项依法分类处理");
			assertThat(coverage.get("covered")).isEmpty();
			assertProblem(api.as("liaison-scjgj").get(sectionPath(campaign, "sfj") + "/coverage"), 403,
					"/problems/forbidden");
		}
		finally {
			assertThat(api.as("admin").put("/api/report-items", Map.of("items", seeded)).status()).isEqualTo(200);
		}
	}

	private static JsonNode organization(JsonNode tree, String code) {
		for (JsonNode organization : tree) {
			if (organization.get("code").asText().equals(code)) {
				return organization;
			}
		}
		throw new AssertionError(code + " is not in the tree");
	}

	@Test
	void keepsTheLiaisonsWorkingCopyUntilANamedRevisionAndShowsItToNobodyElse() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("工作副本"), "sfj");
		String workingCopy = sectionPath(campaign, "sfj") + "/working-copy";
		assertThat(api.as("liaison-sfj").get(workingCopy).status()).isEqualTo(204);

		java.util.Map<String, Object> typed = section("sfj", "尚未保存的修改", 0);
		// a working copy may be incomplete or not yet valid: it is what was typed
		typed.put("leadership", "");
		typed.put("achievements", java.util.List.of(java.util.Map.of("title", "x".repeat(300), "text", "")));
		ApiClient.Response saved = api.as("liaison-sfj").put(workingCopy, typed);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().get("basedOn").asInt()).isZero();

		JsonNode kept = api.as("liaison-sfj").get(workingCopy).json();
		assertThat(kept.get("content").get("shortcomings").asText()).contains("尚未保存的修改");
		assertThat(kept.get("savedBy").asText()).as("a display name, not the user id").contains("联络员").doesNotContain("liaison");
		assertThat(api.as("liaison-sfj").get(sectionPath(campaign, "sfj")).json().get("version").asInt())
			.as("an autosave makes no revision")
			.isZero();
		assertProblem(api.as("head-sfj").get(workingCopy), 403, "/problems/forbidden");
		assertProblem(api.as("liaison-scjgj").put(workingCopy, typed), 403, "/problems/forbidden");
		assertProblem(api.as("editor").get(workingCopy), 403, "/problems/forbidden");
		java.util.Map<String, Object> tooLong = section("sfj", "长", 0);
		tooLong.put("other", "长".repeat(20_001));
		assertProblem(api.as("liaison-sfj").put(workingCopy, tooLong), 400, "/problems/invalid-input");

		// 保存草稿 makes revision 1 and retires the working copy; one typed on revision 0 is now stale
		steps.saveSection(campaign, "sfj", section("sfj", "已保存的草稿", 0));
		assertThat(api.as("liaison-sfj").get(workingCopy).status()).isEqualTo(204);
		assertProblem(api.as("liaison-sfj").put(workingCopy, typed), 409, "/problems/version-conflict");
	}

	@Test
	void showsTheReviewerWhatChangedSinceTheSectionCameBack() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("修改对比"), "sfj");
		steps.saveSection(campaign, "sfj", section("sfj", "全年办结案件120件", 0));
		steps.submit(campaign, "sfj");
		steps.headDecides(campaign, "sfj", "CONFIRM", null);
		steps.reviewerDecides(campaign, "sfj", "RETURN", "请核实案件数");
		steps.saveSection(campaign, "sfj", section("sfj", "全年办结案件126件", 1));
		steps.submit(campaign, "sfj");
		steps.headDecides(campaign, "sfj", "CONFIRM", null);

		JsonNode diff = api.as("reviewer").get(sectionPath(campaign, "sfj") + "/diff?from=1&to=2").json();

		assertThat(diff.get("from").asInt()).isEqualTo(1);
		assertThat(diff.get("to").asInt()).isEqualTo(2);
		// every paragraph that carried the figure changed, and inside it only 0 became 6
		assertThat(diff.get("changes")).isNotEmpty().allSatisfy(change -> {
			assertThat(change.get("type").asText()).isEqualTo("CHANGE");
			assertThat(change.get("inline").findValuesAsText("text")).contains("0", "6");
		});
		assertThat(diff.get("changes").get(0).get("removed").get(0).asText()).contains("120件");
		assertThat(diff.get("changes").get(0).get("added").get(0).asText()).contains("126件");
		// by default: the latest revision the reader may see against the one before
		assertThat(api.as("liaison-sfj").get(sectionPath(campaign, "sfj") + "/diff").json().get("from").asInt())
			.isEqualTo(1);
		assertProblem(api.as("reviewer").get(sectionPath(campaign, "sfj") + "/diff?from=1&to=3"), 400,
				"/problems/invalid-input");
		assertProblem(api.as("liaison-scjgj").get(sectionPath(campaign, "sfj") + "/diff"), 403, "/problems/forbidden");

		// the reviewer's Tasklist form links to the same comparison, and the page shows it
		String taskId = openTask("reviewer", campaign + ":sfj", "reviewSection");
		String summary = taskSummary("reviewer", taskId);
		String link = "/campaigns/" + campaign + "/sections/sfj/changes?from=1&to=2";
		assertThat(summary).contains("查看修改（与上一版对比）](" + link + ")（第 1 版 → 第 2 版）");
		HttpResponse<String> page = BrowserSession.login(port, "reviewer").get(link);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("第 <span>1</span> 版与第 <span>2</span> 版对比", "class=\"added\">126</ins>",
				"class=\"removed\">120</del>", "主要举措和成效 › 第 1 项 “sfj深化放管服改革”");
		JsonNode changes = api.as("reviewer").get(sectionPath(campaign, "sfj") + "/changes?from=1&to=2").json();
		assertThat(changes.get("summary").get("paragraphsChanged").asInt()).isEqualTo(5);
		assertThat(changes.get("rows").findValuesAsText("place")).contains("存在的不足和原因",
				"主要举措和成效 › 第 2 项 “sfj规范执法行为”");
		assertProblem(api.as("liaison-scjgj").get(sectionPath(campaign, "sfj") + "/changes"), 403,
				"/problems/forbidden");
		assertProblem(api.as("reviewer").get(sectionPath(campaign, "sfj") + "/changes?to=3"), 400,
				"/problems/invalid-input");
	}

	@Test
	void findsPersonalDataBeforeTheConfidentialityReviewAndPublishesOnlyTheReportWithoutIt() {
		String organization = Steps.uniqueOrganization("保密");
		long campaign = steps.openCampaign(organization, "sfj");
		steps.approveSection(campaign, "sfj");
		steps.awaitStage(campaign, "EDITING");
		String report = "/api/campaigns/" + campaign + "/report";
		com.fasterxml.jackson.databind.node.ObjectNode draft = (com.fasterxml.jackson.databind.node.ObjectNode) api
			.as("editor").get(report).json();
		draft.put("opening", "全年接待来访群众，联系人李某（身份证号11010519491231002X，手机13812345678）。");
		assertThat(api.as("editor").put(report, draft).status()).isEqualTo(200);
		assertThat(api.as("editor").post(report + "/edit-complete", null).status()).isEqualTo(200);
		assertThat(api.as("leader").post(report + "/sign", decision("SIGN", "opinion", "同意")).status()).isEqualTo(200);

		JsonNode findings = api.as("officer").get(report + "/findings").json();
		assertThat(findings.findValuesAsText("type")).containsExactly("ID_CARD", "MOBILE");
		assertThat(findings.get(0).get("excerpt").asText()).contains("身份证号11010519491231002X");
		String taskId = openTask("officer", String.valueOf(campaign), "confidentialityReview");
		assertThat(taskSummary("officer", taskId))
			.contains("发现 2 处需要确认的内容", "身份证号“11010519491231002X”", "手机号“13812345678”");
		assertThat(api.anonymous().get(report + "/findings").status()).isEqualTo(401);
		assertProblem(api.as("liaison-sfj").get(report + "/findings"), 403, "/problems/forbidden");

		// returned, cleaned up by the editors, signed again: nothing left to find, cleared and published without it
		assertThat(api.as("officer").post(report + "/confidentiality", decision("RETURN", "notes", "删除个人信息")).status())
			.isEqualTo(200);
		steps.awaitStage(campaign, "EDITING");
		com.fasterxml.jackson.databind.node.ObjectNode cleaned = (com.fasterxml.jackson.databind.node.ObjectNode) api
			.as("editor").get(report).json();
		cleaned.put("opening", "全年接待来访群众。");
		assertThat(api.as("editor").put(report, cleaned).status()).isEqualTo(200);
		assertThat(api.as("editor").post(report + "/edit-complete", null).status()).isEqualTo(200);
		assertThat(api.as("leader").post(report + "/sign", decision("SIGN", "opinion", "同意")).status()).isEqualTo(200);
		assertThat(api.as("officer").get(report + "/findings").json()).isEmpty();
		// the officer gives the 发文字号 and 主题分类 the report is published under; an unknown category is refused
		assertProblem(api.as("officer").post(report + "/confidentiality",
				Map.of("decision", "CLEAR", "subjectCategory", "娱乐八卦")), 400, "/problems/invalid-input");
		assertThat(steps.status(campaign).get("report").get("stage").asText()).isEqualTo("CONFIDENTIALITY_REVIEW");
		assertThat(api.as("officer").post(report + "/confidentiality", Map.of("decision", "CLEAR", "documentNumber",
				"示范府发〔2027〕3号", "subjectCategory", "司法、公安")).status()).isEqualTo(200);
		steps.awaitStage(campaign, "PUBLISHED");
		JsonNode published = api.anonymous().get("/public/reports").json();
		long id = java.util.stream.StreamSupport.stream(published.spliterator(), false)
			.filter(entry -> entry.get("organization").asText().equals(organization))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
		assertThat(api.anonymous().getHtml("/public/reports/" + id).body()).contains("全年接待来访群众。")
			.doesNotContain("11010519491231002X", "13812345678", "逾期公开")
			.contains("<dt>发文字号</dt><dd>示范府发〔2027〕3号</dd>", "<dt>主题分类</dt><dd>司法、公安</dd>",
					"<dt>体裁分类</dt><dd>工作报告</dd>", "<dt>公开方式</dt><dd>主动公开</dd>");
		JsonNode entry = api.anonymous().get("/public/reports/" + id).json();
		assertThat(entry.get("indexNumber").asText()).matches("SFQRMZF/\\d{4}-\\d{5}");
		assertThat(entry.get("documentNumber").asText()).isEqualTo("示范府发〔2027〕3号");
		assertThat(entry.get("subjectCategory").asText()).isEqualTo("司法、公安");
		assertThat(entry.get("publishedLate").asBoolean()).isFalse();

		// the published copy as files, without login
		Response pdf = api.anonymous().get("/public/reports/" + id + ".pdf", MediaType.ALL);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType().toString()).isEqualTo("application/pdf");
		assertThat(new String(pdf.bodyBytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		Response docx = api.anonymous().get("/public/reports/" + id + ".docx", MediaType.ALL);
		assertThat(docx.status()).isEqualTo(200);
		assertThat(api.as("editor").upload("/api/import", "published.docx", docx.bodyBytes()).json().get("opening")
			.asText()).isEqualTo("全年接待来访群众。");
		assertThat(api.anonymous().getHtml("/public/reports/" + id).body()).contains("/public/reports/" + id + ".pdf",
				"/public/reports/" + id + "/verify");

		// found by year and government, and in the Atom feed
		assertThat(api.anonymous().get("/public/reports?year=" + Steps.YEAR + "&organization=" + organization).json()
			.findValuesAsText("id")).containsExactly(String.valueOf(id));
		assertThat(api.anonymous().get("/public/reports?year=1999&organization=" + organization).json()).isEmpty();
		assertThat(api.anonymous().getHtml("/public/reports?organization=" + organization).body())
			.contains(organization + "2026年法治政府建设年度报告");
		Response feed = api.anonymous().get("/public/reports.atom", MediaType.ALL);
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.contentType().toString()).startsWith("application/atom+xml");
		assertThat(feed.body()).contains("<feed", "<title>" + organization + "2026年法治政府建设年度报告</title>",
				"/public/reports/" + id + "\"");

		// anyone can check that what is served is what the leader signed; a copy altered afterwards fails the check
		JsonNode verified = api.anonymous().get("/public/reports/" + id + "/verify").json();
		assertThat(verified.get("valid").asBoolean()).isTrue();
		assertThat(verified.get("sha256").asText()).matches("[0-9a-f]{64}");
		assertThat(verified.get("signedAt").asText()).isNotBlank();
		database.update("update publication set document = replace(document, '全年接待来访群众', '全年接待来访群众百人') where id = ?",
				id);
		assertThat(api.anonymous().get("/public/reports/" + id + "/verify").json().get("valid").asBoolean()).isFalse();
	}

	@Test
	void recordsTheReportSentToThePartyCommitteeTheCongressAndTheGovernmentAbove() {
		long campaign = steps.publishedReport("报送");
		String path = "/api/campaigns/" + campaign + "/report/submissions";
		String today = java.time.LocalDate.now(cn.fazhi.annualreport.system.BusinessTime.ZONE).toString();
		assertThat(steps.status(campaign).get("report").get("dueDate").isNull()).isFalse();
		String taskId = openTask("editor", String.valueOf(campaign), "reportUpward");
		assertThat(taskSummary("editor", taskId)).contains("[PDF 预览]");

		assertProblem(api.as("liaison-sfj").post(path,
				Map.of("submissions", List.of(Map.of("recipient", "PARTY_COMMITTEE", "submittedOn", today)))), 403,
				"/problems/forbidden");
		// every recipient needs a date between signing and today and a channel; nothing is kept from a refusal
		Response refused = api.as("editor").post(path, Map.of("submissions", List.of(
				Map.of("recipient", "PARTY_COMMITTEE", "submittedOn", "2020-01-02", "channel", "ELECTRONIC"),
				Map.of("recipient", "PEOPLES_CONGRESS", "submittedOn", today, "channel", "PAPER"))));
		assertProblem(refused, 400, "/problems/invalid-input");
		assertThat(refused.json().get("errors").findValuesAsText("field")).contains("partyCommitteeDate",
				"higherGovernmentDate", "higherGovernmentChannel");
		assertThat(api.as("editor").get(path).json()).isEmpty();

		Response recorded = api.as("editor").post(path, Map.of("submissions", List.of(
				Map.of("recipient", "PARTY_COMMITTEE", "submittedOn", today, "channel", "CONFIDENTIAL_EXCHANGE",
						"documentNumber", "示范府〔2027〕5号"),
				Map.of("recipient", "PEOPLES_CONGRESS", "submittedOn", today, "channel", "PAPER", "documentNumber",
						"示范府〔2027〕6号"),
				Map.of("recipient", "HIGHER_GOVERNMENT", "submittedOn", today, "channel", "ELECTRONIC"))));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);

		JsonNode reportedUp = steps.status(campaign).get("reportedUp");
		assertThat(reportedUp.findValuesAsText("recipientLabel")).containsExactly("本级党委", "本级人大常委会", "上一级政府");
		assertThat(reportedUp.findValuesAsText("channelLabel")).containsExactly("机要交换", "纸质公文送达", "电子公文交换系统");
		assertThat(reportedUp.get(0).get("documentNumber").asText()).isEqualTo("示范府〔2027〕5号");
		assertThat(reportedUp.get(2).get("documentNumber").isNull()).isTrue();
		assertThat(reportedUp.get(0).get("submittedOn").asText()).isEqualTo(today);
		assertThat(steps.status(campaign).get("report").get("dueDate").isNull()).isTrue();
		assertThat(BrowserSession.login(port, "editor").get("/campaigns/" + campaign).body()).contains("本级人大常委会",
				"示范府〔2027〕6号");
		// the step is done: recording again is a conflict, and the workflow has ended
		assertProblem(api.as("editor").post(path, Map.of("submissions", List.of(Map.of("recipient", "PARTY_COMMITTEE")))),
				409, "/problems/stage-conflict");
		assertThat(api.as("admin").get("/engine-rest/process-instance?processDefinitionKey=annual-report&businessKey="
				+ campaign).json()).isEmpty();
	}

	@Test
	void correctsAPublishedReportAsANewVersionWithANoticeAndKeepsTheOriginalReadable() {
		long campaign = steps.publishedReport("更正");
		String organization = steps.status(campaign).get("organization").asText();
		String report = "/api/campaigns/" + campaign + "/report";
		JsonNode original = api.anonymous().get("/public/reports/" + steps.status(campaign).get("publication").get("id")
			.asLong()).json();
		long originalId = original.get("id").asLong();

		assertProblem(api.as("liaison-sfj").post(report + "/corrections", Map.of("reason", "改数据")), 403,
				"/problems/forbidden");
		assertProblem(api.as("editor").post(report + "/corrections", Map.of("reason", " ")), 400,
				"/problems/invalid-input");
		assertThat(api.as("editor").post(report + "/corrections", Map.of("reason", "第二部分的数据有误，予以更正。"))
			.status()).isEqualTo(200);
		assertProblem(api.as("editor").post(report + "/corrections", Map.of("reason", "再次更正")), 409,
				"/problems/stage-conflict");
		// the published version stays public, unchanged, while the correction is under way
		assertThat(api.anonymous().get("/public/reports?organization=" + organization).json().findValuesAsText("id"))
			.containsExactly(String.valueOf(originalId));

		com.fasterxml.jackson.databind.node.ObjectNode draft = (com.fasterxml.jackson.databind.node.ObjectNode) api
			.as("editor").get(report).json();
		draft.put("opening", "更正后的引言。");
		assertThat(api.as("editor").put(report, draft).status()).isEqualTo(200);
		assertThat(api.as("editor").post(report + "/edit-complete", null).status()).isEqualTo(200);
		assertThat(api.as("leader").post(report + "/sign", Map.of("decision", "SIGN")).status()).isEqualTo(200);
		assertThat(api.as("officer").post(report + "/confidentiality", Map.of("decision", "CLEAR")).status())
			.isEqualTo(200);
		steps.awaitStage(campaign, "PUBLISHED");

		long correctedId = steps.status(campaign).get("publication").get("id").asLong();
		assertThat(correctedId).isNotEqualTo(originalId);
		assertThat(api.anonymous().get("/public/reports?organization=" + organization).json().findValuesAsText("id"))
			.containsExactly(String.valueOf(correctedId));
		JsonNode corrected = api.anonymous().get("/public/reports/" + correctedId).json();
		assertThat(corrected.get("version").asInt()).isEqualTo(2);
		assertThat(corrected.get("supersedes").asLong()).isEqualTo(originalId);
		assertThat(corrected.get("correctionNotice").asText()).isEqualTo("第二部分的数据有误，予以更正。");
		assertThat(corrected.get("document").get("opening").asText()).isEqualTo("更正后的引言。");
		assertThat(api.anonymous().getHtml("/public/reports/" + correctedId).body()).contains("更正说明",
				"第二部分的数据有误，予以更正。", original.get("indexNumber").asText(), "/public/reports/" + originalId);

		JsonNode kept = api.anonymous().get("/public/reports/" + originalId).json();
		assertThat(kept.get("correctedBy").asLong()).isEqualTo(correctedId);
		assertThat(kept.get("document")).isEqualTo(original.get("document"));
		assertThat(api.anonymous().getHtml("/public/reports/" + originalId).body()).contains("更正后的版本",
				"/public/reports/" + correctedId);
		for (long id : List.of(originalId, correctedId)) {
			assertThat(api.anonymous().get("/public/reports/" + id + "/verify").json().get("valid").asBoolean()).isTrue();
		}
	}

	@Test
	void publishesADepartmentsOwnReportUnderItsNameOnceItsHeadSignedAndTheOfficerCleared() {
		String organization = Steps.uniqueOrganization("部门年报");
		long campaign = steps.openCampaign(organization, "sfj", "scjgj");
		String path = "/api/campaigns/" + campaign + "/sections/sfj/department-report";
		assertProblem(api.as("liaison-sfj").post(path, null), 409, "/problems/stage-conflict");
		assertProblem(api.as("liaison-sfj").get(path), 404, "/problems/department-report-not-found");
		steps.approveSection(campaign, "sfj");

		assertProblem(api.as("liaison-scjgj").post(path, null), 403, "/problems/forbidden");
		Response started = api.as("liaison-sfj").post(path, null);
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		String departmentName = organization + "司法局";
		assertThat(started.json().get("organization").asText()).isEqualTo(departmentName);
		assertThat(started.json().get("stage").asText()).isEqualTo("SIGNING");
		assertThat(started.json().get("document").get("title").asText()).startsWith(departmentName);
		assertProblem(api.as("liaison-sfj").post(path, null), 409, "/problems/stage-conflict");
		assertProblem(api.as("liaison-scjgj").get(path), 403, "/problems/forbidden");

		// its own head signs, in Tasklist or here; another department's head may not
		String signTask = openTask("head-sfj", campaign + ":sfj:report", "signDepartmentReport");
		assertThat(taskSummary("head-sfj", signTask)).contains(departmentName, "待部门主要负责人签发");
		assertProblem(api.as("head-scjgj").post(path + "/sign", Map.of("decision", "SIGN")), 403, "/problems/forbidden");
		assertThat(api.as("head-sfj").post(path + "/sign", Map.of("decision", "SIGN", "opinion", "同意公开")).json()
			.get("stage").asText()).isEqualTo("CONFIDENTIALITY_REVIEW");

		String reviewTask = openTask("officer", campaign + ":sfj:report", "departmentConfidentialityReview");
		assertThat(taskSummary("officer", reviewTask)).contains("自动检查结果");
		assertThat(api.as("officer").post(path + "/confidentiality",
				Map.of("decision", "CLEAR", "documentNumber", "示范司发〔2027〕1号")).status()).isEqualTo(200);
		await().atMost(java.time.Duration.ofSeconds(60))
			.until(() -> api.as("liaison-sfj").get(path).json().get("stage").asText().equals("PUBLISHED"));

		long publication = api.as("liaison-sfj").get(path).json().get("publicationId").asLong();
		JsonNode published = api.anonymous().get("/public/reports/" + publication).json();
		assertThat(published.get("organization").asText()).isEqualTo(departmentName);
		assertThat(published.get("indexNumber").asText()).startsWith("SFQRMZF-SFJ/");
		assertThat(published.get("documentNumber").asText()).isEqualTo("示范司发〔2027〕1号");
		assertThat(api.anonymous().get("/public/reports?organization=" + departmentName).json().findValuesAsText("id"))
			.containsExactly(String.valueOf(publication));
		assertThat(api.anonymous().get("/public/reports/" + publication + "/verify").json().get("valid").asBoolean())
			.isTrue();
		// the government's own report is a different matter: nothing of it is public yet
		assertThat(steps.status(campaign).get("publication").isNull()).isTrue();
		assertThat(BrowserSession.login(port, "liaison-sfj")
			.get("/campaigns/" + campaign + "/sections/sfj/department-report")
			.body()).contains("已公开", "/public/reports/" + publication);
	}

	@Test
	void voidsTheSignatureWhenTheSignedTextChangesAndRefusesToClearIt() {
		long campaign = steps.reportAwaitingSignature("签发指纹");
		String report = "/api/campaigns/" + campaign + "/report";
		assertThat(api.as("leader").post(report + "/sign", decision("SIGN", "opinion", "同意")).status()).isEqualTo(200);
		String taskId = openTask("officer", String.valueOf(campaign), "confidentialityReview");
		String summary = taskSummary("officer", taskId);
		assertThat(summary).containsPattern("内容指纹 [0-9a-f]{16}")
			.contains("[PDF 预览](/api/campaigns/" + campaign + "/report.pdf)", "**主要数据**", "- 行政复议收案数：12 件");

		// the stored text is altered behind the product's back after signing
		int altered = database.update("update report_revision set document = replace(document, '坚持', '不再坚持') "
				+ "where report_id = (select id from report where campaign_id = ?)", campaign);
		assertThat(altered).isPositive();

		Response refused = api.as("officer").post(report + "/confidentiality", decision("CLEAR", "notes", null));
		assertProblem(refused, 409, "/problems/stage-conflict");
		assertThat(refused.json().get("detail").asText()).contains("原签发已失效");
		assertThat(api.as("officer").post(report + "/confidentiality", decision("RETURN", "notes", "请重新签发")).status())
			.isEqualTo(200);
		steps.awaitStage(campaign, "EDITING");
	}

	@Test
	void answers404ForUnknownCampaignDepartmentOrReport() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("不存在"), "sfj");

		assertProblem(api.as("editor").get("/api/campaigns/999999"), 404, "/problems/campaign-not-found");
		assertProblem(api.as("liaison-sfj").get(sectionPath(999999, "sfj")), 404, "/problems/section-not-found");
		assertProblem(api.as("liaison-gaj").get(sectionPath(campaign, "gaj")), 404, "/problems/section-not-found");
		assertProblem(api.as("editor").get("/api/campaigns/" + campaign + "/report"), 404,
				"/problems/report-not-found");
		assertProblem(api.as("leader").post("/api/campaigns/999999/report/sign", decision("SIGN", "opinion", null)),
				404, "/problems/campaign-not-found");
	}

	@Test
	void answers403WithoutTheRoleOrTheDepartment() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("权限"), "sfj", "scjgj");
		steps.saveSection(campaign, "sfj", section("sfj", "权限", 0));

		assertProblem(api.as("liaison-scjgj").get(sectionPath(campaign, "sfj")), 403, "/problems/forbidden");
		assertProblem(api.as("liaison-scjgj").put(sectionPath(campaign, "sfj"), section("scjgj", "越权", 1)), 403,
				"/problems/forbidden");
		assertProblem(api.as("head-sfj").put(sectionPath(campaign, "sfj"), section("sfj", "负责人", 1)), 403,
				"/problems/forbidden");
		assertProblem(api.as("liaison-scjgj").post(sectionPath(campaign, "sfj") + "/submit", null), 403,
				"/problems/forbidden");
		// the legal bureau sees a section only once it was submitted: drafts stay in the department
		assertProblem(api.as("reviewer").get(sectionPath(campaign, "sfj")), 403, "/problems/forbidden");
		assertProblem(api.as("liaison-sfj").post("/api/campaigns",
				Map.of("organization", "越权区人民政府", "year", 2026, "departments", List.of("sfj"))), 403,
				"/problems/forbidden");

		steps.submit(campaign, "sfj");
		assertThat(api.as("reviewer").get(sectionPath(campaign, "sfj")).status()).isEqualTo(200);
		assertProblem(api.as("head-scjgj").post(sectionPath(campaign, "sfj") + "/confirm",
				decision("CONFIRM", "comment", null)), 403, "/problems/forbidden");
		assertProblem(api.as("liaison-sfj").post(sectionPath(campaign, "sfj") + "/confirm",
				decision("CONFIRM", "comment", null)), 403, "/problems/forbidden");
		steps.headDecides(campaign, "sfj", "CONFIRM", null);
		assertProblem(api.as("head-sfj").post(sectionPath(campaign, "sfj") + "/review",
				decision("APPROVE", "comment", null)), 403, "/problems/forbidden");
		assertProblem(api.as("liaison-sfj").get("/api/campaigns/" + campaign + "/report"), 403,
				"/problems/forbidden");
		// nothing moved
		assertThat(steps.stageOf(campaign, "sfj")).isEqualTo("IN_REVIEW");
	}

	@Test
	void answers409WhenTheStepIsNotOpenOrTheVersionIsStale() {
		String organization = Steps.uniqueOrganization("阶段");
		long campaign = steps.openCampaign(organization, "sfj");
		assertProblem(api.as("head-sfj").post(sectionPath(campaign, "sfj") + "/confirm",
				decision("CONFIRM", "comment", null)), 409, "/problems/stage-conflict");
		assertProblem(api.as("reviewer").post(sectionPath(campaign, "sfj") + "/review",
				decision("APPROVE", "comment", null)), 409, "/problems/stage-conflict");

		steps.saveSection(campaign, "sfj", section("sfj", "第一版", 0));
		Response stale = api.as("liaison-sfj").put(sectionPath(campaign, "sfj"), section("sfj", "过时", 0));
		assertProblem(stale, 409, "/problems/version-conflict");
		assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(1);

		steps.submit(campaign, "sfj");
		assertProblem(api.as("liaison-sfj").post(sectionPath(campaign, "sfj") + "/submit", null), 409,
				"/problems/stage-conflict");
		Response locked = assertProblem(
				api.as("liaison-sfj").put(sectionPath(campaign, "sfj"), section("sfj", "提交后", 1)), 409,
				"/problems/stage-conflict");
		assertThat(locked.json().get("detail").asText()).contains("待部门负责人确认");

		assertProblem(api.as("editor").post("/api/campaigns",
				Map.of("organization", organization, "year", Steps.YEAR, "departments", List.of("scjgj"))), 409,
				"/problems/campaign-exists");

		steps.headDecides(campaign, "sfj", "CONFIRM", null);
		steps.reviewerDecides(campaign, "sfj", "APPROVE", null);
		steps.awaitStage(campaign, "EDITING");
		String report = "/api/campaigns/" + campaign + "/report";
		assertProblem(api.as("leader").post(report + "/sign", decision("SIGN", "opinion", null)), 409,
				"/problems/stage-conflict");
		assertProblem(api.as("officer").post(report + "/confidentiality", decision("CLEAR", "notes", null)), 409,
				"/problems/stage-conflict");
		JsonNode compiled = api.as("editor").get(report).json();
		assertThat(api.as("editor").put(report, compiled).status()).isEqualTo(200);
		assertProblem(api.as("editor").put(report, compiled), 409, "/problems/version-conflict");

		assertThat(api.as("editor").post(report + "/edit-complete", null).status()).isEqualTo(200);
		assertProblem(api.as("editor").post(report + "/edit-complete", null), 409, "/problems/stage-conflict");
		JsonNode signing = api.as("editor").get(report).json();
		assertProblem(api.as("editor").put(report, signing), 409, "/problems/stage-conflict");
	}

	@Test
	void answers400ForBadInputAndSavesNothing() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("输入"), "sfj");
		steps.saveSection(campaign, "sfj", section("sfj", "已保存的内容", 0));
		String path = sectionPath(campaign, "sfj");

		Map<String, Object> unknownCodes = section("sfj", "坏输入", 1);
		unknownCodes.put("achievements", List.of(Map.of("area", "no-such-area", "title", "标题", "text", "内容")));
		unknownCodes.put("metrics", Map.of("no-such-figure", 3, "litigation-lost", -1));
		Response refused = assertProblem(api.as("liaison-sfj").put(path, unknownCodes), 400, "/problems/invalid-input");
		assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
				"achievements[0].area", "metrics.no-such-figure", "metrics.litigation-lost");
		assertThat(refused.json().get("errors").get(0).get("message").asText()).contains("领域");

		Map<String, Object> tooLong = section("sfj", "坏输入", 1);
		tooLong.put("achievements", List.of(Map.of("area", "rules", "title", "长".repeat(201), "text", "内容")));
		assertProblem(api.as("liaison-sfj").put(path, tooLong), 400, "/problems/invalid-input");
		assertProblem(api.as("liaison-sfj").put(path, "{\"achievements\": \"不是数组\", \"version\": 1}"), 400,
				"/problems/invalid-input");
		assertProblem(api.as("liaison-sfj").put(path, "{\"shortcomings\": \"没有版本号\"}"), 400,
				"/problems/invalid-input");
		assertProblem(api.as("liaison-sfj").put(path, "{\"version\": 1, \"shortcomming\": \"拼错的字段\"}"), 400,
				"/problems/invalid-input");
		assertProblem(api.as("liaison-sfj").put(path, "{\"version\": 1, "), 400, "/problems/invalid-input");

		JsonNode unchanged = api.as("liaison-sfj").get(path).json();
		assertThat(unchanged.get("version").asInt()).isEqualTo(1);
		assertThat(unchanged.get("shortcomings").asText()).contains("已保存的内容");

		steps.submit(campaign, "sfj");
		assertProblem(api.as("head-sfj").post(path + "/confirm", decision("MAYBE", "comment", null)), 400,
				"/problems/invalid-input");
		Response noReason = assertProblem(api.as("head-sfj").post(path + "/confirm", decision("RETURN", "comment", " ")),
				400, "/problems/invalid-input");
		assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("comment");
		assertThat(steps.stageOf(campaign, "sfj")).isEqualTo("AWAITING_CONFIRMATION");

		String organization = Steps.uniqueOrganization("部门代码");
		assertProblem(api.as("editor").post("/api/campaigns",
				Map.of("organization", organization, "year", 2026, "departments", List.of("sfj", "nosuch"))), 400,
				"/problems/invalid-input");
		assertProblem(api.as("editor").post("/api/campaigns", Map.of("organization", organization, "year", 2026,
				"departments", List.of("sfj"), "deadlines", Map.of("sections", "2027/01/31"))), 400,
				"/problems/invalid-input");
		assertProblem(api.as("editor").post("/api/campaigns", Map.of("organization", organization, "year", 2026,
				"departments", List.of("sfj"), "deadlines", Map.of("sections", "2027-04-30", "publication", "2027-03-31"))),
				400, "/problems/invalid-input");
		assertThat(api.as("editor").get("/api/campaigns").json().findValuesAsText("organization"))
			.doesNotContain(organization);
	}

	@Test
	void answers422ForAnIncompleteSubmissionAndKeepsTheDraft() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("不完整"), "sfj");
		Map<String, Object> draft = section("sfj", "未完成", 0);
		draft.put("leadership", "");
		steps.saveSection(campaign, "sfj", draft);

		Response incomplete = api.as("liaison-sfj").post(sectionPath(campaign, "sfj") + "/submit", null);

		assertProblem(incomplete, 422, "/problems/incomplete-content");
		assertThat(incomplete.json().get("errors").findValuesAsText("field")).containsExactly("leadership");
		assertThat(incomplete.json().get("errors").findValuesAsText("label"))
			.as("the field as the page names it").containsExactly("主要负责人履行推进法治建设第一责任人职责情况");
		assertThat(steps.stageOf(campaign, "sfj")).isEqualTo("DRAFTING");
		assertThat(api.as("liaison-sfj").get(sectionPath(campaign, "sfj")).json().get("version").asInt())
			.isEqualTo(1);
	}

	@Test
	void refusesAnIncompleteSectionCompletedThroughEngineRest() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("引擎"), "sfj", "scjgj");
		String taskId = openTask("liaison-sfj", campaign + ":sfj", "draftSection");

		assertThat(engineRestTaskIds("liaison-scjgj")).doesNotContain(taskId);
		Response foreign = api.as("liaison-scjgj").post("/engine-rest/task/" + taskId + "/complete", Map.of());
		assertThat(foreign.status()).isEqualTo(403);

		Response refused = api.as("liaison-sfj").post("/engine-rest/task/" + taskId + "/complete", Map.of());
		assertProblem(refused, 422, "/problems/incomplete-content");
		assertThat(refused.json().get("detail").asText()).contains("至少填写一项主要举措和成效");
		// Camunda's own clients read "message"
		assertThat(refused.json().get("message").asText()).contains("至少填写一项主要举措和成效");
		assertThat(engineRestTaskIds("liaison-sfj")).contains(taskId);
		assertThat(steps.stageOf(campaign, "sfj")).isEqualTo("DRAFTING");

		steps.saveSection(campaign, "sfj", section("sfj", "完整", 0));
		assertThat(api.as("liaison-sfj").post("/engine-rest/task/" + taskId + "/complete", Map.of()).status())
			.isEqualTo(204);
		assertThat(steps.stageOf(campaign, "sfj")).isEqualTo("AWAITING_CONFIRMATION");
	}

	@Test
	void signsTheReportThroughTasklistsOwnApi() throws Exception {
		long campaign = steps.reportAwaitingSignature("任务列表");

		BrowserSession leader = BrowserSession.login(port, "leader");
		assertThat(leader.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		String engine = "/camunda/api/engine/engine/default";
		JsonNode tasks = JSON.readTree(
				leader.get(engine + "/task?processInstanceBusinessKey=" + campaign + "&taskDefinitionKey=signReport")
					.body());
		assertThat(tasks).hasSize(1);
		String taskId = tasks.get(0).get("id").asText();
		JsonNode form = JSON.readTree(leader.get(engine + "/task/" + taskId + "/deployed-form").body());
		assertThat(form.get("id").asText()).isEqualTo("signReport");
		assertThat(form.get("components").findValuesAsText("key")).contains("signDecision", "signOpinion");
		JsonNode variables = JSON.readTree(leader.get(engine + "/task/" + taskId + "/form-variables").body());
		assertThat(variables.get("summary").get("value").asText()).contains("2026年法治政府建设年度报告", "第 1 版");

		HttpResponse<String> refused = leader.postJson(engine + "/task/" + taskId + "/submit-form",
				"{\"variables\": {\"signDecision\": {\"value\": \"RETURN\", \"type\": \"String\"}}}");
		assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
		assertThat(refused.body()).contains("退回时必须填写意见");

		HttpResponse<String> signed = leader.postJson(engine + "/task/" + taskId + "/submit-form",
				"{\"variables\": {\"signDecision\": {\"value\": \"SIGN\", \"type\": \"String\"},"
						+ " \"signOpinion\": {\"value\": \"同意\", \"type\": \"String\"}}}");
		assertThat(signed.statusCode()).as(signed.body()).isEqualTo(204);
		JsonNode report = api.as("editor").get("/api/campaigns/" + campaign + "/report").json();
		assertThat(report.get("stage").asText()).isEqualTo("CONFIDENTIALITY_REVIEW");
		assertThat(report.get("signedVersion").asInt()).isEqualTo(1);
	}

	@Test
	void keepsOneOfTwoSimultaneousSavesOfTheSameVersion() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("并发"), "sfj");
		List<String> wordings = List.of("甲", "乙");
		AtomicInteger next = new AtomicInteger();
		List<Integer> statuses = AtOnce.inParallel(2, () -> api.as("liaison-sfj")
			.put(sectionPath(campaign, "sfj"), section("sfj", wordings.get(next.getAndIncrement()), 0))
			.status());
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		assertThat(api.as("liaison-sfj").get(sectionPath(campaign, "sfj")).json().get("version").asInt()).isEqualTo(1);
	}

	private String openTask(String user, String businessKey, String taskKey) {
		JsonNode tasks = api.as(user)
			.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey)
			.json();
		assertThat(tasks).hasSize(1);
		return tasks.get(0).get("id").asText();
	}

	/**
	 * The summary a task's Tasklist form shows (the {@code summary} variable), as it reads: without the backslashes
	 * that keep what people wrote from becoming Markdown.
	 */
	private String taskSummary(String user, String taskId) {
		return api.as(user)
			.get("/engine-rest/task/" + taskId + "/variables/summary")
			.json()
			.get("value")
			.asText()
			.replaceAll("\\\\(\\p{Punct})", "$1");
	}

	private List<String> engineRestTaskIds(String user) {
		return api.as(user).get("/engine-rest/task?maxResults=1000").json().findValuesAsText("id");
	}

}
