package cn.fazhi.annualreport;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.fazhi.annualreport.section.SectionRules;
import cn.fazhi.annualreport.section.SectionSettings;
import cn.fazhi.annualreport.system.Decisions;
import cn.fazhi.annualreport.testing.ApiClient.Response;
import cn.fazhi.annualreport.testing.AtOnce;
import cn.fazhi.annualreport.testing.BrowserSession;
import cn.fazhi.annualreport.testing.RunningProduct;
import cn.fazhi.annualreport.testing.Steps;
import cn.fazhi.annualreport.testing.TimeTravel;

import static cn.fazhi.annualreport.testing.Problems.assertProblem;
import static cn.fazhi.annualreport.testing.Steps.decision;
import static cn.fazhi.annualreport.testing.Steps.section;
import static cn.fazhi.annualreport.testing.Steps.sectionPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one user can store and send (issue 12, items 4, 5 and 7): sections as large as real ones and no larger, no
 * revision for a save that changes nothing, new revisions per minute and storage per section bounded (429, 413),
 * double clicks that take effect once (one success, the rest 409, never 500), and comments, opinions, notes and
 * reasons as long as accepted carried through every step, Camunda's string variables included. Runs on H2 and
 * PostgreSQL.
 */
abstract class LimitsScenario extends RunningProduct {

	/** The longest comment accepted, as the head's or the reviewer's Tasklist form would also allow it. */
	static final String LONGEST_COMMENT = "意".repeat(Decisions.MAX_COMMENT);

	@Autowired
	JdbcTemplate database;

	@Autowired
	SectionSettings settings;

	// A. sizes a real section needs

