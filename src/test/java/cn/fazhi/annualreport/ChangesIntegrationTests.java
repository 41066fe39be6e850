package cn.fazhi.annualreport;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * Changes side by side, as the department head reads them: a section comes back to the liaison, who rewrites a
 * paragraph, moves an item to the top and adds one; the head opens the comparison from the confirm form in Tasklist.
 */
@H2IntegrationTest
class ChangesIntegrationTests extends ProductInTheBrowser {

	@Test
	void theHeadOpensTheChangesFromTheConfirmFormAndReadsThemSideBySide() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("对比"), "sfj");
		Map<String, Object> first = content(List.of(SIMPLIFY, ENFORCE_BEFORE, EDUCATE), 0);
		steps.saveSection(campaign, "sfj", first);
		steps.submit(campaign, "sfj");
		steps.headDecides(campaign, "sfj", "RETURN", "执法部分请写清具体做法");
		steps.saveSection(campaign, "sfj", content(List.of(EDUCATE, SIMPLIFY, ENFORCE_AFTER, DIGITAL), 1));
		steps.submit(campaign, "sfj");
		String task = taskOf("head-sfj", campaign + ":sfj", "confirmSection");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

		signIn("head-sfj", ApiClient.PASSWORD, wait);
		browser.get(base() + "/camunda/app/tasklist/default/#/?task=" + task);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
		WebElement link = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("查看修改（与上一版对比）")));
		String tasklist = browser.getWindowHandle();
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
		Chromium.screenshot(browser, "tasklist-confirm-form-changes-link");
		link.click();

		// beside the task, in a tab of its own
		wait.until(driver -> driver.getWindowHandles().size() == 2);
		browser.switchTo()
			.window(browser.getWindowHandles().stream().filter(h -> !h.equals(tasklist)).findFirst().orElseThrow());
		wait.until(ExpectedConditions.urlContains("/campaigns/" + campaign + "/sections/sfj/changes?from=1&to=2"));
		browser.manage().window().setSize(new Dimension(1366, 900));
		WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.side-by-side")));

		assertThat(table.findElements(By.cssSelector("thead th"))).extracting(WebElement::getText)
			.containsExactly("上一版（第 1 版）", "本版（第 2 版）");
		assertThat(browser.findElement(By.id("summary")).getText()).startsWith("新增 1 项、修改 1 段、移动 1 项");
		assertThat(table.findElements(By.cssSelector("tr.place th"))).extracting(WebElement::getText)
			.containsExactly("主要举措和成效 › 第 1 项 “加强法治宣传教育”", "主要举措和成效 › 第 2 项 “深化放管服改革”",
					"主要举措和成效 › 第 3 项 “规范行政执法行为”", "主要举措和成效 › 第 4 项 “推进数字法治政府建设”", "存在的不足和原因",
					"主要负责人履行推进法治建设第一责任人职责情况", "下一年度主要安排", "数据")
			.noneMatch(place -> place.contains("段"));
		WebElement moved = table.findElement(By.cssSelector("tr.moved"));
		assertThat(moved.findElement(By.cssSelector(".badge.moved")).getText()).isEqualTo("已移动");
		assertThat(moved.findElement(By.cssSelector("td.after .note")).getText()).isEqualTo("由第 3 项移至第 1 项");
		// the rewritten sentence: one removal on the left, one insertion on the right, the rest kept
		WebElement changed = table.findElement(By.cssSelector("tr.changed"));
		assertThat(changed.findElements(By.cssSelector("td.before del"))).extracting(WebElement::getText)
			.containsExactly("组织执法人员培训3次，覆盖全部执法单位。");
		assertThat(changed.findElements(By.cssSelector("td.after ins"))).extracting(WebElement::getText)
			.containsExactly("依托执法监督平台对执法案卷开展网上评查，发现问题及时整改。");
		assertThat(changed.findElement(By.cssSelector("td.after")).getText())
			.startsWith("全面落实行政执法三项制度。").endsWith("全年未发生行政诉讼败诉案件。");
		assertThat(table.findElements(By.cssSelector("tr.added td.after ins"))).extracting(WebElement::getText)
			.contains("推进数字法治政府建设", "建成行政执法监督平台，执法数据全部实现全程留痕。");
		assertThat(table.findElements(By.cssSelector("tr.added td.before"))).extracting(WebElement::getText)
			.containsOnly("");
		Chromium.screenshot(browser, "changes-side-by-side");

		// 只看修改之处 hides what stayed the same
		browser.findElement(By.cssSelector("label[for=only-changes]")).click();
		assertThat(table.findElements(By.cssSelector("tr.place th"))).filteredOn(WebElement::isDisplayed)
			.extracting(WebElement::getText)
			.containsExactly("主要举措和成效 › 第 1 项 “加强法治宣传教育”", "主要举措和成效 › 第 3 项 “规范行政执法行为”",
					"主要举措和成效 › 第 4 项 “推进数字法治政府建设”");
		Chromium.screenshot(browser, "changes-side-by-side-only-changes");

		// the page leads back to the task, and other revisions can be chosen
		assertThat(browser.findElement(By.linkText("← 返回任务")).getAttribute("href"))
			.endsWith("/camunda/app/tasklist/default/#/?task=" + task);
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("from"))).selectByValue("0");
		browser.findElement(By.xpath("//button[normalize-space()='对比']")).click();
		wait.until(ExpectedConditions.urlContains("from=0"));
		assertThat(browser.findElement(By.id("summary")).getText()).startsWith("新增 4 项");
		assertThat(browser.getCurrentUrl()).contains("taskId=" + task);

		// the section's history links each revision to its comparison
		browser.get(base() + "/campaigns/" + campaign + "/sections/sfj");
		WebElement trail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trail")));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", trail);
		assertThat(trail.findElements(By.cssSelector("tbody tr"))).extracting(row -> row.getAttribute("data-kind"))
			.containsExactly("SAVED", "SUBMITTED", "RETURNED_BY_HEAD", "SAVED", "SUBMITTED");
		Chromium.screenshot(browser, "section-trail");
		trail.findElements(By.linkText("第 2 版")).get(0).click();
		wait.until(ExpectedConditions.urlContains("/changes?to=2"));
		assertThat(browser.findElement(By.id("summary")).getText()).startsWith("新增 1 项、修改 1 段、移动 1 项");
	}

	private static final Map<String, String> SIMPLIFY = item("functions", "深化放管服改革",
			"全年精简行政审批事项20项，推行证明事项告知承诺制。\n政务服务事项全部实现网上可办。");

	private static final Map<String, String> ENFORCE_BEFORE = item("enforcement", "规范行政执法行为",
			"全面落实行政执法三项制度。组织执法人员培训3次，覆盖全部执法单位。全年未发生行政诉讼败诉案件。");

	private static final Map<String, String> ENFORCE_AFTER = item("enforcement", "规范行政执法行为",
			"全面落实行政执法三项制度。依托执法监督平台对执法案卷开展网上评查，发现问题及时整改。全年未发生行政诉讼败诉案件。");

	private static final Map<String, String> EDUCATE = item("leadership", "加强法治宣传教育",
			"开展“宪法进万家”宣传活动12场，覆盖群众1.2万人次。");

	private static final Map<String, String> DIGITAL = item("technology", "推进数字法治政府建设",
			"建成行政执法监督平台，执法数据全部实现全程留痕。");

	private static Map<String, String> item(String area, String title, String text) {
		return Map.of("area", area, "title", title, "text", text);
	}

	private static Map<String, Object> content(List<Map<String, String>> items, long version) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("achievements", items);
		content.put("shortcomings", "法治宣传的针对性不强，原因是宣传形式单一。");
		content.put("leadership", "主要负责人主持召开专题会议4次，研究部署法治建设工作。");
		content.put("nextYearPlans", "继续深化综合执法改革，提升执法规范化水平。");
		content.put("other", "");
		content.put("omissions", "其他应报事项本年度无新进展。");
		content.put("metrics", Map.of("reconsideration-received", 12));
		content.put("version", version);
		return content;
	}

	private String taskOf(String user, String businessKey, String step) {
		JsonNode tasks = api.as(user)
			.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + step)
			.json();
		assertThat(tasks).hasSize(1);
		return tasks.get(0).get("id").asText();
	}

}
