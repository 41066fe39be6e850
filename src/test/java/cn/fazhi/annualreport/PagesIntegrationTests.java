package cn.fazhi.annualreport;

import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;


import cn.fazhi.annualreport.testing.ApiClient;
import cn.fazhi.annualreport.testing.BrowserSession;
import cn.fazhi.annualreport.testing.H2IntegrationTest;
import cn.fazhi.annualreport.testing.RunningProduct;
import cn.fazhi.annualreport.testing.Steps;

import static cn.fazhi.annualreport.testing.Steps.sectionPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's own pages, as a signed-in browser submits them: the section editor that is {@code draftSection}'s
 * external form, and the editors' report page.
 */
@H2IntegrationTest
class PagesIntegrationTests extends RunningProduct {

	@Test
	void savesDraftsOnTheServerAndReturnsToTasklistAfterSubmitting() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("编辑页"), "sfj");
		BrowserSession liaison = BrowserSession.login(port, "liaison-sfj");
		String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";
		String page = "/campaigns/" + campaign + "/sections/sfj";

		HttpResponse<String> editor = liaison.get(page + "?taskId=t1&callbackUrl=" + tasklist);
		assertThat(editor.statusCode()).isEqualTo(200);
		assertThat(editor.body()).contains("司法局", "保存草稿", "提交部门负责人确认", "政府机构职能体系");

		HttpResponse<String> saved = liaison.postForm(page, editor.body(), editorFields(0, "第一稿的不足", "12", "save"));
		assertThat(saved.statusCode()).isEqualTo(302);
		JsonNode draft = api.as("liaison-sfj").get(sectionPath(campaign, "sfj")).json();
		assertThat(draft.get("version").asInt()).isEqualTo(1);
		assertThat(draft.get("shortcomings").asText()).isEqualTo("第一稿的不足");
		assertThat(draft.get("achievements").get(0).get("area").asText()).isEqualTo("functions");
		assertThat(draft.get("metrics").get("reconsideration-received").asInt()).isEqualTo(12);

		// A figure that is not a number: the page keeps what was typed, nothing is saved.
		HttpResponse<String> refused = liaison.postForm(page, editor.body(),
				editorFields(1, "第二稿里新写的不足", "十二", "save"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("第二稿里新写的不足", "metrics.reconsideration-received");
		assertThat(api.as("liaison-sfj").get(sectionPath(campaign, "sfj")).json().get("version").asInt())
			.isEqualTo(1);

		HttpResponse<String> submitted = liaison.postForm(page, editor.body(),
				withCallback(editorFields(1, "定稿的不足", "12", "submit"), tasklist));
		assertThat(submitted.statusCode()).isEqualTo(302);
		assertThat(submitted.headers().firstValue("Location")).hasValue(tasklist);
		JsonNode section = api.as("liaison-sfj").get(sectionPath(campaign, "sfj")).json();
		assertThat(section.get("stage").asText()).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(section.get("shortcomings").asText()).isEqualTo("定稿的不足");
	}

	@Test
	void staysOnTheSiteWhateverCallbackItIsGiven() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("回调"), "sfj");
		BrowserSession liaison = BrowserSession.login(port, "liaison-sfj");
		String page = "/campaigns/" + campaign + "/sections/sfj";
		String editor = liaison.get(page).body();

		HttpResponse<String> submitted = liaison.postForm(page, editor,
				withCallback(editorFields(0, "不足", "1", "submit"), "https://evil.example/camunda/app/tasklist/"));

		assertThat(submitted.statusCode()).isEqualTo(302);
		assertThat(submitted.headers().firstValue("Location").orElseThrow())
			.startsWith("http://localhost:" + port + page);
	}

	@Test
	void showsTheLiaisonWhyTheSectionCameBackAndRefusesOtherDepartments() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("退回意见"), "sfj");
		steps.saveSection(campaign, "sfj", Steps.section("sfj", "初稿", 0));
		steps.submit(campaign, "sfj");
		steps.headDecides(campaign, "sfj", "RETURN", "请补充复议案件数据来源");

		HttpResponse<String> page = BrowserSession.login(port, "liaison-sfj").get("/campaigns/" + campaign + "/sections/sfj");
		assertThat(page.body()).contains("退回修改中", "部门负责人退回", "请补充复议案件数据来源", "保存草稿");

		HttpResponse<String> foreign = BrowserSession.login(port, "liaison-scjgj")
			.get("/campaigns/" + campaign + "/sections/sfj");
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(foreign.body()).contains("无权进行此操作").doesNotContain("初稿");
	}

	@Test
	void letsTheEditorsReviseTheCompiledReportAndHandItToTheLeader() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("统稿页"), "sfj", "scjgj");
		steps.approveSection(campaign, "sfj");
		steps.approveSection(campaign, "scjgj");
		steps.awaitStage(campaign, "EDITING");
		JsonNode compiled = api.as("editor").get("/api/campaigns/" + campaign + "/report").json();
		BrowserSession editor = BrowserSession.login(port, "editor");
		String page = "/campaigns/" + campaign + "/report";
		HttpResponse<String> form = editor.get(page);
		assertThat(form.body()).contains("统稿完成，送签发", "健全政府机构职能体系，推动更好发挥政府作用");

		Map<String, String> fields = reportFields(compiled);
		fields.put("title", "示范区人民政府关于2026年度法治政府建设情况的报告");
		fields.put("parts[0].items[0].items[1].heading", "");
		fields.put("parts[0].items[0].items[1].text", "");
		fields.put("action", "complete");
		HttpResponse<String> completed = editor.postForm(page, form.body(), fields);

		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(302);
		JsonNode report = api.as("editor").get("/api/campaigns/" + campaign + "/report").json();
		assertThat(report.get("stage").asText()).isEqualTo("SIGNING");
		assertThat(report.get("version").asInt()).isEqualTo(2);
		assertThat(report.get("title").asText()).isEqualTo("示范区人民政府关于2026年度法治政府建设情况的报告");
		assertThat(report.get("parts").get(0).get("items").get(0).get("items")).hasSize(1);
		assertThat(editor.get(page).body()).contains("一、2026年推进法治政府建设的主要举措和成效").doesNotContain("统稿完成，送签发");
	}

	private static Map<String, String> editorFields(int version, String shortcomings, String figure, String action) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", String.valueOf(version));
		fields.put("achievements[0].area", "functions");
		fields.put("achievements[0].title", "深化放管服改革");
		fields.put("achievements[0].text", "全年精简审批事项。");
		fields.put("achievements[0].items", "functions-permits");
		fields.put("achievements[1].area", "");
		fields.put("achievements[1].title", "");
		fields.put("achievements[1].text", "");
		fields.put("shortcomings", shortcomings);
		fields.put("leadership", "主要负责人带头学法。");
		fields.put("nextYearPlans", "继续推进。");
		fields.put("other", "");
		fields.put("omissions", "其他应报事项本年度无新进展。");
		fields.put("metrics[reconsideration-received]", figure);
		fields.put("action", action);
		return fields;
	}

	private static Map<String, String> withCallback(Map<String, String> fields, String callbackUrl) {
		fields.put("callbackUrl", callbackUrl);
		return fields;
	}

	/** The report's JSON as the page's form fields, in the names the page uses. */
	private static Map<String, String> reportFields(JsonNode report) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", report.get("version").asText());
		fields.put("title", report.get("title").asText());
		fields.put("opening", report.get("opening").asText());
		for (int p = 0; p < report.get("parts").size(); p++) {
			JsonNode part = report.get("parts").get(p);
			String prefix = "parts[" + p + "]";
			fields.put(prefix + ".part", part.get("part").asText());
			fields.put(prefix + ".heading", part.get("heading").asText());
			fields.put(prefix + ".text", part.get("text").asText());
			items(fields, prefix, part.get("items"));
		}
		return fields;
	}

	private static void items(Map<String, String> fields, String parent, JsonNode items) {
		Iterator<JsonNode> each = items.elements();
		for (int i = 0; each.hasNext(); i++) {
			JsonNode item = each.next();
			String prefix = parent + ".items[" + i + "]";
			fields.put(prefix + ".heading", item.get("heading").asText());
			fields.put(prefix + ".text", item.get("text").asText());
			fields.put(prefix + ".area", item.get("area").isNull() ? "" : item.get("area").asText());
			fields.put(prefix + ".department", item.get("department").isNull() ? "" : item.get("department").asText());
			items(fields, prefix, item.get("items"));
		}
	}

}
