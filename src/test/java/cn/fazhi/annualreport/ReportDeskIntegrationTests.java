package cn.fazhi.annualreport;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.fazhi.annualreport.testing.Chromium;
import cn.fazhi.annualreport.testing.H2IntegrationTest;
import cn.fazhi.annualreport.testing.ProductInTheBrowser;
import cn.fazhi.annualreport.testing.Steps;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 统稿 desk in the browser: the outline beside the text, the duplicates the compiler found merged in one click,
 * an item moved, the preview as it will print, and the exported Word file that shows the result. A refused save keeps
 * everything the editor did in the page.
 */
@H2IntegrationTest
class ReportDeskIntegrationTests extends ProductInTheBrowser {

	static final String JOINT = "开展“双随机、一公开”联合抽查";

	static final String JOINT_AGAIN = "开展双随机一公开联合抽查";

	static final String LENIENT = "推行包容审慎监管";

	@Test
	void theEditorMergesTheDuplicatesMovesAnItemAndTheWordFileShowsIt() throws Exception {
		long campaign = compiledCampaign("统稿台");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		browser.manage().window().setSize(new Dimension(1366, 900));
		signIn("editor", "demo", wait);
		browser.get(base() + "/campaigns/" + campaign + "/report");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#desk-outline li.o-item")));

		// the outline names each department's items; parts 二 to 四 are one list across the departments
		String outline = browser.findElement(By.id("desk-outline")).getText();
		assertThat(outline).contains(JOINT, "司法局", "市场监督管理局", "（一）学法制度落实不够", "（四）信息化水平不高");
		Chromium.screenshot(browser, "report-desk");

		browser.findElement(By.cssSelector("button.merge-duplicate")).click();
		assertThat(browser.findElement(By.cssSelector("button.merge-duplicate")).getText()).isEqualTo("已合并（保存后生效）");
		assertThat(headingsOfTopic("健全行政执法工作体系")).containsExactly(JOINT, LENIENT);
		WebElement merged = item(JOINT);
		assertThat(merged.findElement(By.cssSelector(".dept-tag")).getText()).isEqualTo("司法局、市场监督管理局");
		assertThat(merged.findElement(By.cssSelector("textarea")).getAttribute("value"))
			.isEqualTo("会同市场监管部门开展联合抽查120次。\n全年联合抽查企业300家。");

		Chromium.screenshot(browser, "report-desk-merged");
		item(LENIENT).findElement(By.cssSelector("[data-action=up]")).click();
		assertThat(headingsOfTopic("健全行政执法工作体系")).containsExactly(LENIENT, JOINT);
		assertThat(browser.findElement(By.id("desk-state")).getText()).contains("有未保存的修改");

		// the preview prints the unsaved tree and saves nothing
		browser.findElement(By.cssSelector(".desk-tabs [data-view=preview]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("desk-preview-body"), "一、"));
		String preview = browser.findElement(By.id("desk-preview-body")).getText();
		assertThat(preview).contains("1." + LENIENT + "。", "2." + JOINT + "。").doesNotContain(JOINT_AGAIN);
		assertThat(preview.indexOf("（三）执法人员力量不足")).isGreaterThan(preview.indexOf("（二）执法监督力度不足"));
		Chromium.screenshot(browser, "report-desk-preview");
		assertThat(api.as("editor").get("/api/campaigns/" + campaign + "/report").json().get("version").asInt())
			.isEqualTo(1);

		browser.findElement(By.cssSelector(".desk-tabs [data-view=edit]")).click();
		browser.findElement(By.cssSelector(".desk-bar button[value=save]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"), "已保存为新版本"));
		Chromium.screenshot(browser, "report-desk-saved");

		JsonNode saved = api.as("editor").get("/api/campaigns/" + campaign + "/report").json();
		assertThat(saved.get("version").asInt()).isEqualTo(2);
		assertThat(saved.get("duplicates")).isEmpty();
		JsonNode enforcement = saved.get("parts").get(0).get("items").get(1).get("items");
		assertThat(enforcement.get(1).get("department").asText()).isEqualTo("sfj,scjgj");
		byte[] docx = api.as("editor")
			.get("/api/campaigns/" + campaign + "/report.docx", org.springframework.http.MediaType.ALL)
			.bodyBytes();
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> paragraphs = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			String all = String.join("\n", paragraphs);
			assertThat(all).doesNotContain(JOINT_AGAIN);
			assertThat(paragraphs).filteredOn(p -> p.contains(JOINT)).hasSize(1);
			int lenient = indexOf(paragraphs, "1." + LENIENT + "。");
			int joint = indexOf(paragraphs, "2." + JOINT + "。会同市场监管部门开展联合抽查120次。");
			assertThat(lenient).isNotNegative().isLessThan(joint);
			assertThat(paragraphs.get(joint + 1)).isEqualTo("全年联合抽查企业300家。");
			assertThat(paragraphs).containsSubsequence("（一）学法制度落实不够", "（二）执法监督力度不足", "（三）执法人员力量不足",
					"（四）信息化水平不高");
		}
	}

