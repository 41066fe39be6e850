package cn.fazhi.annualreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import cn.fazhi.annualreport.testing.ApiClient;
import cn.fazhi.annualreport.testing.BrowserSession;
import cn.fazhi.annualreport.testing.RunningProduct;
import cn.fazhi.annualreport.testing.Steps;

import static cn.fazhi.annualreport.testing.Steps.decision;
import static cn.fazhi.annualreport.testing.Steps.section;
import static cn.fazhi.annualreport.testing.Steps.sectionPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The history (留痕) of a section and of the report, as their pages and GET …/history show it: every step, oldest
 * first, with who took it by name, the revision it concerns and the comment given with it. Runs on H2 and
 * PostgreSQL (the steps recorded by migration V19).
 */
abstract class HistoryScenario extends RunningProduct {

	@Test
	void aSectionsHistoryListsEverySaveSubmissionWithdrawalDecisionUrgeAndExtensionInOrder() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("留痕"), "sfj");
		String section = sectionPath(campaign, "sfj");
		steps.saveSection(campaign, "sfj", section("sfj", "成效明显", 0));
		ApiClient.Response asked = api.as("liaison-sfj")
			.post(section + "/extension", Map.of("until", "2027-02-10", "reason", "数据尚在汇总"));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		ApiClient.Response refused = api.as("editor")
			.post(section + "/extension/decision", Map.of("decision", "REFUSE", "comment", "请按期报送"));
		assertThat(refused.status()).as(refused.body()).isEqualTo(200);
		steps.submit(campaign, "sfj");
		assertThat(api.as("liaison-sfj").post(section + "/withdraw", null).status()).isEqualTo(200);
		steps.saveSection(campaign, "sfj", section("sfj", "成效显著", 1));
		steps.submit(campaign, "sfj");
		steps.headDecides(campaign, "sfj", "RETURN", "请补充执法数据");
		assertThat(api.as("editor").post(section + "/urge", null).status()).isEqualTo(202);
		steps.saveSection(campaign, "sfj", section("sfj", "成效显著，全年办结案件126件", 2));

		// the legal bureau does not see the draft the liaison is still writing
		assertThat(api.as("reviewer").get(section + "/history").json().findValuesAsText("kind"))
			.containsExactly("SAVED", "EXTENSION_REQUESTED", "EXTENSION_REFUSED", "SUBMITTED", "WITHDRAWN", "SAVED",
					"SUBMITTED", "RETURNED_BY_HEAD", "URGED");

		steps.submit(campaign, "sfj");
		steps.headDecides(campaign, "sfj", "CONFIRM", null);
		steps.reviewerDecides(campaign, "sfj", "APPROVE", "同意");

		JsonNode history = api.as("reviewer").get(section + "/history").json();
		List<org.assertj.core.groups.Tuple> read = new ArrayList<>();
		history.forEach(e -> read.add(tuple(e.get("action").asText(), e.get("actor").asText(),
				e.get("revision").isNull() ? null : e.get("revision").asInt(),
				e.get("comment").isNull() ? null : e.get("comment").asText())));
		assertThat(read).containsExactly(tuple("保存草稿", "司法局联络员", 1, null),
				tuple("申请延期（由 2027-02-01 延至 2027-02-10）", "司法局联络员", null, "数据尚在汇总"),
				tuple("不同意延期", "依法治区办统稿人", null, "请按期报送"),
				tuple("提交部门负责人确认", "司法局联络员", 1, null), tuple("撤回提交", "司法局联络员", 1, null),
				tuple("保存草稿", "司法局联络员", 2, null), tuple("提交部门负责人确认", "司法局联络员", 2, null),
				tuple("部门负责人退回", "司法局主要负责人", 2, "请补充执法数据"),
				tuple("催办“修改部门报告”", "依法治区办统稿人", null, null), tuple("保存草稿", "司法局联络员", 3, null),
				tuple("提交部门负责人确认", "司法局联络员", 3, null), tuple("部门负责人确认", "司法局主要负责人", 3, null),
				tuple("司法局审核通过", "司法局审核员", 3, "同意"));
		// oldest first, every time in Beijing time on the page
		List<String> times = history.findValuesAsText("at");
		assertThat(times).isSortedAccordingTo(String::compareTo);

		assertThat(api.as("liaison-scjgj").get(section + "/history").status()).isEqualTo(403);
		assertThat(api.anonymous().get(section + "/history").status()).isEqualTo(401);

		String page = BrowserSession.login(port, "head-sfj").get("/campaigns/" + campaign + "/sections/sfj").body();
		assertThat(page).contains("<h2 id=\"trail-heading\">办理过程</h2>", "<td data-label=\"办理人\">司法局主要负责人</td>",
				"<td class=\"comment\" data-label=\"意见\">请补充执法数据</td>",
				"href=\"/campaigns/" + campaign + "/sections/sfj/changes?to=2\"", "撤回提交", "催办“修改部门报告”")
			.doesNotContain(">liaison-sfj<", ">head-sfj<")
			.containsPattern("<td class=\"at\" data-label=\"时间\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}</td>");
	}

	@Test
	void theReportsHistoryListsCompilationSavesHandOversSigningReviewAndPublicationInOrder() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("报告留痕"), "sfj");
		steps.approveSection(campaign, "sfj");
		steps.awaitStage(campaign, "EDITING");
		String report = "/api/campaigns/" + campaign + "/report";
		revise(report, "经统稿修改的导语。");
		assertThat(api.as("editor").post(report + "/edit-complete", null).status()).isEqualTo(200);
		assertThat(api.as("leader").post(report + "/sign", decision("RETURN", "opinion", "请补充全年数据")).status())
			.isEqualTo(200);
		revise(report, "经统稿修改的导语，补充了全年数据。");
		assertThat(api.as("editor").post(report + "/edit-complete", null).status()).isEqualTo(200);
		assertThat(api.as("leader").post(report + "/sign", decision("SIGN", "opinion", "同意")).status())
			.isEqualTo(200);
		assertThat(api.as("officer")
			.post(report + "/confidentiality", decision("CLEAR", "notes", "未发现涉密内容"))
			.status()).isEqualTo(200);
		steps.awaitStage(campaign, "PUBLISHED");

		JsonNode history = api.as("leader").get(report + "/history").json();
		List<org.assertj.core.groups.Tuple> read = new ArrayList<>();
		history.forEach(e -> read.add(tuple(e.get("kind").asText(), e.get("actor").asText(),
				e.get("revision").asInt(), e.get("comment").isNull() ? null : e.get("comment").asText())));
		assertThat(read).containsExactly(tuple("COMPILED", "系统", 1, null), tuple("SAVED", "依法治区办统稿人", 2, null),
				tuple("HANDED_TO_LEADER", "依法治区办统稿人", 2, null),
				tuple("RETURNED_BY_LEADER", "区政府主要负责人", 2, "请补充全年数据"),
				tuple("SAVED", "依法治区办统稿人", 3, null), tuple("HANDED_TO_LEADER", "依法治区办统稿人", 3, null),
				tuple("SIGNED", "区政府主要负责人", 3, "同意"), tuple("CLEARED", "政务公开办保密审查员", 3, "未发现涉密内容"),
				tuple("PUBLISHED", "系统", 3, null));
		assertThat(history.get(history.size() - 1).get("action").asText()).matches("主动公开（索引号 .+）");
		assertThat(api.as("liaison-sfj").get(report + "/history").status()).isEqualTo(403);

		String page = BrowserSession.login(port, "editor").get("/campaigns/" + campaign + "/report").body();
		assertThat(page).contains("<h2 id=\"trail-heading\">办理过程</h2>", "<td data-label=\"办理事项\">退回统稿</td>",
				"<td class=\"comment\" data-label=\"意见\">请补充全年数据</td>", "送政府主要负责人签发",
				"href=\"/campaigns/" + campaign + "/report/changes?to=3\"")
			.doesNotContain(">editor<", ">leader<");

		// the leader's form had linked the version signed against the one returned
		JsonNode changes = api.as("leader").get(report + "/changes?from=2&to=3").json();
		assertThat(changes.get("summary").get("text").asText()).isEqualTo("修改 1 段");
	}

	private void revise(String report, String opening) {
		ObjectNode document = (ObjectNode) api.as("editor").get(report).json();
		document.put("opening", opening);
		ApiClient.Response saved = api.as("editor").put(report, document);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
	}

}
