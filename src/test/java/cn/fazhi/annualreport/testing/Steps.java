package cn.fazhi.annualreport.testing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The steps people take through the API, each checked for its expected answer, for scenarios to build on. */
public final class Steps {

	public static final int YEAR = 2026;

	private final ApiClient api;

	/** The code of the government whose people act, {@code null} for the default government's. */
	private final String government;

	public Steps(ApiClient api) {
		this(api, null);
	}

	private Steps(ApiClient api, String government) {
		this.api = api;
		this.government = government;
	}

	/** The same steps, taken by the demo's people of another government: {@code editor-dq}, {@code reviewer-dq}… */
	public Steps of(String government) {
		return new Steps(api, government);
	}

	/** The demo user of a central role of this government, e.g. {@code reviewer} or {@code reviewer-dq}. */
	public String user(String role) {
		return government == null ? role : role + "-" + government;
	}

	/** A user the administrator makes as in Camunda Admin, in the group, with the password. */
	public String newUser(String password, String group) {
		String id = "u" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("profile", Map.of("id", id, "firstName", "测试", "lastName", "用户", "email", id + "@example.com"));
		user.put("credentials", Map.of("password", password));
		assertThat(api.as("admin").post("/engine-rest/user/create", user).status()).isEqualTo(204);
		assertThat(api.as("admin").put("/engine-rest/group/" + group + "/members/" + id, null).status()).isEqualTo(204);
		return id;
	}

	/** A government name no other test uses, so tests share one database without meeting. */
	public static String uniqueOrganization(String label) {
		return label + "区人民政府-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public long openCampaign(String organization, String... departments) {
		return openCampaign(organization, YEAR, departments);
	}

	public long openCampaign(String organization, int year, String... departments) {
		ApiClient.Response opened = api.as(user("editor"))
			.post("/api/campaigns",
					Map.of("organization", organization, "year", year, "departments", List.of(departments)));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		return opened.json().get("id").asLong();
	}

	/** A complete section: two achievement items under different topics, every statutory part, one figure. */
	public static Map<String, Object> section(String department, String wording, long version) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("achievements", List.of(
				Map.of("area", "functions", "title", department + "深化放管服改革",
						"text", department + "全年精简审批事项，" + wording + "。"),
				Map.of("area", "enforcement", "title", department + "规范执法行为",
						"text", department + "落实行政执法三项制度，" + wording + "。")));
		content.put("shortcomings", department + "法治宣传针对性不强，原因是" + wording + "。");
		content.put("leadership", department + "主要负责人主持专题学法" + wording + "。");
		content.put("nextYearPlans", department + "明年继续推进依法行政，" + wording + "。");
		content.put("other", "");
		// 应报尽报: the items the catalogue requires and no achievement is tagged with, explained
		content.put("omissions", department + "本年度其他应报事项无新进展。");
		content.put("metrics", Map.of("reconsideration-received", 12));
		content.put("version", version);
		return content;
	}

	/**
	 * Saves the content as the department's liaison. Content without {@code omissions} gets the sentence of
	 * {@link #section}, so that tests about other things can submit it: the catalogue requires items of every
	 * department (应报尽报), which their achievements are not tagged with.
	 */
	public JsonNode saveSection(long campaign, String department, Map<String, Object> content) {
		if (!content.containsKey("omissions")) {
			content = new LinkedHashMap<>(content);
			content.put("omissions", section(department, "", 0).get("omissions"));
		}
		ApiClient.Response saved = api.as("liaison-" + department).put(sectionPath(campaign, department), content);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		return saved.json();
	}

	public void submit(long campaign, String department) {
		ApiClient.Response submitted = api.as("liaison-" + department)
			.post(sectionPath(campaign, department) + "/submit", null);
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		assertThat(submitted.json().get("stage").asText()).isEqualTo("AWAITING_CONFIRMATION");
	}

	public void headDecides(long campaign, String department, String decision, String comment) {
		ApiClient.Response confirmed = api.as("head-" + department)
			.post(sectionPath(campaign, department) + "/confirm", decision(decision, "comment", comment));
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
	}

	public void reviewerDecides(long campaign, String department, String decision, String comment) {
		ApiClient.Response reviewed = api.as(user("reviewer"))
			.post(sectionPath(campaign, department) + "/review", decision(decision, "comment", comment));
		assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
	}

	/** Drafts, submits, confirms and approves one department's section. */
	public void approveSection(long campaign, String department) {
		approveSection(campaign, department, section(department, "成效明显", 0));
	}

	/** Drafts the given content, submits, confirms and approves it. */
	public void approveSection(long campaign, String department, Map<String, Object> content) {
		saveSection(campaign, department, content);
		submit(campaign, department);
		headDecides(campaign, department, "CONFIRM", null);
		reviewerDecides(campaign, department, "APPROVE", null);
	}

	/** A one-department campaign whose compiled report the editors handed to the leader. */
	public long reportAwaitingSignature(String label) {
		long campaign = openCampaign(uniqueOrganization(label), "sfj");
		approveSection(campaign, "sfj");
		awaitStage(campaign, "EDITING");
		ApiClient.Response handed = api.as(user("editor")).post("/api/campaigns/" + campaign + "/report/edit-complete", null);
		assertThat(handed.status()).as(handed.body()).isEqualTo(200);
		return campaign;
	}

	/** A campaign whose report the leader signed and the officer cleared, on the public pages. */
	public long publishedReport(String label) {
		long campaign = reportAwaitingSignature(label);
		String report = "/api/campaigns/" + campaign + "/report";
		assertThat(api.as(user("leader")).post(report + "/sign", Map.of("decision", "SIGN")).status()).isEqualTo(200);
		assertThat(api.as(user("officer")).post(report + "/confidentiality", Map.of("decision", "CLEAR")).status())
			.isEqualTo(200);
		awaitStage(campaign, "PUBLISHED");
		return campaign;
	}

	public JsonNode status(long campaign) {
		return api.as(user("editor")).get("/api/campaigns/" + campaign).json();
	}

	/** Where one department's section stands, as the campaign status reports it. */
	public String stageOf(long campaign, String department) {
		for (JsonNode d : status(campaign).get("departments")) {
			if (d.get("code").asText().equals(department)) {
				return d.get("stage").asText();
			}
		}
		throw new AssertionError("no department " + department + " in campaign " + campaign);
	}

	/** The report moves on in background jobs (compile, publish); wait until it gets there. */
	public void awaitStage(long campaign, String stage) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(status(campaign).get("stage").asText()).isEqualTo(stage));
	}

	public static String sectionPath(long campaign, String department) {
		return "/api/campaigns/" + campaign + "/sections/" + department;
	}

	public static Map<String, Object> decision(String decision, String commentField, String comment) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("decision", decision);
		body.put(commentField, comment);
		return body;
	}

}
