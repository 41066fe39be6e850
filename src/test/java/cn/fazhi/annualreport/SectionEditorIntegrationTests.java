package cn.fazhi.annualreport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.fazhi.annualreport.testing.ApiClient;
import cn.fazhi.annualreport.testing.Chromium;
import cn.fazhi.annualreport.testing.H2IntegrationTest;
import cn.fazhi.annualreport.testing.ProductInTheBrowser;
import cn.fazhi.annualreport.testing.Steps;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The section editor as a liaison uses it over days: what is typed is kept without pressing anything, Word's
 * numbering and tables survive a paste while its styling does not, and a file is imported only when the liaison
 * says so (issue 14, items 1 and 2).
 */
@H2IntegrationTest
class SectionEditorIntegrationTests extends ProductInTheBrowser {

	@Test
	void typedTextIsAutosavedAndComesBackAfterTheBrowserIsClosedWithoutARevision() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("自动保存"), "sfj");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("liaison-sfj", ApiClient.PASSWORD, wait);
		browser.get(base() + "/campaigns/" + campaign + "/sections/sfj");

		WebElement shortcomings = editorOf("shortcomings");
		shortcomings.click();
		shortcomings.sendKeys("基层执法人员培训覆盖面不足。");
		WebElement status = browser.findElement(By.id("autosave-status"));
		wait.until(ExpectedConditions.textToBePresentInElement(status, "已自动保存"));
		assertThat(status.getText()).matches("已自动保存 \\d\\d:\\d\\d");
		assertThat(browser.findElement(By.cssSelector("[data-count-for=shortcomings]")).getText())
			.startsWith("14 字").contains("一般 70–470 字");
		Chromium.screenshot(browser, "section-editor-autosaved");

		// the browser is gone (a crash, a closed tab); a new one opens the page
		browser.quit();
		browser = Chromium.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("liaison-sfj", ApiClient.PASSWORD, wait);
		browser.get(base() + "/campaigns/" + campaign + "/sections/sfj");

		assertThat(editorOf("shortcomings").getText()).isEqualTo("基层执法人员培训覆盖面不足。");
		assertThat(browser.findElement(By.id("restored")).getText()).contains("自动保存的内容", "尚未保存为新版本",
				"保存为第 1 版");
		Chromium.screenshot(browser, "section-editor-restored");
		JsonNode section = api.as("liaison-sfj").get(Steps.sectionPath(campaign, "sfj")).json();
		assertThat(section.get("version").asInt()).as("an autosave makes no revision").isZero();

		browser.findElement(By.xpath("//button[normalize-space()='保存草稿']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"), "草稿已保存为新版本"));
		section = api.as("liaison-sfj").get(Steps.sectionPath(campaign, "sfj")).json();
		assertThat(section.get("version").asInt()).isEqualTo(1);
		assertThat(section.get("shortcomings").asText()).isEqualTo("基层执法人员培训覆盖面不足。");
		assertThat(browser.findElements(By.id("restored"))).as("the revision holds it now").isEmpty();
		assertThat(api.as("liaison-sfj").get(Steps.sectionPath(campaign, "sfj") + "/working-copy").status())
			.isEqualTo(204);
	}

	@Test
	void textTypedWhileTheServerCannotBeReachedComesBackFromTheBrowserAndIsThenKept() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("断网"), "sfj");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("liaison-sfj", ApiClient.PASSWORD, wait);
		String page = base() + "/campaigns/" + campaign + "/sections/sfj";
		browser.get(page);
		// the connection is gone: every request of the page fails
		((JavascriptExecutor) browser).executeScript("window.fetch = () => Promise.reject(new TypeError('offline'))");
		WebElement other = editorOf("other");
		other.click();
		other.sendKeys("断网时输入的内容。");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("autosave-status"), "网络连接中断"));
		assertThat(api.as("liaison-sfj").get(Steps.sectionPath(campaign, "sfj") + "/working-copy").status())
			.as("nothing reached the server").isEqualTo(204);

		// the tab crashes; the page opens again with the connection back
		((JavascriptExecutor) browser).executeScript("window.onbeforeunload = null; location.reload()");
		WebElement recovered = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recovered")));
		assertThat(recovered.getText()).contains("已恢复本机浏览器中", "尚未保存到服务器的内容");
		assertThat(editorOf("other").getText()).isEqualTo("断网时输入的内容。");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("autosave-status"), "已自动保存"));
		assertThat(api.as("liaison-sfj").get(Steps.sectionPath(campaign, "sfj") + "/working-copy").json()
			.get("content").get("other").asText()).isEqualTo("断网时输入的内容。");
	}

	@Test
	void leavingWithTextNotYetKeptAsksFirst() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("离开提醒"), "sfj");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("liaison-sfj", ApiClient.PASSWORD, wait);
		browser.get(base() + "/campaigns/" + campaign + "/sections/sfj");
		WebElement leadership = editorOf("leadership");
		leadership.click();
		leadership.sendKeys("主要负责人专题研究法治政府建设工作。");

		// before the autosave the page asks the browser to confirm leaving (WebDriver itself always leaves, so the
		// test asks the page as the browser does before it shows its 离开此网站？ dialog)
		assertThat(leavingIsQuestioned()).isTrue();

		// once kept, leaving asks nothing
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("autosave-status"), "已自动保存"));
		assertThat(leavingIsQuestioned()).isFalse();
	}

	private boolean leavingIsQuestioned() {
		return (Boolean) ((JavascriptExecutor) browser).executeScript("""
				const leaving = new Event('beforeunload', {cancelable: true});
				window.dispatchEvent(leaving);
				return leaving.defaultPrevented;""");
	}

	@Test
	void wordsNumberingLeadInsAndTablesSurviveAPasteItsStylingAndControlCharactersDoNot() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("粘贴"), "sfj");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("liaison-sfj", ApiClient.PASSWORD, wait);
		browser.get(base() + "/campaigns/" + campaign + "/sections/sfj");
		WebElement plans = editorOf("nextYearPlans");
		plans.click();

		// what Word puts on the clipboard: numbering as hidden runs of list paragraphs, fonts and colours inline
		String word = """
				<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>
				@list l0:level1 { mso-level-number-format: decimal; }
				</style></head><body>
				<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>1.<span
				style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><span style='font-family:仿宋;color:red;
				font-size:16pt'>深化行政执法体制改革\u000B。</span></p>
				<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>2.<span>&nbsp;
				</span></span><span style='font-family:黑体'>推进\u200B严格规范公正文明执法。</span></p>
				<p class=MsoNormal><b><span style='font-family:楷体'>一是强化组织领导。</span></b><span
				style='background:yellow'>全年召开专题会议<i>4</i>次。</span></p>
				<table class=MsoTableGrid border=1><tr><td><p>指标</p></td><td><p>2026年</p></td></tr>
				<tr><td><p>行政复议案件</p></td><td><p>15</p></td></tr></table>
				</body></html>""";
		((JavascriptExecutor) browser).executeScript("""
				const data = new DataTransfer();
				data.setData('text/html', arguments[1]);
				data.setData('text/plain', 'plain');
				arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
				""", plans, word);
		Chromium.screenshot(browser, "section-editor-pasted");

		assertThat(plans.findElements(By.cssSelector("table td"))).hasSize(4);
		assertThat(plans.findElements(By.cssSelector("strong"))).extracting(WebElement::getText)
			.containsExactly("一是强化组织领导。");
		assertThat(plans.findElements(By.cssSelector("[style]"))).as("no styling kept").isEmpty();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("autosave-status"), "已自动保存"));
		JsonNode kept = api.as("liaison-sfj").get(Steps.sectionPath(campaign, "sfj") + "/working-copy").json();
		assertThat(kept.get("content").get("nextYearPlans").asText()).isEqualTo("""
				1.深化行政执法体制改革。
				2.推进严格规范公正文明执法。
				**一是强化组织领导。**全年召开专题会议4次。
				| 指标 | 2026年 |
				| 行政复议案件 | 15 |""");
	}

	@Test
	void aFailedImportKeepsWhatWasTypedAndAGoodOneFillsTheEditorOnlyWhenConfirmed() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("导入确认"), "sfj");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("liaison-sfj", ApiClient.PASSWORD, wait);
		browser.get(base() + "/campaigns/" + campaign + "/sections/sfj");
		WebElement shortcomings = editorOf("shortcomings");
		shortcomings.click();
		shortcomings.sendKeys("已经输入、尚未保存的不足。");

		Path broken = Files.createTempFile("broken", ".docx");
		Path report = Files.createTempFile("report", ".txt");
		try {
			Files.write(broken, "这不是 Word 文件".getBytes(StandardCharsets.UTF_8));
			importFile(broken);
			WebElement result = wait
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".import-result.error")));
			assertThat(result.getText()).startsWith("导入失败：").endsWith("编辑框中的内容没有改变。");
			Chromium.screenshot(browser, "section-editor-import-failed");
			assertThat(editorOf("shortcomings").getText()).isEqualTo("已经输入、尚未保存的不足。");

			Files.writeString(report, """
					某区司法局2026年法治政府建设情况
					一、主要举措和成效
					（一）深化改革
					取消审批事项。
					二、存在的不足和原因
					执法力量不足。
					""");
			importFile(report);
			WebElement offer = wait.until(ExpectedConditions
				.elementToBeClickable(By.xpath("//button[normalize-space()='替换为导入的内容']")));
			assertThat(browser.findElement(By.cssSelector(".import-result")).getText()).contains("1 项举措");
			Chromium.screenshot(browser, "section-editor-import-offered");
			assertThat(editorOf("shortcomings").getText()).as("nothing replaced before the liaison says so")
				.isEqualTo("已经输入、尚未保存的不足。");
			offer.click();

			assertThat(editorOf("shortcomings").getText()).isEqualTo("执法力量不足。");
			assertThat(browser.findElement(By.name("achievements[0].title")).getAttribute("value")).isEqualTo("深化改革");
			browser.findElement(By.xpath("//button[normalize-space()='撤销导入']")).click();
			assertThat(editorOf("shortcomings").getText()).isEqualTo("已经输入、尚未保存的不足。");
		}
		finally {
			Files.deleteIfExists(broken);
			Files.deleteIfExists(report);
		}
	}

	/**
	 * Each real report of {@code ../shared/reports/}, imported through the editor, edited in it and saved, keeps
	 * the outline the importer read (items, their titles and texts, the parts); one goes on to the compiled report,
	 * whose Word file prints every item, in the liaison's order within each topic.
	 */
	@Test
	void theRealReportsKeepTheirOutlineThroughTheEditorAndIntoTheExport() throws Exception {
		Path reports = Path.of("..", "shared", "reports");
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(reports), "../shared/reports is absent");
		List<Path> files;
		try (java.util.stream.Stream<Path> listing = Files.list(reports)) {
			files = listing.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
		}
		assertThat(files).hasSize(5);
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("liaison-sfj", ApiClient.PASSWORD, wait);
		long exported = 0;
		for (Path file : files) {
			long campaign = steps.openCampaign(Steps.uniqueOrganization("真实报告"), "sfj");
			JsonNode read = api.as("liaison-sfj")
				.upload(Steps.sectionPath(campaign, "sfj") + "/import", file.getFileName().toString(),
						Files.readAllBytes(file))
				.json();
			browser.get(base() + "/campaigns/" + campaign + "/sections/sfj");
			importFile(file);
			wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='替换为导入的内容']")))
				.click();
			WebElement other = editorOf("other");
			other.click();
			other.sendKeys("本报告经编辑器修改。");
			// 应报尽报: a published report's items are not tagged, so the liaison says why (not printed)
			WebElement omissions = browser.findElement(By.id("omissions"));
			omissions.clear();
			omissions.sendKeys("已公开报告导入，应报事项未逐项标注。");
			browser.findElement(By.xpath("//button[normalize-space()='保存草稿']")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"), "草稿已保存为新版本"));

			JsonNode saved = api.as("liaison-sfj").get(Steps.sectionPath(campaign, "sfj")).json();
			assertThat(saved.get("achievements")).as(file.getFileName().toString()).isEqualTo(read.get("achievements"));
			for (String part : List.of("shortcomings", "leadership", "nextYearPlans")) {
				assertThat(saved.get(part)).as(file.getFileName() + " " + part).isEqualTo(read.get(part));
			}
			assertThat(saved.get("omissions").asText()).isEqualTo("已公开报告导入，应报事项未逐项标注。");
			assertThat(saved.get("other").asText()).as(file.getFileName().toString())
				.isEqualTo((read.get("other").asText() + "\n本报告经编辑器修改。").strip());
			if (file.getFileName().toString().startsWith("qingpu")) {
				exported = campaign;
			}
		}

		// the report that has all four statutory parts goes on: approved, compiled, exported
		steps.submit(exported, "sfj");
		steps.headDecides(exported, "sfj", "CONFIRM", null);
		steps.reviewerDecides(exported, "sfj", "APPROVE", null);
		steps.awaitStage(exported, "EDITING");
		JsonNode section = api.as("editor").get(Steps.sectionPath(exported, "sfj")).json();
		byte[] docx = api.as("editor")
			.get("/api/campaigns/" + exported + "/report.docx", org.springframework.http.MediaType.ALL)
			.bodyBytes();
		String printed;
		try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new java.io.ByteArrayInputStream(docx));
				org.apache.poi.xwpf.extractor.XWPFWordExtractor text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(
						word)) {
			printed = text.getText();
		}
		// the compiler groups items by topic; within a topic they keep the order the liaison gave them
		java.util.Map<String, Integer> lastInTopic = new java.util.HashMap<>();
		for (JsonNode item : section.get("achievements")) {
			String title = item.get("title").asText();
			int found = printed.indexOf(title, lastInTopic.getOrDefault(item.get("area").asText(), 0));
			assertThat(found).as("item “%s” in the Word file, after the one before it in its topic", title)
				.isGreaterThanOrEqualTo(0);
			lastInTopic.put(item.get("area").asText(), found);
		}
		assertThat(printed).contains("本报告经编辑器修改。");
	}

	@Test
	void theHeadReadsLeadInsAndTablesAsPrintedAndAnnotatesTheirWords() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("引领句"), "sfj");
		java.util.Map<String, Object> draft = Steps.section("sfj", "成效明显", 0);
		draft.put("nextYearPlans", "**一是强化组织领导。**召开专题会议。\n| 指标 | 2026年 |\n| 行政复议案件 | 15 |");
		steps.saveSection(campaign, "sfj", draft);
		steps.submit(campaign, "sfj");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("head-sfj", ApiClient.PASSWORD, wait);
		browser.get(base() + "/campaigns/" + campaign + "/sections/sfj");

		WebElement plans = wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#section-text section[data-part='nextYearPlans']")));
		assertThat(plans.findElement(By.cssSelector("p[data-paragraph='0'] b")).getText()).isEqualTo("一是强化组织领导。");
		assertThat(plans.findElement(By.cssSelector("p[data-paragraph='0']")).getText())
			.isEqualTo("一是强化组织领导。召开专题会议。");
		assertThat(plans.findElements(By.cssSelector("table.figures th"))).extracting(WebElement::getText)
			.containsExactly("指标", "2026年");
		assertThat(plans.getText()).doesNotContain("**", "|");
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", plans);
		Chromium.screenshot(browser, "section-read-lead-in-and-table");

		// the words as the page shows them, across the lead-in, are what an annotation quotes
		ApiClient.Response annotated = api.as("head-sfj")
			.post(Steps.sectionPath(campaign, "sfj") + "/annotations", java.util.Map.of("revision", 1, "part",
					"nextYearPlans", "quote", "组织领导。召开", "comment", "请写明会议次数"));
		assertThat(annotated.status()).as(annotated.body()).isEqualTo(201);
	}

	private void importFile(Path file) {
		WebElement details = browser.findElement(By.xpath("//summary[normalize-space()='从文件导入']"));
		if (details.findElement(By.xpath("..")).getAttribute("open") == null) {
			details.click();
		}
		WebElement input = browser.findElement(By.cssSelector("form.import-form input[type=file]"));
		input.clear();
		input.sendKeys(file.toAbsolutePath().normalize().toString());
		browser.findElement(By.xpath("//form[contains(@class,'import-form')]//button[normalize-space()='导入']")).click();
	}

	/** The writing surface that stands for a part's field. */
	private WebElement editorOf(String field) {
		return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("textarea[name='" + field + "'] + .editor .ql-editor")));
	}

}
