package cn.fazhi.annualreport;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * The 工作台 and the inbox as each role meets them: what waits for me, where it is done, and the message when work
 * reaches me or comes back (DESIGN §8).
 */
@H2IntegrationTest
class WorkbenchIntegrationTests extends ProductInTheBrowser {

	@Test
	void theLiaisonFindsTheTaskOnTheWorkbenchAndHearsWhenItComesBackWithTheReviewersComment() throws Exception {
		String organization = Steps.uniqueOrganization("工作台");
		long campaign = steps.openCampaign(organization, "sfj", "jyj");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("liaison-sfj", ApiClient.PASSWORD, wait);

		WebElement row = rowOf(organization, "撰写部门报告");
		assertThat(row.getText()).contains("司法局", organization + " · 2026年度", "还有", "个工作日", "未认领");
		assertThat(row.getText()).containsPattern("20\\d\\d-\\d\\d-\\d\\d");
		Chromium.screenshot(browser, "workbench-liaison");
		row.findElement(By.linkText("去办理")).click();
		wait.until(ExpectedConditions.urlContains("/campaigns/" + campaign + "/sections/sfj"));

		steps.saveSection(campaign, "sfj", Steps.section("sfj", "成效明显", 0));
		steps.submit(campaign, "sfj");
		steps.headDecides(campaign, "sfj", "CONFIRM", null);
		steps.reviewerDecides(campaign, "sfj", "RETURN", "请补充行政执法数据");

		browser.get(base() + "/");
		WebElement unread = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header .count")));
		assertThat(Integer.parseInt(unread.getText())).isPositive();
		assertThat(rowOf(organization, "修改部门报告").getText()).contains("司法局");
		browser.get(base() + "/notifications");
		WebElement returned = browser.findElements(By.cssSelector(".item.message"))
			.stream()
			.filter(message -> message.getText().contains("新的待办：修改部门报告 · 司法局 · 2026年度（" + organization))
			.findFirst()
			.orElseThrow();
		assertThat(returned.getText()).contains("审核员", "退回", "请补充行政执法数据", "去处理")
			.doesNotContain("http://", "此邮件");
		WebElement drafted = browser.findElements(By.cssSelector(".item.message"))
			.stream()
			.filter(message -> message.getText().contains("新的待办：撰写部门报告 · 司法局 · 2026年度（" + organization))
			.findFirst()
			.orElseThrow();
		assertThat(drafted.getText()).as("the first task is done: its message asks for nothing more")
			.contains("已办结", "查看");
		Chromium.screenshot(browser, "inbox-liaison-returned");
		returned.findElement(By.xpath(".//button[normalize-space()='去处理']")).click();
		wait.until(ExpectedConditions.urlContains("/campaigns/" + campaign + "/sections/sfj"));
	}