	@Test
	void savesASectionAtItsLimitsAndRefusesOneBeyondThemWithNothingStored() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("篇幅"), "sfj");
		String path = sectionPath(campaign, "sfj");

		Response saved = api.as("liaison-sfj").put(path, fullSection("满", 0));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().get("achievements").get(0).get("text").asText()).hasSize(SectionRules.MAX_ITEM_TEXT - 4);

		Map<String, Object> longerItem = fullSection("长", 1);
		longerItem.put("achievements", List.of(Map.of("area", "rules", "title", "一项", "text",
				"长".repeat(SectionRules.MAX_ITEM_TEXT + 1))));
		Response itemRefused = assertProblem(api.as("liaison-sfj").put(path, longerItem), 400, "/problems/invalid-input");
		assertThat(itemRefused.json().get("errors").get(0).get("field").asText()).isEqualTo("achievements[0].text");
		assertThat(itemRefused.json().get("errors").get(0).get("message").asText()).isEqualTo("不能超过 5000 个字");

		Map<String, Object> longerSection = fullSection("多", 1);
		longerSection.put("other", "多");
		Response wholeRefused = assertProblem(api.as("liaison-sfj").put(path, longerSection), 400,
				"/problems/invalid-input");
		assertThat(wholeRefused.json().get("errors").get(0).get("message").asText())
			.isEqualTo("全文合计不能超过 20000 个字（现为 20001 个字）");

		Map<String, Object> tooManyItems = section("sfj", "多项", 1);
		tooManyItems.put("achievements", IntStream.rangeClosed(1, SectionRules.MAX_ITEMS + 1)
			.mapToObj(i -> Map.of("area", "rules", "title", "第" + i + "项", "text", "内容"))
			.toList());
		Response itemsRefused = assertProblem(api.as("liaison-sfj").put(path, tooManyItems), 400,
				"/problems/invalid-input");
		assertThat(itemsRefused.json().get("errors").get(0).get("message").asText()).isEqualTo("不能超过 50 项");

		assertThat(api.as("liaison-sfj").get(path).json().get("version").asInt()).isEqualTo(1);
		assertThat(revisions(campaign, "sfj")).isEqualTo(1);
	}

	// B. what one user can store

	@Test
	void storesNoRevisionForASaveThatChangesNothing() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("未改动"), "sfj");
		String path = sectionPath(campaign, "sfj");
		steps.saveSection(campaign, "sfj", section("sfj", "第一稿", 0));

		Response again = api.as("liaison-sfj").put(path, section("sfj", "第一稿", 1));

		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(again.json().get("version").asInt()).isEqualTo(1);
		assertThat(revisions(campaign, "sfj")).isEqualTo(1);
		// the same content sent from an older version is still a stale edit
		assertProblem(api.as("liaison-sfj").put(path, section("sfj", "第一稿", 0)), 409, "/problems/version-conflict");
	}

	@Test
	void acceptsSixNewRevisionsAMinuteAndAsksTheSeventhToWaitOnTheApiAndThePage() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("频率"), "sfj");
		String path = sectionPath(campaign, "sfj");
		int allowed = settings.revisionsPerMinute();
		for (int version = 0; version < allowed; version++) {
			steps.saveSection(campaign, "sfj", section("sfj", "第" + (version + 1) + "稿", version));
		}

		Response tooSoon = assertProblem(api.as("liaison-sfj").put(path, section("sfj", "第七稿", allowed)), 429,
				"/problems/too-many-saves");

		long retryAfter = Long.parseLong(tooSoon.header("Retry-After"));
		assertThat(retryAfter).isBetween(1L, 60L);
		assertThat(tooSoon.json().get("retryAfter").asLong()).isEqualTo(retryAfter);
		assertThat(tooSoon.json().get("title").asText()).isEqualTo("保存过于频繁");
		assertThat(tooSoon.json().get("detail").asText()).startsWith("1 分钟内最多保存 6 个新版本，本次未保存");
		// a save that changes nothing stores nothing, so it is not held back
		assertThat(api.as("liaison-sfj").put(path, section("sfj", "第" + allowed + "稿", allowed)).status())
			.isEqualTo(200);

		// the editor page shows the same refusal and keeps what the liaison typed
		BrowserSession liaison = BrowserSession.login(port, "liaison-sfj");
		String page = "/campaigns/" + campaign + "/sections/sfj";
		HttpResponse<String> refused = liaison.postForm(page, liaison.get(page).body(),
				pageFields(section("sfj", "页面上写的第七稿", allowed), "save"));
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("1 分钟内最多保存 6 个新版本，本次未保存", "页面上写的第七稿");
		assertThat(revisions(campaign, "sfj")).isEqualTo(allowed);

		// a minute later the liaison saves again
		TimeTravel.toInstant(Instant.now().plusSeconds(61));
		try {
			Response later = api.as("liaison-sfj").put(path, section("sfj", "第七稿", allowed));
			assertThat(later.status()).as(later.body()).isEqualTo(200);
			assertThat(later.json().get("version").asInt()).isEqualTo(allowed + 1);
		}
		finally {
			TimeTravel.reset();
		}
	}

	@Test
	void refusesARevisionBeyondTheSectionsStorageOnTheApiAndThePage() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("存储"), "sfj");
		String path = sectionPath(campaign, "sfj");
		steps.saveSection(campaign, "sfj", fullSection("第一稿", 0));
		// the section was saved again and again at its full size, on earlier days, until one more does not fit
		Map<String, Object> first = database.queryForMap("select r.section_id, r.content, r.content_length, r.author "
				+ "from section_revision r join section s on s.id = r.section_id "
				+ "where s.campaign_id = ? and s.department_code = 'sfj'", campaign);
		long sectionId = ((Number) first.get("section_id")).longValue();
		long length = ((Number) first.get("content_length")).longValue();
		assertThat(length).isGreaterThan(SectionRules.MAX_CHARACTERS);
		int number = 1;
		for (long stored = length; stored + length <= settings.storageQuota(); stored += length) {
			database.update("insert into section_revision (section_id, revision_number, content, content_length, author, "
					+ "created_at) values (?, ?, ?, ?, ?, ?)", sectionId, ++number, first.get("content"), length,
					first.get("author"), java.sql.Timestamp.from(Instant.now().minusSeconds(86_400)));
		}
		database.update("update section set latest_revision = ? where id = ?", number, sectionId);
		assertThat(number).isGreaterThan(90);

		Response refused = assertProblem(api.as("liaison-sfj").put(path, fullSection("又一稿", number)), 413,
				"/problems/storage-quota-exceeded");

		assertThat(refused.json().get("quota").asLong()).isEqualTo(settings.storageQuota());
		assertThat(refused.json().get("stored").asLong()).isEqualTo(number * length);
		assertThat(refused.json().get("title").asText()).isEqualTo("存储空间已用完");
		assertThat(refused.json().get("detail").asText()).contains("的存储上限，本次未保存");
		BrowserSession liaison = BrowserSession.login(port, "liaison-sfj");
		String page = "/campaigns/" + campaign + "/sections/sfj";
		HttpResponse<String> onPage = liaison.postForm(page, liaison.get(page).body(),
				pageFields(fullSection("页面上的又一稿", number), "save"));
		assertThat(onPage.statusCode()).isEqualTo(413);
		assertThat(onPage.body()).contains("的存储上限，本次未保存", "页面上的又一稿");
		assertThat(revisions(campaign, "sfj")).isEqualTo(number);
		// what is stored stays readable and can still be submitted
		steps.submit(campaign, "sfj");
	}

	// C. double clicks take effect once

	@Test
	void takesTwentySimultaneousSavesOfOneVersionOnceAndAnswersTheRestWithTheStaleVersion() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("连点"), "sfj");
		BrowserSession liaison = BrowserSession.login(port, "liaison-sfj");
		String page = "/campaigns/" + campaign + "/sections/sfj";
		String editor = liaison.get(page).body();
		Map<String, String> fields = pageFields(section("sfj", "连点二十次的草稿", 0), "save");

		List<HttpResponse<String>> answers = AtOnce.inParallel(20, () -> liaison.postForm(page, editor, fields));

		assertThat(answers).extracting(HttpResponse::statusCode).filteredOn(status -> status == 302).hasSize(1);
		assertThat(answers).filteredOn(answer -> answer.statusCode() != 302).hasSize(19).allSatisfy(answer -> {
			assertThat(answer.statusCode()).isEqualTo(409);
			assertThat(answer.body()).contains("您编辑的是第 0 版，当前已是第 1 版", "连点二十次的草稿");
		});
		assertThat(revisions(campaign, "sfj")).isEqualTo(1);

		// the same through the API
		List<Response> saves = AtOnce.inParallel(20,
				() -> api.as("liaison-sfj").put(sectionPath(campaign, "sfj"), section("sfj", "接口连点", 1)));

		assertThat(saves).extracting(Response::status).filteredOn(status -> status == 200).hasSize(1);
		assertThat(saves).filteredOn(save -> save.status() != 200)
			.hasSize(19)
			.allSatisfy(save -> assertProblem(save, 409, "/problems/version-conflict"));
		assertThat(revisions(campaign, "sfj")).isEqualTo(2);
	}

	@Test
	void takesTenSimultaneousExtensionRequestsOnceAndTheEditorsCanStillDecide() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("连点延期"), "sfj");
		String path = sectionPath(campaign, "sfj");
		LocalDate until = LocalDate.parse(department(campaign, "sfj").get("dueDate").asText()).plusDays(10);

		List<Response> requests = AtOnce.inParallel(10, () -> api.as("liaison-sfj").post(path + "/extension",
				Map.of("until", until.toString(), "reason", "数据需要复核")));

		assertThat(requests).extracting(Response::status).filteredOn(status -> status == 201).hasSize(1);
		assertThat(requests).filteredOn(request -> request.status() != 201)
			.hasSize(9)
			.allSatisfy(request -> assertProblem(request, 409, "/problems/stage-conflict"));
		assertThat(api.as("liaison-sfj").get(path + "/extensions").json()).singleElement()
			.satisfies(request -> assertThat(request.get("status").asText()).isEqualTo("PENDING"));
		assertThat(tasks("editor", campaign + ":sfj", "decideExtension")).hasSize(1);

		Response granted = api.as("editor").post(path + "/extension/decision", Map.of("decision", "GRANT"));
		assertThat(granted.status()).as(granted.body()).isEqualTo(200);
		assertThat(granted.json().get("grantedUntil").asText()).isNotBlank();
	}

	@Test
	void takesSimultaneousReportSavesAndDepartmentReportStartsOnce() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("连点汇总"), "sfj");
		steps.approveSection(campaign, "sfj");
		steps.awaitStage(campaign, "EDITING");
		String report = "/api/campaigns/" + campaign + "/report";
		ObjectNode draft = (ObjectNode) api.as("editor").get(report).json();
		draft.put("opening", "统稿人改写的导语。");

		List<Response> saves = AtOnce.inParallel(10, () -> api.as("editor").put(report, draft));

		assertThat(saves).extracting(Response::status).filteredOn(status -> status == 200).hasSize(1);
		assertThat(saves).filteredOn(save -> save.status() != 200)
			.hasSize(9)
			.allSatisfy(save -> assertProblem(save, 409, "/problems/version-conflict"));
		assertThat(api.as("editor").get(report).json().get("version").asInt()).isEqualTo(2);

		String departmentReport = sectionPath(campaign, "sfj") + "/department-report";
		List<Response> starts = AtOnce.inParallel(10, () -> api.as("liaison-sfj").post(departmentReport, null));

		assertThat(starts).extracting(Response::status).filteredOn(status -> status == 201).hasSize(1);
		assertThat(starts).filteredOn(start -> start.status() != 201)
			.hasSize(9)
			.allSatisfy(start -> assertProblem(start, 409, "/problems/stage-conflict"));
		assertThat(api.as("admin")
			.get("/engine-rest/process-instance?processDefinitionKey=department-report&businessKey=" + campaign
					+ ":sfj:report")
			.json()).hasSize(1);
		assertThat(api.as("liaison-sfj").get(departmentReport).json().get("version").asInt()).isEqualTo(1);
	}

	// D. long texts fit where they are stored

	@Test
	void takesTheLongestCommentThroughEveryStepOfASectionAndRefusesALongerOne() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("长意见"), "sfj");
		String path = sectionPath(campaign, "sfj");
		steps.saveSection(campaign, "sfj", section("sfj", "第一稿", 0));
		steps.submit(campaign, "sfj");

		// the audit's 4,420 characters, through the API and through Tasklist's engine-rest
		Response tooLong = assertProblem(
				api.as("head-sfj").post(path + "/confirm", decision("RETURN", "comment", "意".repeat(4_420))), 400,
				"/problems/invalid-input");
		assertThat(tooLong.json().get("errors").get(0).get("field").asText()).isEqualTo("comment");
		assertThat(tooLong.json().get("errors").get(0).get("message").asText()).isEqualTo("不能超过 4000 个字");
		String confirmTask = task("head-sfj", campaign + ":sfj", "confirmSection");
		Response viaEngine = api.as("head-sfj").post("/engine-rest/task/" + confirmTask + "/complete",
				Map.of("variables", Map.of("headDecision", Map.of("value", "RETURN"), "headComment",
						Map.of("value", LONGEST_COMMENT + "意"))));
		assertProblem(viaEngine, 400, "/problems/invalid-input");
		assertThat(viaEngine.json().get("errors").get(0).get("field").asText()).isEqualTo("variables.headComment");
		// what Tasklist shows of the refusal
		assertThat(viaEngine.json().get("message").asText()).contains("不能超过 4000 个字");
		// a character outside the BMP takes two of the 4,000 units Camunda stores
		assertProblem(api.as("head-sfj").post(path + "/confirm", decision("RETURN", "comment", "𠀀".repeat(2_001))),
				400, "/problems/invalid-input");
		assertThat(steps.stageOf(campaign, "sfj")).isEqualTo("AWAITING_CONFIRMATION");

		steps.headDecides(campaign, "sfj", "RETURN", LONGEST_COMMENT);
		steps.saveSection(campaign, "sfj", section("sfj", "第二稿", 1));
		steps.submit(campaign, "sfj");
		String summary = taskSummary("head-sfj", campaign + ":sfj", "confirmSection");
		assertThat(summary.length()).isLessThanOrEqualTo(4_000);
		assertThat(summary).contains("退回", "意意意意");
		confirmTask = task("head-sfj", campaign + ":sfj", "confirmSection");
		Response confirmed = api.as("head-sfj").post("/engine-rest/task/" + confirmTask + "/complete",
				Map.of("variables", Map.of("headDecision", Map.of("value", "CONFIRM"), "headComment",
						Map.of("value", "𠀀".repeat(2_000)))));
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);

		steps.reviewerDecides(campaign, "sfj", "RETURN", LONGEST_COMMENT);
		steps.saveSection(campaign, "sfj", section("sfj", "第三稿", 2));
		steps.submit(campaign, "sfj");
		steps.headDecides(campaign, "sfj", "CONFIRM", LONGEST_COMMENT);
		assertThat(taskSummary("reviewer", campaign + ":sfj", "reviewSection").length()).isLessThanOrEqualTo(4_000);
		steps.reviewerDecides(campaign, "sfj", "APPROVE", LONGEST_COMMENT);
		assertThat(steps.stageOf(campaign, "sfj")).isEqualTo("APPROVED");
		// the page's 办理过程 shows every comment whole
		assertThat(BrowserSession.login(port, "liaison-sfj").get("/campaigns/" + campaign + "/sections/sfj").body())
			.contains("data-label=\"意见\">" + LONGEST_COMMENT + "</td>");
	}

	@Test
	void takesTheLongestOpinionAndNotesThroughSigningAndClearance() {
		long campaign = steps.reportAwaitingSignature("长签发意见");
		String report = "/api/campaigns/" + campaign + "/report";

		Response tooLong = assertProblem(
				api.as("leader").post(report + "/sign", decision("RETURN", "opinion", LONGEST_COMMENT + "意")), 400,
				"/problems/invalid-input");
		assertThat(tooLong.json().get("errors").get(0).get("message").asText()).isEqualTo("不能超过 4000 个字");
		assertOk(api.as("leader").post(report + "/sign", decision("RETURN", "opinion", LONGEST_COMMENT)));
		steps.awaitStage(campaign, "EDITING");
		// the editors read the leader's reason in their Tasklist form: as much as fits, and where the rest is
		String editing = taskSummary("editor", String.valueOf(campaign), "editReport");
		assertThat(editing.length()).isLessThanOrEqualTo(4_000);
		assertThat(editing).contains("退回统稿", "意".repeat(2_000),
				"以下从略，请[在报告系统中查看全文](/campaigns/" + campaign + "/report)");
		assertOk(api.as("editor").post(report + "/edit-complete", null));
		assertThat(taskSummary("leader", String.valueOf(campaign), "signReport").length())
			.isLessThanOrEqualTo(4_000);
		assertOk(api.as("leader").post(report + "/sign", decision("SIGN", "opinion", LONGEST_COMMENT)));

		assertProblem(api.as("officer").post(report + "/confidentiality",
				decision("RETURN", "notes", LONGEST_COMMENT + "意")), 400, "/problems/invalid-input");
		assertOk(api.as("officer").post(report + "/confidentiality", decision("RETURN", "notes", LONGEST_COMMENT)));
		steps.awaitStage(campaign, "EDITING");
		assertOk(api.as("editor").post(report + "/edit-complete", null));
		assertOk(api.as("leader").post(report + "/sign", decision("SIGN", "opinion", LONGEST_COMMENT)));
		assertThat(taskSummary("officer", String.valueOf(campaign), "confidentialityReview").length())
			.isLessThanOrEqualTo(4_000);
		assertOk(api.as("officer").post(report + "/confidentiality", decision("CLEAR", "notes", LONGEST_COMMENT)));
		steps.awaitStage(campaign, "PUBLISHED");

		// a department's own report: its head's opinion is as long
		String departmentReport = sectionPath(campaign, "sfj") + "/department-report";
		assertThat(api.as("liaison-sfj").post(departmentReport, null).status()).isEqualTo(201);
		assertProblem(api.as("head-sfj").post(departmentReport + "/sign",
				decision("RETURN", "opinion", LONGEST_COMMENT + "意")), 400, "/problems/invalid-input");
		assertThat(api.as("head-sfj").post(departmentReport + "/sign", decision("RETURN", "opinion", LONGEST_COMMENT))
			.json().get("comment").asText()).isEqualTo(LONGEST_COMMENT);
	}

	@Test
	void takesTheLongestExtensionReasonAndDecisionComment() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("长理由"), "sfj");
		String path = sectionPath(campaign, "sfj");
		String until = LocalDate.parse(department(campaign, "sfj").get("dueDate").asText()).plusDays(10).toString();
		String longestReason = "因".repeat(3_000);

		Response tooLong = assertProblem(api.as("liaison-sfj").post(path + "/extension",
				Map.of("until", until, "reason", longestReason + "因")), 400, "/problems/invalid-input");
		assertThat(tooLong.json().get("errors").get(0).get("message").asText()).isEqualTo("不能超过 3000 个字");
		Response asked = api.as("liaison-sfj").post(path + "/extension", Map.of("until", until, "reason", longestReason));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);

		// the editors read the whole reason in their Tasklist form
		String summary = taskSummary("editor", campaign + ":sfj", "decideExtension");
		assertThat(summary.length()).isLessThanOrEqualTo(4_000);
		assertThat(summary).contains("理由：" + longestReason + "\n");

		assertProblem(api.as("editor").post(path + "/extension/decision",
				decision("REFUSE", "comment", LONGEST_COMMENT + "意")), 400, "/problems/invalid-input");
		Response refused = api.as("editor").post(path + "/extension/decision",
				decision("REFUSE", "comment", LONGEST_COMMENT));
		assertThat(refused.status()).as(refused.body()).isEqualTo(200);
		assertThat(refused.json().get("comment").asText()).isEqualTo(LONGEST_COMMENT);
	}

	@Test
	void fitsTheOfficersSummaryOfAReportWithThirtyEightFindings() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("多处发现"), "sfj");
		steps.approveSection(campaign, "sfj");
		steps.awaitStage(campaign, "EDITING");
		String report = "/api/campaigns/" + campaign + "/report";
		// 38 paragraphs with a mobile number each, under a topic with a long heading that every finding names
		ObjectNode draft = (ObjectNode) api.as("editor").get(report).json();
		ObjectNode topic = (ObjectNode) draft.get("parts").get(0).get("items").get(0);
		topic.put("heading", "健全政府机构职能体系，推动更好发挥政府作用，" + "深入推进简政放权、放管结合、优化服务改革".repeat(7));
		ArrayNode items = topic.putArray("items");
		for (int i = 1; i <= 38; i++) {
			items.addObject()
				.put("heading", "")
				.put("text", "第" + i + "次接待来访群众，联系人手机1381234" + String.format("%04d", i) + "，已妥善处理。")
				.put("area", "functions");
		}
		assertOk(api.as("editor").put(report, draft));
		assertOk(api.as("editor").post(report + "/edit-complete", null));
		JsonNode findings = api.as("officer").get(report + "/findings").json();
		assertThat(findings).hasSize(38);
		int listed = 0;
		for (JsonNode finding : findings) {
			listed += finding.get("location").asText().length() + finding.get("excerpt").asText().length() + 20;
		}
		assertThat(listed).as("every finding on its own line would not fit").isGreaterThan(4_000);

		assertOk(api.as("leader").post(report + "/sign", decision("SIGN", "opinion", "同意")));

		String summary = taskSummary("officer", String.valueOf(campaign), "confidentialityReview");
		assertThat(summary.length()).isLessThanOrEqualTo(4_000);
		assertThat(summary).contains("发现 38 处需要确认的内容", "手机号“13812340001”", "手机号“13812340010”",
				"另有 28 处未列出，请[在报告系统中查看全文](/campaigns/" + campaign + "/report)")
			.doesNotContain("13812340011");
		assertOk(api.as("officer").post(report + "/confidentiality", decision("RETURN", "notes", "删除个人信息")));
	}

	/** A section of exactly the most characters a section may hold, most of it in items at their longest. */
	static Map<String, Object> fullSection(String wording, long version) {
		Map<String, Object> content = section("sfj", wording, version);
		List<Map<String, String>> items = new ArrayList<>();
		for (String area : List.of("functions", "rules", "enforcement")) {
			items.add(Map.of("area", area, "title", "举措" + wording.charAt(0) + area.charAt(0), "text",
					wording + "字".repeat(SectionRules.MAX_ITEM_TEXT - 4 - wording.length())));
		}
		content.put("achievements", items);
		content.put("shortcomings", "不".repeat(1_500));
		content.put("leadership", "责".repeat(1_500));
		content.put("nextYearPlans", "划".repeat(2_000));
		content.put("other", "");
		content.put("omissions", "其他应报事项本年度无新进展。");
		return content;
	}

	/** The fields the section editor's form sends for this content. */
	@SuppressWarnings("unchecked")
	static Map<String, String> pageFields(Map<String, Object> content, String action) {
		Map<String, String> fields = new LinkedHashMap<>();
		List<Map<String, Object>> items = (List<Map<String, Object>>) content.get("achievements");
		for (int i = 0; i < items.size(); i++) {
			fields.put("achievements[" + i + "].area", String.valueOf(items.get(i).get("area")));
			fields.put("achievements[" + i + "].title", String.valueOf(items.get(i).get("title")));
			fields.put("achievements[" + i + "].text", String.valueOf(items.get(i).get("text")));
		}
		for (String part : List.of("shortcomings", "leadership", "nextYearPlans", "other")) {
			fields.put(part, String.valueOf(content.get(part)));
		}
		((Map<String, Object>) content.get("metrics"))
			.forEach((code, value) -> fields.put("metrics[" + code + "]", String.valueOf(value)));
		fields.put("version", String.valueOf(content.get("version")));
		fields.put("action", action);
		return fields;
	}

	private int revisions(long campaign, String department) {
		return database.queryForObject("select count(*) from section_revision r join section s on s.id = r.section_id "
				+ "where s.campaign_id = ? and s.department_code = ?", Integer.class, campaign, department);
	}

	private JsonNode department(long campaign, String code) {
		for (JsonNode department : steps.status(campaign).get("departments")) {
			if (department.get("code").asText().equals(code)) {
				return department;
			}
		}
		throw new AssertionError("no department " + code);
	}

	private JsonNode tasks(String user, String businessKey, String taskKey) {
		return api.as(user)
			.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey)
			.json();
	}

	private String task(String user, String businessKey, String taskKey) {
		JsonNode tasks = tasks(user, businessKey, taskKey);
		assertThat(tasks).hasSize(1);
		return tasks.get(0).get("id").asText();
	}

	/** The summary the task's Tasklist form shows. */
	private String taskSummary(String user, String businessKey, String taskKey) {
		return api.as(user)
			.get("/engine-rest/task/" + task(user, businessKey, taskKey) + "/variables/summary")
			.json()
			.get("value")
			.asText();
	}

	private static void assertOk(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

}
