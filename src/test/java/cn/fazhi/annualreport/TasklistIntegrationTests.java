package cn.fazhi.annualreport;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.fazhi.annualreport.testing.ApiClient;
import cn.fazhi.annualreport.testing.BrowserSession;
import cn.fazhi.annualreport.testing.Chromium;
import cn.fazhi.annualreport.testing.H2IntegrationTest;
import cn.fazhi.annualreport.testing.ProductInTheBrowser;
import cn.fazhi.annualreport.testing.Steps;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist reads like the product, in a real browser: a form that is not yet the user's says that 认领 comes first,
 * a refused completion shows the rule's reason in Chinese, Camunda Forms and their date picker speak Chinese and
 * write dates yyyy-MM-dd, a form's links open beside the task and lead back to it, and the 统稿 form shows the
 * report's current version. The webapps' engine API, which Tasklist calls, answers a refusal as /engine-rest does.
 */
@H2IntegrationTest
class TasklistIntegrationTests extends ProductInTheBrowser {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

	/** What form-js and flatpickr say in English when nobody translated them. */
	static final List<String> ENGLISH = List.of("Select", "Search", "Field is required", "Field must", "January",
			"December", "Sun", "Mon", "mm/dd/yyyy", "yyyy", "Year", "Month");

	/** A label key of Tasklist's locale shown as it is (CREATION_DATE) because no translation was found for it. */
	static final Pattern RAW_LABEL = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

	static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

