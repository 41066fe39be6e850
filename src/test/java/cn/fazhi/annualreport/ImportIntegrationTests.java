package cn.fazhi.annualreport;

import static cn.fazhi.annualreport.testing.Steps.sectionPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.fazhi.annualreport.testing.ApiClient.Response;
import cn.fazhi.annualreport.testing.BrowserSession;
import cn.fazhi.annualreport.testing.H2IntegrationTest;
import cn.fazhi.annualreport.testing.RunningProduct;
import cn.fazhi.annualreport.testing.Steps;
import cn.fazhi.annualreport.testing.WordFile;

/**
 * {@code POST /api/import} and the section editor's 从文件导入: real published reports and Word files are read into
 * their outline; files that are not reports are refused with the reason and nothing is stored.
 */
@H2IntegrationTest
class ImportIntegrationTests extends RunningProduct {

	static final Path REPORTS = Path.of("..", "shared", "reports");

	/** A department's own Word file: numbered topics, bold-led items, a shortcomings part and next year's plans. */
	static final byte[] DEPARTMENT_REPORT = WordFile.of("示范区司法局2026年法治政府建设情况报告",
			"2026年，我局在区委、区政府领导下推进法治政府建设，现将有关情况报告如下。", "一、主要举措和成效",
			"（一）推进严格规范公正文明执法", "**全面落实行政执法三项制度。**全年公示执法信息1200条，重大执法决定法制审核率100%。",
			"**开展行政执法案卷评查。**评查案卷300卷，发现问题全部整改。", "（二）依法化解行政争议",
			"**办理行政复议案件。**全年收到复议申请86件，依法审结79件。", "**加强人民调解。**调解矛盾纠纷2100件。",
			"二、存在的不足和原因", "执法人员专业能力参差不齐，基层法治力量薄弱。", "三、2027年工作安排",
			"（一）深化执法规范化建设。继续推行说理式执法。", "（二）提升复议办案质量。推进繁简分流。");

	@Test
	void readsAPublishedReportIntoItsOutline() throws IOException {
		Path file = REPORTS.resolve("qingpu-district-2020.txt");
		assumeTrue(Files.isRegularFile(file), "../shared/reports is absent: no published report to import");

		Response answer = api.as("editor").upload("/api/import", "qingpu-district-2020.txt", Files.readAllBytes(file));

		assertThat(answer.status()).isEqualTo(200);
		JsonNode outline = answer.json();
		assertThat(outline.get("organization").asText()).isEqualTo("上海市青浦区人民政府");
		assertThat(outline.get("year").asInt()).isEqualTo(2020);
		assertThat(outline.get("publishedOn").asText()).isEqualTo("2021-02-04");
		assertThat(outline.get("parts")).extracting(part -> part.get("part").asText())
			.containsExactly("ACHIEVEMENTS", "SHORTCOMINGS", "LEADERSHIP", "NEXT_YEAR");
		JsonNode firstTopic = outline.get("parts").get(0).get("items").get(0);
		assertThat(firstTopic.get("heading").asText()).isNotBlank();
		assertThat(firstTopic.get("items")).hasSize(6);
		assertThat(firstTopic.get("items").get(0).get("text").asText()).isNotBlank();
	}

	@Test
	void readsAWordFileWithBoldLedItemsAndATextFileInGb18030() {
		JsonNode outline = api.as("liaison-sfj").upload("/api/import", "司法局报告.docx", DEPARTMENT_REPORT).json();

		assertThat(outline.get("title").asText()).isEqualTo("示范区司法局2026年法治政府建设情况报告");
		assertThat(outline.get("year").asInt()).isEqualTo(2026);
		assertThat(outline.get("parts")).extracting(part -> part.get("part").asText())
			.containsExactly("ACHIEVEMENTS", "SHORTCOMINGS", "NEXT_YEAR");
		JsonNode enforcement = outline.get("parts").get(0).get("items").get(0);
		assertThat(enforcement.get("heading").asText()).isEqualTo("推进严格规范公正文明执法");
		assertThat(enforcement.get("items")).extracting(item -> item.get("heading").asText())
			.containsExactly("全面落实行政执法三项制度", "开展行政执法案卷评查");
		assertThat(enforcement.get("items").get(1).get("text").asText()).isEqualTo("评查案卷300卷，发现问题全部整改。");

		String text = "某县2025年法治政府建设情况报告\n发布时间：2026-03-20 10:00\n一、主要举措和成效\n1.加强执法监督。全年检查案卷50卷。\n"
				+ "二、存在的问题\n基层力量不足。\n三、下一步工作安排\n继续加强执法监督。\n打印|关闭";
		JsonNode gbk = api.as("editor")
			.upload("/api/import", "report.txt", text.getBytes(Charset.forName("GB18030")))
			.json();
		assertThat(gbk.get("publishedOn").asText()).isEqualTo("2026-03-20");
		assertThat(gbk.get("parts").get(0).get("items").get(0).get("heading").asText()).isEqualTo("加强执法监督");
		assertThat(gbk.get("parts").get(2).get("text").asText()).isEqualTo("继续加强执法监督。");
	}

