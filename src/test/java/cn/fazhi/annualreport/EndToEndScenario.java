package cn.fazhi.annualreport;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import cn.fazhi.annualreport.testing.ApiClient;
import cn.fazhi.annualreport.testing.RunningProduct;
import cn.fazhi.annualreport.testing.Steps;

import static cn.fazhi.annualreport.testing.Steps.decision;
import static cn.fazhi.annualreport.testing.Steps.section;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three departments from {@code POST /api/campaigns} to the public page, over HTTP with the demo users, one
 * section sent back by its head and one by the legal bureau. Runs on H2 and on PostgreSQL.
 */
abstract class EndToEndScenario extends RunningProduct {

	@Test
	void takesThreeDepartmentsFromOpeningTheCampaignToThePublicPage() {
		String organization = Steps.uniqueOrganization("端到端");
		long campaign = steps.openCampaign(organization, "sfj", "scjgj", "sthjj");
		assertThat(steps.status(campaign).findValuesAsText("stage")).contains("SECTIONS", "DRAFTING");

		for (String department : List.of("sfj", "scjgj", "sthjj")) {
			steps.saveSection(campaign, department, section(department, "初稿措辞", 0));
			steps.submit(campaign, department);
		}

		// The head of 生态环境局 sends the draft back; the liaison revises and submits again.
		steps.headDecides(campaign, "sthjj", "RETURN", "请补充主要负责人履职的具体事例");
		assertThat(steps.stageOf(campaign, "sthjj")).isEqualTo("REVISING");
		steps.saveSection(campaign, "sthjj", section("sthjj", "修改后措辞", 1));
		steps.submit(campaign, "sthjj");
		for (String department : List.of("sfj", "scjgj", "sthjj")) {
			steps.headDecides(campaign, department, "CONFIRM", null);
		}

		// The legal bureau returns 市场监督管理局's section once.
		steps.reviewerDecides(campaign, "scjgj", "RETURN", "数据口径有误，请核实");
		assertThat(steps.stageOf(campaign, "scjgj")).isEqualTo("REVISING");
		steps.saveSection(campaign, "scjgj", section("scjgj", "核实后措辞", 1));
		steps.submit(campaign, "scjgj");
		steps.headDecides(campaign, "scjgj", "CONFIRM", null);
		for (String department : List.of("sfj", "scjgj", "sthjj")) {
			steps.reviewerDecides(campaign, department, "APPROVE", "同意");
		}
		assertThat(steps.status(campaign).get("departments").findValuesAsText("stage")).containsOnly("APPROVED");

		steps.awaitStage(campaign, "EDITING");
		JsonNode report = api.as("editor").get("/api/campaigns/" + campaign + "/report").json();
		assertThat(report.get("title").asText()).isEqualTo(organization + "2026年法治政府建设年度报告");
		JsonNode achievements = report.get("parts").get(0);
		assertThat(achievements.get("part").asText()).isEqualTo("ACHIEVEMENTS");
		// one （一） per topic in catalogue order, each with one item per department in the campaign's order
		assertThat(achievements.get("items").findValuesAsText("area")).startsWith("functions");
		assertThat(achievements.get("items").get(0).get("heading").asText()).isEqualTo("健全政府机构职能体系，推动更好发挥政府作用");
		assertThat(achievements.get("items").get(0).get("items").findValuesAsText("department"))
			.containsExactly("sfj", "scjgj", "sthjj");
		assertThat(achievements.get("items").get(1).get("area").asText()).isEqualTo("enforcement");
		assertThat(report.toString()).contains("修改后措辞", "核实后措辞").doesNotContain("sthjj全年精简审批事项，初稿措辞");

		ObjectNode edited = report.deepCopy();
		edited.put("opening", "统稿人修改后的导语。");
		ApiClient.Response saved = api.as("editor").put("/api/campaigns/" + campaign + "/report", edited);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().get("version").asInt()).isEqualTo(2);
		assertThat(api.as("editor").post("/api/campaigns/" + campaign + "/report/edit-complete", null).json()
			.get("stage").asText()).isEqualTo("SIGNING");