	@Test
	void theLiaisonTakesBackASubmissionWhileTheHeadHasNotActed() throws Exception {
		String organization = Steps.uniqueOrganization("撤回");
		long campaign = steps.openCampaign(organization, "sfj");
		steps.saveSection(campaign, "sfj", Steps.section("sfj", "撤回前写的内容", 0));
		String draftingDue = section(campaign).get("dueDate").asText();
		steps.submit(campaign, "sfj");
		assertThat(tasksOf(answer("head-sfj", "/api/tasks"), campaign)).hasSize(1);
		assertThat(api.as("head-sfj").post(sectionPath(campaign) + "/withdraw", null).status()).isEqualTo(403);

		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("liaison-sfj", ApiClient.PASSWORD, wait);
		browser.get(base() + sectionPath(campaign).replace("/api", ""));
		browser.findElement(By.cssSelector("#withdraw button")).click();
		WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.success")));
		assertThat(done.getText()).contains("已撤回提交", "截止日期不变", "重新提交");
		assertThat(browser.findElement(By.cssSelector(".badge")).getText()).isEqualTo("撰写中");
		assertThat(browser.getPageSource()).contains("撤回前写的内容");
		Chromium.screenshot(browser, "section-withdrawn");

		JsonNode back = section(campaign);
		assertThat(back.get("stage").asText()).isEqualTo("DRAFTING");
		assertThat(back.get("dueDate").asText()).as("taking a submission back buys no time").isEqualTo(draftingDue);
		assertThat(taskOf(answer("liaison-sfj", "/api/tasks"), campaign, "sfj").get("step").asText())
			.isEqualTo("draftSection");
		assertThat(tasksOf(answer("head-sfj", "/api/tasks"), campaign)).isEmpty();
		JsonNode told = StreamSupport.stream(answer("head-sfj", "/api/notifications").get("items").spliterator(), false)
			.filter(m -> m.get("kind").asText().equals("DECIDED") && m.get("text").asText().contains(organization))
			.findFirst()
			.orElseThrow();
		assertThat(told.get("text").asText()).contains("撤回了司法局的部门报告", "暂不需要您确认");

		steps.submit(campaign, "sfj");
		steps.headDecides(campaign, "sfj", "RETURN", "请补充数据");
		String revisionDue = section(campaign).get("dueDate").asText();
		steps.submit(campaign, "sfj");
		ApiClient.Response withdrawn = api.as("liaison-sfj").post(sectionPath(campaign) + "/withdraw", null);
		assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
		assertThat(withdrawn.json().get("stage").asText()).as("back to revising, where it came from")
			.isEqualTo("REVISING");
		assertThat(withdrawn.json().get("dueDate").asText()).isEqualTo(revisionDue);
		assertThat(taskOf(answer("liaison-sfj", "/api/tasks"), campaign, "sfj").get("step").asText())
			.isEqualTo("reviseSection");

		steps.submit(campaign, "sfj");
		steps.headDecides(campaign, "sfj", "CONFIRM", null);
		ApiClient.Response late = api.as("liaison-sfj").post(sectionPath(campaign) + "/withdraw", null);
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.json().get("detail").asText()).contains("部门主要负责人确认前才能撤回");
	}

	@Test
	void aRefusedSubmissionSaysBesideTheFieldWhatIsMissingInTheWordsOfThePage() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("字段"), "sfj");
		java.util.Map<String, Object> draft = Steps.section("sfj", "成效明显", 0);
		draft.put("leadership", "");
		steps.saveSection(campaign, "sfj", draft);
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("liaison-sfj", ApiClient.PASSWORD, wait);
		browser.get(base() + "/campaigns/" + campaign + "/sections/sfj");

		browser.findElement(By.cssSelector("button[value='submit']")).click();

		WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.error")));
		assertThat(refusal.getText()).contains("主要负责人履行推进法治建设第一责任人职责情况：此部分不能为空")
			.doesNotContain("leadership");
		WebElement field = browser.findElement(By.id("leadership"));
		assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(field.getAttribute("aria-describedby")).isEqualTo("leadership-error");
		assertThat(browser.findElement(By.id("leadership-error")).getText()).isEqualTo("此部分不能为空");
		assertThat(browser.findElement(By.cssSelector("label[for='leadership']")).getText())
			.isEqualTo("主要负责人履行推进法治建设第一责任人职责情况");
		assertThat(browser.findElement(By.id("shortcomings")).getAttribute("aria-invalid")).isNull();
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", field);
		Chromium.screenshot(browser, "section-refused-field");
	}

	private static String sectionPath(long campaign) {
		return "/api/campaigns/" + campaign + "/sections/sfj";
	}

	private JsonNode section(long campaign) {
		return answer("liaison-sfj", sectionPath(campaign));
	}

	@Test
	void theReviewerSeesEachDepartmentsSectionAndOpensTheRightOneInTasklist() throws Exception {
		String organization = Steps.uniqueOrganization("审核台");
		long campaign = steps.openCampaign(organization, "sfj", "jyj", "wjw");
		for (String department : List.of("sfj", "jyj")) {
			steps.saveSection(campaign, department, Steps.section(department, "成效明显", 0));
			steps.submit(campaign, department);
			steps.headDecides(campaign, department, "CONFIRM", null);
		}
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("reviewer", ApiClient.PASSWORD, wait);

		List<WebElement> reviews = browser.findElements(By.cssSelector("table.todo tbody tr"))
			.stream()
			.filter(row -> row.getText().contains(organization) && row.getText().contains("审核部门报告"))
			.toList();
		assertThat(reviews).extracting(row -> row.findElement(By.tagName("strong")).getText())
			.containsExactlyInAnyOrder("司法局", "教育局");
		Chromium.screenshot(browser, "workbench-reviewer");
		String jyjTask = taskOf(answer("reviewer", "/api/tasks"), campaign, "jyj").get("taskId").asText();
		reviews.stream()
			.filter(row -> row.getText().contains("教育局"))
			.findFirst()
			.orElseThrow()
			.findElement(By.linkText("去办理"))
			.click();
		wait.until(ExpectedConditions.urlContains("task=" + jyjTask));

		browser.manage().window().setSize(new Dimension(390, 844));
		browser.get(base() + "/");
		Chromium.screenshot(browser, "workbench-reviewer-phone");
		assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
	}

	@Test
	void theHeadTheEditorTheLeaderAndTheOfficerEachFindTheirStepOnTheWorkbench() throws Exception {
		String confirming = Steps.uniqueOrganization("确认台");
		long section = steps.openCampaign(confirming, "sfj");
		steps.saveSection(section, "sfj", Steps.section("sfj", "成效明显", 0));
		steps.submit(section, "sfj");
		String editing = Steps.uniqueOrganization("统稿台");
		long compiled = steps.openCampaign(editing, "sfj");
		steps.approveSection(compiled, "sfj");
		steps.awaitStage(compiled, "EDITING");
		long signing = steps.reportAwaitingSignature("签发台");
		long clearing = steps.reportAwaitingSignature("保密台");
		assertThat(api.as("leader").post("/api/campaigns/" + clearing + "/report/sign", java.util.Map.of("decision", "SIGN"))
			.status()).isEqualTo(200);

		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		for (List<String> day : List.of(List.of("head-sfj", confirming, "确认部门报告"),
				List.of("editor", editing, "统稿"),
				List.of("leader", steps.status(signing).get("organization").asText(), "签发报告"),
				List.of("officer", steps.status(clearing).get("organization").asText(), "保密审查"))) {
			signIn(day.get(0), ApiClient.PASSWORD, wait);
			WebElement row = rowOf(day.get(1), day.get(2));
			assertThat(row.getText()).as(day.get(0)).contains("还有", "个工作日");
			assertThat(row.findElement(By.linkText("去办理")).getAttribute("href")).as(day.get(0))
				.contains("/camunda/app/tasklist/default/#/?task=");
			Chromium.screenshot(browser, "workbench-" + day.get(0));
			browser.findElement(By.xpath("//header//button[normalize-space()='退出']")).click();
			wait.until(ExpectedConditions.urlContains("/login"));
		}
	}

	@Test
	void theTaskListAnswersOnlyTheCallersOwnWorkAndWhatTheCallerFinished() {
		String organization = Steps.uniqueOrganization("待办接口");
		long campaign = steps.openCampaign(organization, "sfj", "jyj");

		JsonNode sfj = taskOf(answer("liaison-sfj", "/api/tasks"), campaign, "sfj");
		assertThat(sfj.get("taskName").asText()).isEqualTo("撰写部门报告 · 司法局 · 2026年度");
		assertThat(sfj.get("step").asText()).isEqualTo("draftSection");
		assertThat(sfj.get("departmentName").asText()).isEqualTo("司法局");
		assertThat(sfj.get("year").asInt()).isEqualTo(2026);
		assertThat(sfj.get("due").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(sfj.get("overdue").asBoolean()).isFalse();
		assertThat(sfj.get("link").asText()).isEqualTo("/campaigns/" + campaign + "/sections/sfj");
		assertThat(tasksOf(answer("liaison-jyj", "/api/tasks"), campaign)).extracting(t -> t.get("department").asText())
			.containsExactly("jyj");
		assertThat(tasksOf(answer("head-sfj", "/api/tasks"), campaign)).isEmpty();

		steps.saveSection(campaign, "sfj", Steps.section("sfj", "成效明显", 0));
		steps.submit(campaign, "sfj");

		assertThat(tasksOf(answer("liaison-sfj", "/api/tasks"), campaign)).isEmpty();
		JsonNode finished = taskOf(answer("liaison-sfj", "/api/tasks?done=true"), campaign, "sfj");
		assertThat(finished.get("step").asText()).isEqualTo("draftSection");
		assertThat(finished.get("completedAt").asText()).isNotBlank();
		JsonNode confirm = taskOf(answer("head-sfj", "/api/tasks"), campaign, "sfj");
		assertThat(confirm.get("taskName").asText()).isEqualTo("确认部门报告 · 司法局 · 2026年度");
		assertThat(confirm.get("link").asText()).startsWith("/camunda/app/tasklist/default/#/?task=");

		JsonNode inbox = api.as("head-sfj").get("/api/notifications").json().get("items");
		JsonNode arrived = StreamSupport.stream(inbox.spliterator(), false)
			.filter(m -> m.get("text").asText().contains("确认部门报告 · 司法局 · 2026年度（" + organization))
			.findFirst()
			.orElseThrow();
		assertThat(arrived.get("kind").asText()).isEqualTo("TASK_ARRIVED");
		assertThat(arrived.get("title").asText()).startsWith("【待办】");
		assertThat(arrived.get("link").asText()).isEqualTo(confirm.get("link").asText());
		assertThat(arrived.get("done").asBoolean()).isFalse();
	}

	@Test
	void theDepartmentHearsOfTheApprovalTheEditorsOfTheSignatureAndTheLeadersOfThePublication() {
		long campaign = steps.publishedReport("通知");
		String organization = steps.status(campaign).get("organization").asText();

		JsonNode approved = message("liaison-sfj", "/campaigns/" + campaign + "/sections/sfj");
		assertThat(approved.get("kind").asText()).isEqualTo("DECIDED");
		assertThat(approved.get("text").asText())
			.isEqualTo(organization + "2026年度报告：司法局的部门报告已通过司法局审核");
		assertThat(message("head-sfj", "/campaigns/" + campaign + "/sections/sfj").get("kind").asText())
			.isEqualTo("DECIDED");
		assertThat(message("editor", "/campaigns/" + campaign + "/report").get("text").asText())
			.contains(organization, "已签发，进入保密审查");
		for (String user : List.of("editor", "leader")) {
			JsonNode published = StreamSupport.stream(inbox(user).spliterator(), false)
				.filter(m -> m.get("link").asText().startsWith("/public/reports/")
						&& m.get("text").asText().contains(organization))
				.findFirst()
				.orElseThrow(() -> new AssertionError(user + " was not told of the publication"));
			assertThat(published.get("text").asText()).endsWith("已在政府网站公开");
			assertThat(api.anonymous().getHtml(published.get("link").asText()).status()).isEqualTo(200);
		}
	}

	private JsonNode inbox(String user) {
		return answer(user, "/api/notifications").get("items");
	}

	/** The user's one message of a decision that leads to the page. */
	private JsonNode message(String user, String link) {
		List<JsonNode> decided = StreamSupport.stream(inbox(user).spliterator(), false)
			.filter(m -> m.get("kind").asText().equals("DECIDED") && m.get("link").asText().equals(link))
			.toList();
		assertThat(decided).as("%s's messages of decisions about %s", user, link).hasSize(1);
		return decided.get(0);
	}

	private WebElement rowOf(String organization, String step) {
		return browser.findElements(By.cssSelector("table.todo tbody tr"))
			.stream()
			.filter(row -> row.getText().contains(organization) && row.getText().contains(step))
			.findFirst()
			.orElseThrow(() -> new AssertionError("工作台 lists no " + step + " of " + organization));
	}

	/** What the user's API call answers; any other status than 200 fails the test with the problem. */
	private JsonNode answer(String user, String path) {
		ApiClient.Response answer = api.as(user).get(path);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private static List<JsonNode> tasksOf(JsonNode tasks, long campaign) {
		return StreamSupport.stream(tasks.spliterator(), false)
			.filter(task -> task.get("campaignId").asLong() == campaign)
			.toList();
	}

	private static JsonNode taskOf(JsonNode tasks, long campaign, String department) {
		return tasksOf(tasks, campaign).stream()
			.filter(task -> department.equals(task.get("department").asText()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no task of " + department + " in " + tasks));
	}

}