	@Test
	void refusesFilesThatAreNotReportsWithTheReason() {
		byte[] noise = new byte[4096];
		new Random(7).nextBytes(noise);
		Map<String, byte[]> refused = Map.of("empty.txt", new byte[0], "picture.docx", noise, "archive.docx",
				WordFile.otherZip(), "bomb.docx", WordFile.zipBomb(), "old.doc", DEPARTMENT_REPORT, "binary.txt", noise,
				"report.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "huge.txt",
				"一、主要举措和成效\n".repeat(400_000).getBytes(StandardCharsets.UTF_8), "shopping-list.txt",
				"牛奶\n面包\n鸡蛋".getBytes(StandardCharsets.UTF_8));

		refused.forEach((name, content) -> {
			Response answer = api.as("editor").upload("/api/import", name, content);
			assertThat(answer.status()).as(name).isEqualTo(400);
			assertThat(answer.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(name).isTrue();
			assertThat(answer.json().get("errors").get(0).get("field").asText()).as(name).isEqualTo("file");
			assertThat(answer.json().get("errors").get(0).get("message").asText()).as(name)
				.containsPattern("\\p{IsHan}");
		});
		assertThat(api.anonymous().upload("/api/import", "report.docx", DEPARTMENT_REPORT).status()).isEqualTo(401);
	}

	@Test
	void fillsTheSectionEditorFromAWordFileWithoutSavingUntilTheLiaisonSaves() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("导入"), "sfj", "scjgj");
		String page = "/campaigns/" + campaign + "/sections/sfj";
		BrowserSession liaison = BrowserSession.login(port, "liaison-sfj");
		String editor = liaison.get(page).body();

		HttpResponse<String> imported = liaison.postFile(page + "/import", editor, Map.of(), "司法局报告.docx",
				DEPARTMENT_REPORT);

		assertThat(imported.statusCode()).isEqualTo(200);
		assertThat(imported.body()).contains("已从“司法局报告.docx”导入 4 项举措", "全面落实行政执法三项制度", "办理行政复议案件",
				"基层法治力量薄弱", "（一）深化执法规范化建设。继续推行说理式执法。");
		// nothing is saved by importing
		assertThat(api.as("liaison-sfj").get(sectionPath(campaign, "sfj")).json().get("version").asInt()).isZero();

		Map<String, String> fields = editorFields(imported.body());
		assertThat(fields).containsKeys("achievements[0].area", "achievements[3].title", "shortcomings");
		Map<String, String> malformed = new java.util.LinkedHashMap<>(formValues(imported.body(), fields));
		malformed.put("achievements[x].title", "不是序号");
		assertThat(liaison.postForm(page, imported.body(), malformed).statusCode()).isEqualTo(400);
		HttpResponse<String> saved = liaison.postForm(page, imported.body(), formValues(imported.body(), fields));
		assertThat(saved.statusCode()).isEqualTo(302);

		JsonNode section = api.as("liaison-sfj").get(sectionPath(campaign, "sfj")).json();
		assertThat(section.get("version").asInt()).isEqualTo(1);
		assertThat(section.get("achievements")).extracting(item -> item.get("area").asText())
			.containsExactly("enforcement", "enforcement", "disputes", "disputes");
		assertThat(section.get("nextYearPlans").asText()).contains("（二）提升复议办案质量。推进繁简分流。");