		ApiClient.Response signed = api.as("leader")
			.post("/api/campaigns/" + campaign + "/report/sign", decision("SIGN", "opinion", "同意公开"));
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		assertThat(signed.json().get("signedVersion").asInt()).isEqualTo(2);
		ApiClient.Response cleared = api.as("officer")
			.post("/api/campaigns/" + campaign + "/report/confidentiality", decision("CLEAR", "notes", null));
		assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
		steps.awaitStage(campaign, "PUBLISHED");

		JsonNode published = publishedEntry(organization);
		assertThat(published.get("title").asText()).isEqualTo(organization + "2026年法治政府建设年度报告");
		assertThat(published.get("indexNumber").asText()).matches("SFQRMZF/\\d{4}-\\d{5}");
		assertThat(published.get("publishedAt").asText()).isNotBlank();

		ApiClient.Response page = api.anonymous().getHtml("/public/reports/" + published.get("id").asLong());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(page.body()).contains(organization, "统稿人修改后的导语。", "一、2026年推进法治政府建设的主要举措和成效",
				"（一）健全政府机构职能体系，推动更好发挥政府作用", "1.sfj深化放管服改革。", "修改后措辞", "核实后措辞", "工作报告", "主动公开",
				published.get("indexNumber").asText());
		// What was approved is published; the drafts that were sent back and the internal comments are not.
		assertThat(page.body()).contains("sfj全年精简审批事项，初稿措辞")
			.doesNotContain("sthjj全年精简审批事项，初稿措辞", "scjgj全年精简审批事项，初稿措辞", "数据口径有误",
					"请补充主要负责人履职的具体事例", "同意公开");
	}

	@Test
	void keepsEverythingButPublishedReportsBehindLogin() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("匿名"), "sfj");

		assertThat(api.anonymous().get("/api/campaigns").status()).isEqualTo(401);
		assertThat(api.anonymous().get("/api/campaigns/" + campaign).status()).isEqualTo(401);
		assertThat(api.anonymous().get(Steps.sectionPath(campaign, "sfj")).status()).isEqualTo(401);
		assertThat(api.anonymous().get("/engine-rest/task").status()).isEqualTo(401);
		for (String path : java.util.List.of("/report", "/report.pdf", "/report/findings", "/report/submissions",
				"/sections/sfj/department-report")) {
			assertThat(api.anonymous().get("/api/campaigns/" + campaign + path, org.springframework.http.MediaType.ALL)
				.status()).as(path).isEqualTo(401);
		}
		assertThat(api.anonymous().post("/api/campaigns/" + campaign + "/report/corrections", java.util.Map.of("reason", "x"))
			.status()).isEqualTo(401);
		assertThat(api.anonymous().getHtml("/campaigns/" + campaign + "/sections/sfj/department-report").status())
			.isEqualTo(302);
		assertThat(api.anonymous().getHtml("/campaigns/" + campaign).status()).isEqualTo(302);
		assertThat(api.anonymous().getHtml("/camunda/app/tasklist/default/").status()).isEqualTo(302);
		assertThat(api.anonymous().get("/public/reports").status()).isEqualTo(200);
		assertThat(api.anonymous().get("/public/reports").json().findValuesAsText("organization"))
			.noneMatch(name -> name.startsWith("匿名"));
	}

	private JsonNode publishedEntry(String organization) {
		ApiClient.Response list = api.anonymous().get("/public/reports");
		assertThat(list.status()).isEqualTo(200);
		List<JsonNode> mine = new ArrayList<>();
		list.json().forEach(entry -> {
			if (entry.get("organization").asText().equals(organization)) {
				mine.add(entry);
			}
		});
		assertThat(mine).hasSize(1);
		return mine.get(0);
	}

}