	@Test
	void aRefusedSaveKeepsEverythingTheEditorDidAndSaysWhyBesideTheField() throws Exception {
		long campaign = compiledCampaign("统稿台退回");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		browser.manage().window().setSize(new Dimension(1366, 900));
		signIn("editor", "demo", wait);
		browser.get(base() + "/campaigns/" + campaign + "/report");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#desk-outline li.o-item")));

		item(LENIENT).findElement(By.cssSelector("[data-action=up]")).click();
		item(LENIENT).findElement(By.cssSelector("[data-action=add-after]")).click();
		WebElement added = browser.switchTo().activeElement();
		added.sendKeys("统稿人新增的一项");
		// dragged in the outline onto another item of its level: it moves before that item
		((JavascriptExecutor) browser).executeScript(
				"var find = function (text) { return Array.from(document.querySelectorAll('#desk-outline li.o-item > a'))"
						+ ".find(function (a) { return a.textContent.indexOf(text) >= 0; }); };"
						+ "var from = find(arguments[0]), onto = find(arguments[1]), data = new DataTransfer();"
						+ "from.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));"
						+ "onto.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));"
						+ "onto.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));",
				JOINT_AGAIN, JOINT);
		assertThat(headingsOfTopic("健全行政执法工作体系")).containsExactly(JOINT_AGAIN, JOINT, LENIENT,
				"统稿人新增的一项");
		// longer than a paragraph may be: the browser's form would not stop this in a pasted text
		((JavascriptExecutor) browser).executeScript(
				"document.getElementById('opening').value = '长'.repeat(20001);"
						+ "document.getElementById('opening').dispatchEvent(new Event('input', {bubbles: true}));");
		browser.findElement(By.cssSelector(".desk-bar button[value=save]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.error")));

		assertThat(browser.findElement(By.cssSelector("#opening + .field-error, #opening ~ .field-error")).getText())
			.contains("不能超过 20000 个字");
		assertThat(headingsOfTopic("健全行政执法工作体系")).containsExactly(JOINT_AGAIN, JOINT, LENIENT,
				"统稿人新增的一项");
		assertThat(browser.findElement(By.id("desk-state")).getText()).contains("未保存");
		Chromium.screenshot(browser, "report-desk-refused");
		assertThat(api.as("editor").get("/api/campaigns/" + campaign + "/report").json().get("version").asInt())
			.isEqualTo(1);
		browser.manage().window().setSize(new Dimension(800, 900));
		Chromium.screenshot(browser, "report-desk-narrow");
	}

	/**
	 * Two departments approved: each wrote one joint inspection (the pair the compiler flags) and their shortcomings
	 * as their own （一）（二） list.
	 */
	private long compiledCampaign(String label) {
		long campaign = steps.openCampaign(Steps.uniqueOrganization(label), "sfj", "scjgj");
		steps.approveSection(campaign, "sfj", section(List.of(
				achievement("functions", "深化“放管服”改革", "全年精简审批事项12项。"),
				achievement("enforcement", JOINT, "会同市场监管部门开展联合抽查120次。")),
				"我局还存在以下不足：\n（一）学法制度落实不够。部分干部学法流于形式。\n（二）执法监督力度不足。案卷评查覆盖面小。"));
		steps.approveSection(campaign, "scjgj", section(List.of(
				achievement("enforcement", JOINT_AGAIN, "全年联合抽查企业300家。"),
				achievement("enforcement", LENIENT, "对轻微违法行为依法不予处罚36件。")),
				"（一）执法人员力量不足。基层所人少事多。\n（二）信息化水平不高。系统之间数据不通。"));
		steps.awaitStage(campaign, "EDITING");
		return campaign;
	}

	private static Map<String, Object> section(List<Map<String, Object>> achievements, String shortcomings) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("achievements", achievements);
		content.put("shortcomings", shortcomings);
		content.put("leadership", "主要负责人主持专题学法4次。");
		content.put("nextYearPlans", "（一）深化综合执法改革。\n（二）加强执法监督。");
		content.put("other", "");
		content.put("metrics", Map.of("reconsideration-received", 12));
		content.put("version", 0);
		return content;
	}

	private static Map<String, Object> achievement(String area, String title, String text) {
		return Map.of("area", area, "title", title, "text", text);
	}

	private WebElement item(String heading) {
		return (WebElement) ((JavascriptExecutor) browser).executeScript(
				"var heading = arguments[0];"
						+ "return Array.from(document.querySelectorAll('.desk-item')).find(function (item) {"
						+ " return item.querySelector('[data-field=heading]').value === heading; });",
				heading);
	}

	/** The headings of the items under the topic whose heading starts with {@code topic}. */
	@SuppressWarnings("unchecked")
	private List<String> headingsOfTopic(String topic) {
		return (List<String>) ((JavascriptExecutor) browser).executeScript(
				"var topic = arguments[0];"
						+ "var t = Array.from(document.querySelectorAll('.desk-item')).find(function (item) {"
						+ " return item.querySelector('[data-field=heading]').value.indexOf(topic) === 0; });"
						+ "return Array.from(t.querySelector(':scope > ol.desk-items').children).map(function (item) {"
						+ " return item.querySelector('[data-field=heading]').value; });",
				topic);
	}

	/** The first paragraph that starts with the text, or -1. */
	private static int indexOf(List<String> paragraphs, String start) {
		for (int i = 0; i < paragraphs.size(); i++) {
			if (paragraphs.get(i).startsWith(start)) {
				return i;
			}
		}
		return -1;
	}

}