		// the head reads the section but does not write it; another department's liaison does neither
		BrowserSession head = BrowserSession.login(port, "head-sfj");
		String headPage = head.get(page).body();
		assertThat(headPage).doesNotContain("从文件导入");
		assertThat(head.postFile(page + "/import", headPage, Map.of(), "a.docx", DEPARTMENT_REPORT).statusCode())
			.isEqualTo(403);
		BrowserSession otherLiaison = BrowserSession.login(port, "liaison-scjgj");
		String otherPage = otherLiaison.get("/campaigns/" + campaign + "/sections/scjgj").body();
		assertThat(otherLiaison.postFile(page + "/import", otherPage, Map.of(), "a.docx", DEPARTMENT_REPORT)
			.statusCode()).isEqualTo(403);
	}

	@Test
	void savesTheLongestRealReportImportedIntoTheSectionEditorAsOneDepartmentsSection() throws IOException {
		Path file = REPORTS.resolve("tongzhou-district-2023.txt");
		assumeTrue(Files.isRegularFile(file), "../shared/reports is absent: no published report to import");
		long campaign = steps.openCampaign(Steps.uniqueOrganization("最长报告"), "sfj");
		String page = "/campaigns/" + campaign + "/sections/sfj";
		BrowserSession liaison = BrowserSession.login(port, "liaison-sfj");

		// a whole government's report, the longest of the real ones, is more than a department writes: it fits
		HttpResponse<String> imported = liaison.postFile(page + "/import", liaison.get(page).body(), Map.of(),
				file.getFileName().toString(), Files.readAllBytes(file));
		assertThat(imported.statusCode()).isEqualTo(200);
		Map<String, String> fields = editorFields(imported.body());
		HttpResponse<String> saved = liaison.postForm(page, imported.body(), formValues(imported.body(), fields));

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		JsonNode section = api.as("liaison-sfj").get(sectionPath(campaign, "sfj")).json();
		assertThat(section.get("version").asInt()).isEqualTo(1);
		int characters = section.get("shortcomings").asText().length() + section.get("leadership").asText().length()
				+ section.get("nextYearPlans").asText().length();
		for (JsonNode item : section.get("achievements")) {
			characters += item.get("title").asText().length() + item.get("text").asText().length();
		}
		assertThat(characters).isGreaterThan(8_000);
	}

	/** The values a browser would send back: what the page shows in each named field. */
	private static Map<String, String> formValues(String page, Map<String, String> names) {
		Map<String, String> values = new java.util.LinkedHashMap<>();
		for (String name : names.keySet()) {
			String quoted = java.util.regex.Pattern.quote(name);
			java.util.regex.Matcher input = java.util.regex.Pattern
				.compile("<input[^>]*name=\"" + quoted + "\"[^>]*value=\"([^\"]*)\"|<input[^>]*value=\"([^\"]*)\"[^>]*name=\""
						+ quoted + "\"")
				.matcher(page);
			java.util.regex.Matcher textarea = java.util.regex.Pattern
				.compile("<textarea[^>]*name=\"" + quoted + "\"[^>]*>([^<]*)</textarea>")
				.matcher(page);
			java.util.regex.Matcher select = java.util.regex.Pattern
				.compile("<select[^>]*name=\"" + quoted + "\"[^>]*>(.*?)</select>", java.util.regex.Pattern.DOTALL)
				.matcher(page);
			if (input.find()) {
				values.put(name, unescape(input.group(1) != null ? input.group(1) : input.group(2)));
			}
			else if (textarea.find()) {
				values.put(name, unescape(textarea.group(1)));
			}
			else if (select.find()) {
				java.util.regex.Matcher chosen = java.util.regex.Pattern.compile("<option value=\"([^\"]*)\" selected")
					.matcher(select.group(1));
				values.put(name, chosen.find() ? chosen.group(1) : "");
			}
		}
		values.put("action", "save");
		return values;
	}

	private static String unescape(String html) {
		return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
			.replace("&amp;", "&");
	}

	/** The names of the section editor's fields on the page, empty. */
	private static Map<String, String> editorFields(String page) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		java.util.regex.Matcher field = java.util.regex.Pattern
			.compile("<(?:input|textarea|select)[^>]*name=\"((?:achievements|shortcomings|leadership|nextYearPlans|other|version)[^\"]*)\"")
			.matcher(page);
		while (field.find()) {
			if (!field.group(1).contains("__index__")) {
				// the page's template for new items is not part of the form
				fields.put(field.group(1), "");
			}
		}
		return fields;
	}

}
