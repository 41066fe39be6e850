package cn.fazhi.annualreport;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.fazhi.annualreport.testing.ApiClient.Response;
import cn.fazhi.annualreport.testing.BrowserSession;
import cn.fazhi.annualreport.testing.Multipart;
import cn.fazhi.annualreport.testing.RunningProduct;
import cn.fazhi.annualreport.testing.Steps;

import static cn.fazhi.annualreport.testing.Problems.assertProblem;
import static cn.fazhi.annualreport.testing.Steps.section;
import static cn.fazhi.annualreport.testing.Steps.sectionPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input at the edge (issue 12, items 6 and 8): control characters, lone surrogates and foreign line breaks are
 * cleaned out of every text, whichever door it comes through (JSON, page forms, Tasklist), and the exports work with
 * what was stored; one-line fields refuse line breaks; malformed JSON and wrong content types are refused as problems
 * with nothing saved; {@code /error} is no page. Runs on H2 and PostgreSQL, which refuses NUL in its text columns.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class InputScenario extends RunningProduct {

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	JdbcTemplate database;

	@Test
	void storesSectionTextsCleanedAndExportsTheCompiledReport() throws IOException {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("控制字符"), "sfj");
		String path = sectionPath(campaign, "sfj");
		// JSON escapes, as a client sends what a user pasted: NUL, U+0001, U+0008, U+000B, lone surrogates, CRLF, U+2028
		String pasted = """
				{"achievements": [{"area": "functions", "title": "深化\\u0000放管服\\r\\n改革",
				  "text": "全年\\u0001精简\\u0008审批\\u000B事项\\ud800。\\r\\n第二段\\u2028第三段"}],
				 "shortcomings": "宣传\\u0000不够\\r\\n原因\\u2029在于人手\\r\\n",
				 "leadership": "主要负责人\\ufeff主持\\u007f专题学法\\u0085。",
				 "nextYearPlans": "继续\\udc00推进\\uffff依法行政。", "other": "\\r\\n",
				 "omissions": "其他应报事项本年度无新进展。",
				 "metrics": {"reconsideration-received": 12}, "version": 0}""";

		Response saved = api.as("liaison-sfj").put(path, pasted);

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		JsonNode stored = api.as("liaison-sfj").get(path).json();
		JsonNode item = stored.get("achievements").get(0);
		assertThat(item.get("title").asText()).isEqualTo("深化放管服改革");
		assertThat(item.get("text").asText()).isEqualTo("全年精简审批事项。\n第二段\n第三段");
		assertThat(stored.get("shortcomings").asText()).isEqualTo("宣传不够\n原因\n在于人手");
		assertThat(stored.get("leadership").asText()).isEqualTo("主要负责人主持专题学法。");
		assertThat(stored.get("nextYearPlans").asText()).isEqualTo("继续推进依法行政。");
		assertThat(stored.get("other").asText()).isEmpty();

		steps.submit(campaign, "sfj");
		steps.headDecides(campaign, "sfj", "CONFIRM", null);
		steps.reviewerDecides(campaign, "sfj", "APPROVE", null);
		steps.awaitStage(campaign, "EDITING");
		String report = "/api/campaigns/" + campaign + "/report";
		Response pdf = api.as("editor").get(report + ".pdf", MediaType.ALL);
		Response docx = api.as("editor").get(report + ".docx", MediaType.ALL);
		Response html = api.as("editor").get(report + ".html", MediaType.ALL);

		assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.bodyBytes())) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", "")).contains("全年精简审批事项。");
		}
		assertThat(docx.status()).as(docx.body()).isEqualTo(200);
		try (XWPFDocument word = new XWPFDocument(new java.io.ByteArrayInputStream(docx.bodyBytes()))) {
			assertThat(word.getParagraphs()).extracting(XWPFParagraph::getText)
				.contains("1.深化放管服改革。全年精简审批事项。", "第二段");
		}
		assertThat(html.status()).as(html.body()).isEqualTo(200);
		assertThat(html.body()).contains("全年精简审批事项。", "宣传不够");
	}

	@Test
	void refusesALineBreakInsideAnOrganizationNameAndOpensNothing() {
		String organization = Steps.uniqueOrganization("换行");

		Response refused = api.as("editor").post("/api/campaigns",
				Map.of("organization", "示范\r\n" + organization, "year", Steps.YEAR, "departments", List.of("sfj")));
		BrowserSession editor = BrowserSession.login(port, "editor");
		HttpResponse<String> page = editor.postForm("/campaigns", editor.get("/").body(),
				Map.of("organization", "示范\r\n" + organization, "year", String.valueOf(Steps.YEAR), "departments",
						"sfj"));

		assertRefused(refused, "organization", "只能写一行");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("只能写一行");
		assertThat(api.as("editor").get("/api/campaigns").json().findValuesAsText("organization"))
			.noneMatch(name -> name.contains(organization));
		// a NUL is not a line break: cleaned, and the campaign is opened under the name without it
		Response opened = api.as("editor").post("/api/campaigns",
				Map.of("organization", organization + "\u0000", "year", Steps.YEAR, "departments", List.of("sfj")));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		assertThat(opened.json().get("organization").asText()).isEqualTo(organization);
	}

	@Test
	void refusesMalformedJsonAndWrongContentTypesAndSavesNothing() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("严格"), "sfj");
		String path = sectionPath(campaign, "sfj");
		steps.saveSection(campaign, "sfj", section("sfj", "初稿", 0));
		String valid = "{\"shortcomings\": \"改过的不足\", \"metrics\": {\"reconsideration-received\": 5}, \"version\": 1}";
		String metric = "metrics.reconsideration-received";

		assertRefused(save(path, valid.replace("5}", "1.9}")), metric, "应为整数，不能是“1.9”");
		assertRefused(save(path, valid.replace("5}", "\"1\"}")), metric, "应为整数");
		assertRefused(save(path, valid.replace("5}", "1e400}")), metric, "数值超出范围");
		assertRefused(save(path, valid.replace("5}", "99999999999999999999}")), metric, "数值超出范围");
		assertRefused(save(path, valid.replace("\"version\": 1", "\"version\": \"1\"")), "version", "应为整数");
		assertRefused(save(path, valid + " 多余的字"), "", "多余的字符");
		assertRefused(save(path, valid + "{}"), "", "多余的字符");
		assertRefused(save(path, valid.replace("{", "{\"shortcomings\": \"另一份\", ")), "shortcomings",
				"字段“shortcomings”出现了不止一次");
		assertRefused(save(path, valid.replace("{", "{\"achievements\": [{\"title\": \"甲\", \"title\": \"乙\"}], ")),
				"achievements[0].title", "出现了不止一次");
		assertRefused(save(path, valid.replace("{", "{\"achievements\": [null], ")), "achievements[0]", "不能为 null");
		byte[] body = valid.getBytes(StandardCharsets.UTF_8);
		Multipart multipart = Multipart.of(Map.of("version", "1"), "file", "section.json", body);
		for (Response wrongType : List.of(
				api.as("liaison-sfj").send("PUT", path, "text/plain;charset=UTF-8", body, Map.of()),
				api.as("liaison-sfj").send("PUT", path, multipart.contentType(), multipart.body(), Map.of()),
				// no boundary: a body no multipart parser can read
				api.as("liaison-sfj").send("PUT", path, "multipart/form-data", body, Map.of()))) {
			assertProblem(wrongType, 415, "/problems/unsupported-media-type");
			assertThat(wrongType.json().get("detail").asText()).contains("请以 application/json 格式发送");
		}

		JsonNode unchanged = api.as("liaison-sfj").get(path).json();
		assertThat(unchanged.get("version").asInt()).isEqualTo(1);
		assertThat(unchanged.get("shortcomings").asText()).isEqualTo("sfj法治宣传针对性不强，原因是初稿。");
		assertThat(unchanged.get("metrics").get("reconsideration-received").asInt()).isEqualTo(12);
		// the same body, well formed, is saved
		assertThat(save(path, valid).status()).isEqualTo(200);
		assertThat(api.as("liaison-sfj").get(path).json().get("version").asInt()).isEqualTo(2);
	}

	@Test
	void cleansControlCharactersFromTheSectionEditorsForm() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("表单"), "sfj");
		BrowserSession liaison = BrowserSession.login(port, "liaison-sfj");
		String page = "/campaigns/" + campaign + "/sections/sfj";
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", "0");
		fields.put("achievements[0].area", "enforcement");
		fields.put("achievements[0].title", "规范\u0001执法\r\n行为");
		fields.put("achievements[0].text", "落实\u0000三项\u0008制度\u000B。\r\n第二段");
		fields.put("shortcomings", "宣传\u007F不够\u0085\r\n原因\u2028在于人手");
		fields.put("leadership", "\uFEFF主持专题学法");
		fields.put("nextYearPlans", "继续推进");
		fields.put("other", "");
		fields.put("metrics[reconsideration-received]", "12\u0000");
		fields.put("action", "save");

		HttpResponse<String> saved = liaison.postForm(page, liaison.get(page).body(), fields);

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		JsonNode stored = api.as("liaison-sfj").get(sectionPath(campaign, "sfj")).json();
		assertThat(stored.get("achievements").get(0).get("title").asText()).isEqualTo("规范执法行为");
		assertThat(stored.get("achievements").get(0).get("text").asText()).isEqualTo("落实三项制度。\n第二段");
		assertThat(stored.get("shortcomings").asText()).isEqualTo("宣传不够\n原因\n在于人手");
		assertThat(stored.get("leadership").asText()).isEqualTo("主持专题学法");
		assertThat(stored.get("metrics").get("reconsideration-received").asInt()).isEqualTo(12);
	}

	@Test
	void cleansTheCommentOfATaskCompletedInTasklist() throws IOException {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("任务表单"), "sfj");
		steps.saveSection(campaign, "sfj", section("sfj", "待确认", 0));
		steps.submit(campaign, "sfj");
		BrowserSession head = BrowserSession.login(port, "head-sfj");
		assertThat(head.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		String engine = "/camunda/api/engine/engine/default";
		JsonNode tasks = JSON.readTree(head
			.get(engine + "/task?processInstanceBusinessKey=" + campaign + ":sfj&taskDefinitionKey=confirmSection")
			.body());
		assertThat(tasks).hasSize(1);

		HttpResponse<String> returned = head.postJson(engine + "/task/" + tasks.get(0).get("id").asText() + "/submit-form",
				"{\"variables\": {\"headDecision\": {\"value\": \"RETURN\", \"type\": \"String\"},"
						+ " \"headComment\": {\"value\": \"请补充\\u0000数据\\u000B来源\\r\\n并核实\\ud800\", \"type\": \"String\"}}}");

		assertThat(returned.statusCode()).as(returned.body()).isEqualTo(204);
		assertThat(steps.stageOf(campaign, "sfj")).isEqualTo("REVISING");
		assertThat(database.queryForList("select comment_text from section_decision where campaign_id = ?",
				String.class, campaign)).containsExactly("请补充数据来源\n并核实");
	}

	/**
	 * Letters where a number or a date goes, in a page's form and in the API's address: refused per field, quoting
	 * only the beginning of what was sent, on the page and in the problem, and not written whole to the log either.
	 */
	@Test
	void refusesAValueOfTheWrongKindNamingTheFieldAndRepeatingOnlyItsBeginning(CapturedOutput log) {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("格式"), "sfj");
		String sent = "版".repeat(100_000);
		BrowserSession liaison = BrowserSession.login(port, "liaison-sfj");
		String page = "/campaigns/" + campaign + "/sections/sfj";
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", sent);
		fields.put("shortcomings", "不会被保存");
		fields.put("action", "save");

		HttpResponse<String> refused = liaison.postForm(page, liaison.get(page).body(), fields);
		Response diff = api.as("editor").get("/api/campaigns/" + campaign + "/report/diff?from=" + "版".repeat(500));
		HttpResponse<String> extension = liaison.postForm(page + "/extension", liaison.get(page).body(),
				Map.of("until", sent, "reason", "材料未齐"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("提交的内容有误", "版本号：应为整数，不能是“" + "版".repeat(40) + "…”")
			.doesNotContain("版".repeat(41));
		assertRefused(diff, "from", "应为整数，不能是“" + "版".repeat(40) + "…”");
		assertThat(extension.statusCode()).isEqualTo(400);
		assertThat(extension.body()).contains("延期至：应为日期（YYYY-MM-DD）");
		assertThat(api.as("liaison-sfj").get(sectionPath(campaign, "sfj")).json().get("version").asInt()).isZero();
		assertThat(log.getAll()).doesNotContain("版".repeat(1_000));
	}

	@Test
	void answers404ForTheErrorAddressItselfAndKeepsTheStatusOfRealErrors() {
		Response direct = api.anonymous().get("/error");
		Response page = api.anonymous().getHtml("/error");
		Response unknown = api.as("editor").get("/api/no-such-address");
		Response method = api.as("editor").delete("/api/areas");

		assertThat(direct.status()).isEqualTo(404);
		assertThat(direct.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(direct.json().get("title").asText()).isEqualTo("地址不存在");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("页面不存在", "返回首页");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("detail").asText()).isEqualTo("没有 GET /api/no-such-address 这个地址。");
		assertThat(method.status()).isEqualTo(405);
		assertThat(method.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(method.json().get("title").asText()).isEqualTo("不支持的请求方法");
	}

	@Test
	void leavesEngineRestReadingJsonTheWayCamundaDoes() {
		// a duplicate key and 50.5 for a whole number: refused by the product's API, Camunda's own mapper takes them
		Response count = api.as("admin").send("POST", "/engine-rest/task/count", "application/json",
				"{\"active\": true, \"active\": true, \"maxPriority\": 50.5}".getBytes(StandardCharsets.UTF_8), Map.of());

		assertThat(count.status()).as(count.body()).isEqualTo(200);
		assertThat(count.json().get("count").isNumber()).isTrue();
	}

	private Response save(String path, String json) {
		return api.as("liaison-sfj").put(path, json);
	}

	/** 400 with the field named as the client wrote it and a Chinese reason. */
	private static void assertRefused(Response response, String field, String message) {
		assertProblem(response, 400, "/problems/invalid-input");
		assertThat(response.json().get("errors")).as(response.body())
			.anySatisfy(error -> {
				assertThat(error.get("field").asText()).isEqualTo(field);
				assertThat(error.get("message").asText()).contains(message);
			});
	}

}