	@Test
	void anUnclaimedTasksFormSaysThatClaimingComesFirstAndARefusedReturnShowsTheReasonInChinese() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("认领"), "sfj");
		steps.saveSection(campaign, "sfj", Steps.section("sfj", "成效明显", 0));
		steps.submit(campaign, "sfj");
		String task = taskOf("head-sfj", campaign + ":sfj", "confirmSection");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

		openInTasklist("head-sfj", task, wait);
		WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".claim-first")));
		Chromium.screenshot(browser, "tasklist-unclaimed-form");
		assertThat(notice.getText()).contains("还没有人认领", "请先点击“认领”");
		assertThat(browser.findElements(By.cssSelector(".disabled-form .fjs-container"))).isNotEmpty();
		// reading needs no claim: the digest's link is above Tasklist's grey veil
		WebElement link = browser.findElement(By.linkText("在报告系统中查看全文"));
		assertThat(isOnTop(link)).isTrue();

		notice.findElement(By.xpath(".//button[normalize-space()='认领']")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".claim-first")));
		assertThat(api.as("head-sfj").get("/engine-rest/task/" + task).json().get("assignee").asText())
			.isEqualTo("head-sfj");

		// a return without the comment the rule asks for
		browser.findElement(By.xpath("//label[normalize-space()='退回修改']")).click();
		pressComplete();
		WebElement refusal = wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page-notifications .alert")));
		wait.until(ExpectedConditions.textToBePresentInElement(refusal, "退回时必须填写意见"));
		Chromium.screenshot(browser, "tasklist-refused-return");
		assertThat(refusal.getText()).contains("意见：退回时必须填写意见").doesNotContain("ENGINE-", "comment",
				"TaskListener", "Exception");
		assertThat(steps.stageOf(campaign, "sfj")).isEqualTo("AWAITING_CONFIRMATION");
		assertNoRawLabels();
	}

	@Test
	void theSectionEditorOpensFromAnUnclaimedTaskWithoutClaimingAndLeadsBackToTheTask() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("撰写"), "sfj");
		String task = taskOf("liaison-sfj", campaign + ":sfj", "draftSection");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("liaison-sfj", ApiClient.PASSWORD, wait);
		browser.get(base() + "/camunda/app/tasklist/default/#/?task=" + task);

		// the product completes the task for whoever submits the section, so its page needs no claim
		WebElement open = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.external-form")));
		assertThat(open.getText()).contains("打开表单");
		assertThat(browser.findElement(By.cssSelector(".task-details")).getText()).contains("无需先认领");
		assertThat(browser.findElements(By.cssSelector(".claim-first"))).isEmpty();
		assertThat(isOnTop(open)).isTrue();
		open.click();

		wait.until(ExpectedConditions.urlContains("/campaigns/" + campaign + "/sections/sfj?taskId=" + task));
		WebElement back = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("← 返回任务")));
		assertThat(back.getAttribute("href")).endsWith("/camunda/app/tasklist/default/#/?task=" + task);
		assertNoRawLabels();
	}

	@Test
	void aFormWithDatesIsInChineseWithAChineseDatePickerAndDatesWrittenYearMonthDay() throws Exception {
		long campaign = steps.publishedReport("报送日期");
		String task = awaitTaskOf("editor", String.valueOf(campaign), "reportUpward");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

		openInTasklist("editor", task, wait);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".claim-first button"))).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));

		// 完成 with nothing entered: the form's own checks stop it, in Chinese
		pressComplete();
		WebElement stopped = wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page-notifications .alert")));
		wait.until(ExpectedConditions.textToBePresentInElement(stopped, "请按红字提示修改"));
		assertThat(browser.findElements(By.cssSelector(".fjs-form-field-error"))).extracting(WebElement::getText)
			.contains("必填");
		assertThat(browser.findElements(By.cssSelector(".fjs-select-display"))).extracting(WebElement::getText)
			.containsOnly("请选择");

		WebElement date = browser.findElement(By.cssSelector(".fjs-datepicker input.fjs-input"));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", date);
		date.click();
		WebElement calendar = wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
		Chromium.screenshot(browser, "tasklist-date-picker");
		assertThat(calendar.findElements(By.cssSelector(".flatpickr-monthDropdown-month")))
			.extracting(month -> month.getAttribute("textContent"))
			.containsExactly("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月");
		// weeks from Monday, as Chinese calendars print them
		assertThat(calendar.findElements(By.cssSelector(".flatpickr-weekday")))
			.extracting(day -> day.getText().trim())
			.containsExactly("一", "二", "三", "四", "五", "六", "日");
		assertThat(calendar.findElement(By.cssSelector(".flatpickr-day:not(.prevMonthDay)")).getAttribute("aria-label"))
			.matches("\\d{4}年\\d{1,2}月\\d{1,2}日 星期.");
		calendar.findElement(By.cssSelector(".flatpickr-day.today")).click();
		wait.until(driver -> date.getAttribute("value").matches("\\d{4}-\\d{2}-\\d{2}"));

		// a date typed the same way is read the same way
		WebElement second = browser.findElements(By.cssSelector(".fjs-datepicker input.fjs-input")).get(1);
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", second);
		second.click();
		second.sendKeys(date.getAttribute("value"));
		browser.findElement(By.cssSelector(".fjs-form-field-text")).click();
		wait.until(driver -> second.getAttribute("value").equals(date.getAttribute("value")));
		Chromium.screenshot(browser, "tasklist-date-form");

		assertNoEnglishInTheForm();
		assertNoRawLabels();
	}

	@Test
	void theEditReportFormsLinksOpenBesideTheTaskLeadBackToItAndItShowsTheVersionJustSaved() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("统稿"), "sfj");
		steps.approveSection(campaign, "sfj");
		steps.awaitStage(campaign, "EDITING");
		String task = taskOf("editor", String.valueOf(campaign), "editReport");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

		WebElement form = openInTasklist("editor", task, wait);
		wait.until(ExpectedConditions.textToBePresentInElement(form, "第 1 版"));
		String tasklist = browser.getWindowHandle();
		WebElement link = browser.findElement(By.linkText("在报告系统中查看全文"));
		assertThat(link.getAttribute("target")).isEqualTo("_blank");
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
		link.click();

		// beside the task: a tab of its own, Tasklist stays where it was
		wait.until(driver -> driver.getWindowHandles().size() == 2);
		String page = browser.getWindowHandles().stream().filter(handle -> !handle.equals(tasklist)).findFirst()
			.orElseThrow();
		browser.switchTo().window(page);
		wait.until(ExpectedConditions.urlContains("/campaigns/" + campaign + "/report?taskId=" + task));
		WebElement opening = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("opening")));
		opening.clear();
		opening.sendKeys("经统稿修改的导语（第二稿）。");
		browser.findElement(By.xpath("//button[normalize-space()='保存']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已保存"));
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("第 2 版");

		// a second save, through the API this time
		JsonNode report = api.as("editor").get("/api/campaigns/" + campaign + "/report").json();
		((ObjectNode) report).put("opening", "经统稿修改的导语（第三稿）。");
		assertThat(api.as("editor").put("/api/campaigns/" + campaign + "/report", report).status()).isEqualTo(200);
		browser.navigate().refresh();
		WebElement back = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("← 返回任务")));
		Chromium.screenshot(browser, "product-report-beside-the-task");
		assertThat(back.getAttribute("href")).endsWith("/camunda/app/tasklist/default/#/?task=" + task);

		back.click();
		WebElement again = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
		wait.until(ExpectedConditions.textToBePresentInElement(again, "第 3 版"));
		Chromium.screenshot(browser, "tasklist-edit-report-current-version");
		assertThat(again.getText()).doesNotContain("第 1 版");
	}

	// --- the webapps' engine API -----------------------------------------------------------------------------------

	@Test
	void theWebappsEngineApiAnswersARefusedCompletionWithTheChineseProblemThatEngineRestGives() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("退回意见"), "sfj");
		steps.saveSection(campaign, "sfj", Steps.section("sfj", "成效明显", 0));
		steps.submit(campaign, "sfj");
		String task = taskOf("head-sfj", campaign + ":sfj", "confirmSection");
		String returnWithoutComment = "{\"variables\": {\"headDecision\": {\"value\": \"RETURN\", \"type\": \"String\"}}}";

		BrowserSession tasklist = BrowserSession.login(port, "head-sfj");
		tasklist.camundaToken();
		HttpResponse<String> webapp = tasklist.postJson(WEBAPP_ENGINE + "/task/" + task + "/submit-form",
				returnWithoutComment);
		ApiClient.Response engineRest = api.as("head-sfj")
			.post("/engine-rest/task/" + task + "/submit-form", JSON.readTree(returnWithoutComment));

		assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(400);
		assertThat(webapp.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(webapp.body());
		assertThat(problem.get("type").asText()).isEqualTo("/problems/invalid-input");
		assertThat(problem.get("title").asText()).isEqualTo("提交的内容有误");
		// Tasklist shows "message": the reason, the field named as the form labels it
		assertThat(problem.get("message").asText()).contains("意见：退回时必须填写意见，说明需要修改的内容")
			.doesNotContain("ENGINE-", "TaskListener", "comment");
		assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("退回时必须填写意见，说明需要修改的内容");
		// the same answer as engine-rest's
		assertThat(engineRest.status()).isEqualTo(400);
		assertThat(engineRest.json()).isEqualTo(problem);
		assertThat(steps.stageOf(campaign, "sfj")).isEqualTo("AWAITING_CONFIRMATION");
	}

	@Test
	void theEditReportFormVariablesCarryTheVersionJustSaved() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("统稿版本"), "sfj");
		steps.approveSection(campaign, "sfj");
		steps.awaitStage(campaign, "EDITING");
		String task = taskOf("editor", String.valueOf(campaign), "editReport");
		BrowserSession tasklist = BrowserSession.login(port, "editor");
		assertThat(summary(tasklist, task)).contains("第 1 版");

		for (String opening : List.of("第二稿导语。", "第三稿导语。")) {
			JsonNode report = api.as("editor").get("/api/campaigns/" + campaign + "/report").json();
			((ObjectNode) report).put("opening", opening);
			assertThat(api.as("editor").put("/api/campaigns/" + campaign + "/report", report).status()).isEqualTo(200);
		}

		assertThat(summary(tasklist, task)).contains("第 3 版").doesNotContain("第 1 版");
	}

	@Test
	void aProductPageLeadsBackOnlyToATaskInTasklist() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("返回任务"), "sfj");
		steps.saveSection(campaign, "sfj", Steps.section("sfj", "成效明显", 0));
		steps.submit(campaign, "sfj");
		BrowserSession editor = BrowserSession.login(port, "editor");
		String page = "/campaigns/" + campaign + "/sections/sfj";

		assertThat(editor.get(page + "?taskId=4f2a-77").body())
			.contains("href=\"/camunda/app/tasklist/default/#/?task=4f2a-77\"", "返回任务");
		assertThat(editor.get(page).body()).doesNotContain("返回任务");
		for (String hostile : Set.of("%22%3E%3Cscript%3Ealert(1)%3C/script%3E", "https://evil.example/",
				"..%2F..%2Flogout", "x".repeat(65))) {
			assertThat(editor.get(page + "?taskId=" + hostile).body()).as(hostile)
				.doesNotContain("back-to-task", "<script>alert(1)", "evil.example");
		}
	}

	// --- helpers --------------------------------------------------------------------------------------------------

	/**
	 * Signs in and opens the task in Tasklist, a page load of its own: a new address only in its #fragment while
	 * Tasklist is still starting may be reset to Tasklist's start.
	 */
	private WebElement openInTasklist(String user, String task, WebDriverWait wait) {
		signIn(user, ApiClient.PASSWORD, wait);
		browser.get(base() + "/camunda/app/tasklist/default/#/?task=" + task);
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
	}

	private void pressComplete() {
		WebElement complete = browser.findElement(By.xpath("//button[normalize-space()='完成']"));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", complete);
		complete.click();
	}

	/** Whether a click on the element reaches it, rather than something drawn over it. */
	private boolean isOnTop(WebElement element) {
		return (Boolean) ((JavascriptExecutor) browser).executeScript("""
				const e = arguments[0];
				e.scrollIntoView({block: 'center'});
				const box = e.getBoundingClientRect();
				const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
				return hit === e || e.contains(hit);""", element);
	}

	/**
	 * No English of form-js or flatpickr in what the form shows around its fields, nor in its placeholders and
	 * labels for screen readers. The digest above the fields holds what people wrote, and bpmn.io's watermark
	 * (Powered by bpmn.io) stays as its licence asks.
	 */
	@SuppressWarnings("unchecked")
	private void assertNoEnglishInTheForm() {
		List<String> texts = (List<String>) ((JavascriptExecutor) browser).executeScript("""
				const form = document.querySelector('.fjs-container');
				const texts = [];
				const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
				for (let node = walker.currentNode; node; node = walker.nextNode()) {
				  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
				  if (element.closest('.fjs-form-field-text, .fjs-powered-by')) continue;
				  if (node.nodeType === Node.TEXT_NODE) { texts.push(node.data); continue; }
				  for (const name of ['placeholder', 'title', 'aria-label']) {
				    if (node.getAttribute(name)) texts.push(node.getAttribute(name));
				  }
				}
				return texts;""");
		List<String> english = new ArrayList<>();
		for (String text : texts) {
			if (LATIN_WORD.matcher(text).find()) {
				english.add(text);
			}
		}
		assertThat(english).as("English in the form").isEmpty();
		String shown = browser.findElement(By.cssSelector(".fjs-container")).getText();
		assertThat(ENGLISH).noneMatch(shown::contains);
	}

	private void assertNoRawLabels() {
		String page = browser.findElement(By.tagName("body")).getText();
		assertThat(RAW_LABEL.matcher(page).results().map(match -> match.group()).toList())
			.as("label keys shown untranslated").isEmpty();
	}

	private String taskOf(String user, String businessKey, String step) {
		JsonNode tasks = api.as(user)
			.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + step)
			.json();
		assertThat(tasks).hasSize(1);
		return tasks.get(0).get("id").asText();
	}

	/** A task that a background job opens (after publication). */
	private String awaitTaskOf(String user, String businessKey, String step) {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> !api.as(user)
				.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + step)
				.json()
				.isEmpty());
		return taskOf(user, businessKey, step);
	}

	/** The digest Tasklist's form shows, as Tasklist reads it. */
	private static String summary(BrowserSession tasklist, String task) throws Exception {
		HttpResponse<String> variables = tasklist.get(WEBAPP_ENGINE + "/task/" + task + "/form-variables");
		assertThat(variables.statusCode()).as(variables.body()).isEqualTo(200);
		return JSON.readTree(variables.body()).get("summary").get("value").asText();
	}

}
