package cn.fazhi.annualreport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import cn.fazhi.annualreport.testing.Tasklist;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leader signs entirely inside Tasklist, in a real browser: our login form, Tasklist in Chinese, the
 * {@code signReport} Camunda Form with the report's summary, the decision, 完成.
 */
@H2IntegrationTest
class TasklistSigningIntegrationTests extends ProductInTheBrowser {

	@Test
	void leaderSignsTheReportWithItsFormInTasklist() throws Exception {
		long campaign = steps.reportAwaitingSignature("签发");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

		WebElement form = openTheSigningTaskAsTheLeader(campaign, wait);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "签发报告"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "2026年法治政府建设年度报告"));
		Chromium.screenshot(browser, "tasklist-sign-report");
		assertThat(form.isDisplayed()).isTrue();
		assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("在报告系统中查看全文", "签发意见", "完成");

		// Tasklist lets a user work on a task once it is theirs: 认领 (claim), then the form is enabled.
		browser.findElement(By.xpath("//*[self::a or self::button][normalize-space()='认领']")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
		browser.findElement(By.xpath("//label[normalize-space()='签发']")).click();
		browser.findElement(By.cssSelector("textarea[id*='signOpinion'], textarea[name='signOpinion']"))
			.sendKeys("同意，按程序公开。");
		WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
				By.xpath("//button[normalize-space()='完成' or normalize-space()='Complete']")));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", complete);
		Chromium.screenshot(browser, "tasklist-sign-report-filled");
		complete.click();

		steps.awaitStage(campaign, "CONFIDENTIALITY_REVIEW");
		Chromium.screenshot(browser, "tasklist-after-signing");
		assertThat(api.as("editor").get("/api/campaigns/" + campaign + "/report").json().get("signedVersion").asInt())
			.isEqualTo(1);
	}

	/**
	 * What people wrote reaches the leader's form as text: a government whose name carries markup, a link and an
	 * image, and an opinion with more of them. Tasklist shows only what the leader can do here.
	 */
	@Test
	void theLeadersFormShowsWhatPeopleWroteAsTextAndOnlyTheStepsTheLeaderTakes() throws Exception {
		String organization = "恶意<img src=x onerror=alert(1)>[链接](http://evil.example/)区人民政府"
				+ UUID.randomUUID().toString().substring(0, 6);
		long campaign = steps.openCampaign(organization, "sfj");
		steps.approveSection(campaign, "sfj");
		steps.awaitStage(campaign, "EDITING");
		String report = "/api/campaigns/" + campaign + "/report";
		assertThat(api.as("editor").post(report + "/edit-complete", null).status()).isEqualTo(200);
		assertThat(api.as("leader").post(report + "/sign", Map.of("decision", "RETURN", "opinion",
				"请修改<b>加粗</b>![图](http://evil.example/x.png)")).status()).isEqualTo(200);
		assertThat(api.as("editor").post(report + "/edit-complete", null).status()).isEqualTo(200);
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		WebElement form = openTheSigningTaskAsTheLeader(campaign, wait);
		wait.until(ExpectedConditions.textToBePresentInElement(form, "请修改"));
		Chromium.screenshot(browser, "tasklist-sign-report-hostile-text");

		assertThat(form.getText()).contains("<img src=x onerror=alert(1)>[链接](http://evil.example/)",
				"请修改<b>加粗</b>![图](http://evil.example/x.png)");
		assertThat(form.findElements(By.cssSelector("img, b"))).isEmpty();
		assertThat(form.findElements(By.cssSelector("a")))
			.noneMatch(link -> String.valueOf(link.getAttribute("href")).contains("evil.example"));
		// no stand-alone tasks, no processes started here, no comments, dates or groups edited here
		for (String hidden : List.of(".create-task-action", ".start-process-action", ".createCommentLink",
				".followup-date")) {
			assertThat(browser.findElements(By.cssSelector(hidden))).as(hidden).noneMatch(WebElement::isDisplayed);
		}
		assertThat(browser.findElement(By.cssSelector(".due-date")).getCssValue("pointer-events")).isEqualTo("none");
	}

	@Test
	void signingOutOfTasklistSignsOutOfTheProductToo() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("editor", ApiClient.PASSWORD, wait);
		browser.get(base() + "/camunda/app/tasklist/default/");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(Tasklist.ACCOUNT, "统稿人"));

		// Camunda's own 退出 would only drop Tasklist's login, and the product's session would sign it straight back in
		Tasklist.signOut(browser, wait, base());

		wait.until(ExpectedConditions.urlContains("/login?logout"));
		browser.get(base() + "/camunda/app/tasklist/default/");
		wait.until(ExpectedConditions.urlContains("/login"));
		assertThat(browser.findElements(By.id("password"))).isNotEmpty();
	}

	@Test
	void tasklistWhoseSessionEndedSendsTheUserToTheLoginFormAndBack() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		browser.get(base() + "/camunda/app/tasklist/default/");
		wait.until(ExpectedConditions.urlContains("/login"));
		submitTheLoginForm("editor", ApiClient.PASSWORD);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(Tasklist.ACCOUNT, "统稿人"));

		// the session expires while Tasklist stays open; its next call is refused and Camunda's own login form,
		// which cannot sign anyone in here, gives way to the product's
		WebElement filter = wait.until(ExpectedConditions.elementToBeClickable(Tasklist.FILTER));
		browser.manage().deleteCookieNamed("JSESSIONID");
		filter.click();
		wait.until(ExpectedConditions.urlContains(base() + "/login"));
		submitTheLoginForm("editor", ApiClient.PASSWORD);
		wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/default/"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(Tasklist.ACCOUNT, "统稿人"));
	}

	/** The leader follows a link to the campaign's signing task, signs in on the way and finds its form. */
	private WebElement openTheSigningTaskAsTheLeader(long campaign, WebDriverWait wait) {
		String taskId = api.as("leader")
			.get("/engine-rest/task?processInstanceBusinessKey=" + campaign + "&taskDefinitionKey=signReport")
			.json()
			.get(0)
			.get("id")
			.asText();
		browser.get(base() + "/camunda/app/tasklist/default/#/?task=" + taskId);
		wait.until(ExpectedConditions.urlContains("/login"));
		submitTheLoginForm("leader", ApiClient.PASSWORD);
		// the task named after '#' survives the sign-in: the leader lands on it, not on Tasklist's start page
		wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/default/"));
		assertThat(browser.getCurrentUrl()).contains("#/?task=" + taskId);
		return wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container, .fjs-form, form[name]")));
	}

}
