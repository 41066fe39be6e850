package cn.fazhi.annualreport;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.fazhi.annualreport.testing.ApiClient;
import cn.fazhi.annualreport.testing.Chromium;
import cn.fazhi.annualreport.testing.KeycloakIntegrationTest;
import cn.fazhi.annualreport.testing.KeycloakServer;
import cn.fazhi.annualreport.testing.MailServer;
import cn.fazhi.annualreport.testing.RunningProduct;
import cn.fazhi.annualreport.testing.Steps;
import cn.fazhi.annualreport.testing.Tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Signing in through a real Keycloak with the demo realm (docker/keycloak/): the browser's authorization-code login
 * landing in Tasklist, Keycloak's bearer tokens on the APIs, the realm's groups deciding what a user may do, and
 * signing out of the product, the webapps and Keycloak at once.
 */
@KeycloakIntegrationTest
class KeycloakSignInIntegrationTests extends RunningProduct {

	private final KeycloakServer keycloak = KeycloakServer.get();

	private WebDriver browser;

	@Override
	protected ApiClient apiClient(int port) {
		return ApiClient.withBearerTokens(port, keycloak::token);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void leaderSignsInThroughKeycloakAndFindsTheSigningTaskInTasklist() throws Exception {
		long campaign = steps.reportAwaitingSignature("单点登录签发");
		browser = Chromium.start();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

		browser.get(base() + "/camunda/app/tasklist/default/");
		signInOnKeycloaksPage(wait, "leader", ApiClient.PASSWORD);

		wait.until(ExpectedConditions.urlContains(base() + "/camunda/app/tasklist/"));
		// the task reaches him through his Keycloak group, in the 我的待办 filter on candidate groups
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "签发报告"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(Tasklist.ACCOUNT, "主要负责人"));
		Chromium.screenshot(browser, "keycloak-tasklist-leader");
		JsonNode camundaUser = fetchJson("/camunda/api/admin/auth/user/default");
		assertThat(camundaUser.get("userId").asText()).isEqualTo("leader");
		assertThat(camundaUser.get("authorizedApps").toString()).contains("tasklist");

		// the product's session ends while Tasklist stays open: Keycloak still knows him, so Tasklist comes back
		// signed in, without a login form
		WebElement filter = wait.until(ExpectedConditions.elementToBeClickable(Tasklist.FILTER));
		browser.manage().deleteCookieNamed("JSESSIONID");
		filter.click();
		wait.until(driver -> driver.manage().getCookieNamed("JSESSIONID") != null);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(Tasklist.ACCOUNT, "主要负责人"));
		assertThat(browser.getCurrentUrl()).startsWith(base() + "/camunda/app/tasklist/").doesNotContain("#/login");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "签发报告"));

		// the same session opens the product's pages and its API, as the same person
		browser.get(base() + "/campaigns/" + campaign + "/report");
		assertThat(browser.findElement(By.tagName("header")).getText()).contains("区政府主要负责人");
		assertThat(fetchStatus("GET", "/api/campaigns/" + campaign + "/report")).isEqualTo(200);
		// a write on the session needs the CSRF token the pages send; a forged cross-site request has none
		assertThat(fetchStatus("POST", "/api/campaigns/" + campaign + "/report/sign")).isEqualTo(403);
	}

	@Test
	void signingOutOfTasklistEndsTheProductsAndKeycloaksSessions() throws Exception {
		browser = Chromium.start();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
		browser.get(base() + "/camunda/app/tasklist/default/");
		signInOnKeycloaksPage(wait, "editor", ApiClient.PASSWORD);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(Tasklist.ACCOUNT, "统稿人"));

		Tasklist.signOut(browser, wait, base());

		// back at the product's home page, which sends the user to Keycloak: its session ended too, so it asks again
		wait.until(ExpectedConditions.urlContains(keycloak.issuer() + "/protocol/openid-connect/auth"));
		assertThat(browser.findElements(By.id("password"))).isNotEmpty();
		browser.get(base() + "/camunda/app/tasklist/default/");
		wait.until(ExpectedConditions.urlContains(keycloak.issuer() + "/protocol/openid-connect/auth"));
		assertThat(browser.findElements(By.id("password"))).isNotEmpty();
		Chromium.screenshot(browser, "keycloak-after-sign-out");
	}

	@Test
	void aWrongPasswordLeavesTheUserOnKeycloaksPage() throws Exception {
		browser = Chromium.start();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
		browser.get(base() + "/");
		signInOnKeycloaksPage(wait, "leader", "not-the-password");

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("input-error-username")));
		assertThat(browser.getCurrentUrl()).startsWith(keycloak.issuer());
		Chromium.screenshot(browser, "keycloak-wrong-password");
		browser.get(base() + "/api/campaigns");
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("401");
	}

	@Test
	void theApisTakeKeycloaksBearerTokensAndNothingElse() {
		ApiClient.Response anonymous = api.anonymous().get("/api/campaigns");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType().toString()).startsWith("application/problem+json");
		assertThat(anonymous.header("Location")).isNull();
		assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(anonymous.header("Set-Cookie")).as("no session for a refused call").isNull();
		assertThat(api.withAuthorization("Bearer not.a.token").get("/api/campaigns").status()).isEqualTo(401);
		assertThat(api.withAuthorization("Basic ZWRpdG9yOmRlbW8=").get("/api/campaigns").status()).isEqualTo(401);
		assertThat(api.anonymous().get("/engine-rest/task").status()).isEqualTo(401);

		// a bearer request carries its own credentials: no session, no CSRF token
		long campaign = steps.openCampaign(Steps.uniqueOrganization("令牌"), "sfj");
		assertThat(api.as("editor").get("/api/campaigns/" + campaign).status()).isEqualTo(200);
		JsonNode tasks = api.as("liaison-sfj")
			.get("/engine-rest/task?processInstanceBusinessKey=" + campaign + ":sfj")
			.json();
		assertThat(tasks).extracting(task -> task.get("taskDefinitionKey").asText()).contains("draftSection");
	}

	@Test
	void theRealmsGroupsDecideWhatAUserMayDo() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("部门权限"), "sfj", "scjgj");
		String sfj = Steps.sectionPath(campaign, "sfj");
		assertThat(api.as("liaison-sfj").get(sfj).status()).isEqualTo(200);
		assertThat(api.as("liaison-scjgj").get(sfj).status()).isEqualTo(403);
		assertThat(api.as("liaison-scjgj").put(sfj, Steps.section("sfj", "越权修改", 0)).status()).isEqualTo(403);
		assertThat(api.as("reviewer").post("/api/campaigns", Map.of("organization", "越权", "year", 2026,
				"departments", List.of("sfj"))).status()).isEqualTo(403);

		// Camunda sees the realm's users and groups, read-only: Admin lists them, mails go to their addresses
		JsonNode groups = api.as("admin").get("/engine-rest/group?member=head-scjgj").json();
		assertThat(groups).extracting(group -> group.get("id").asText()).containsExactly("head-scjgj");
		JsonNode leaders = api.as("admin").get("/engine-rest/user?memberOfGroup=leaders").json();
		assertThat(leaders).extracting(user -> user.get("email").asText()).containsExactly("leader@example.com");
		ApiClient.Response asked = api.as("liaison-scjgj")
			.post(Steps.sectionPath(campaign, "scjgj") + "/extension",
					Map.of("until", "2027-02-03", "reason", "执法统计需要复核"));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		// the report editors are whoever the realm puts in report-admins
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(MailServer.received())
				.filteredOn(mail -> mail.subject().startsWith("【延期申请】市场监督管理局"))
				.extracting(MailServer.Mail::to)
				.containsExactlyInAnyOrder("editor@example.com", "admin@example.com"));
	}

	private void signInOnKeycloaksPage(WebDriverWait wait, String user, String password) {
		wait.until(ExpectedConditions.urlContains(keycloak.issuer() + "/protocol/openid-connect/auth"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("kc-login")).click();
	}

	/** What the page's own script would get from the product, with the browser's session cookie. */
	private JsonNode fetchJson(String path) throws Exception {
		Object text = ((JavascriptExecutor) browser).executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0], {headers: {Accept: 'application/json'}}).then(r => r.text()).then(done);",
				path);
		return new com.fasterxml.jackson.databind.ObjectMapper().readTree(String.valueOf(text));
	}

	private long fetchStatus(String method, String path) {
		Object status = ((JavascriptExecutor) browser).executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(arguments[1], {method: arguments[0], headers: {Accept: 'application/json',"
						+ " 'Content-Type': 'application/json'}, body: arguments[0] === 'GET' ? undefined : '{}'})"
						+ ".then(r => done(r.status));",
				method, path);
		return ((Number) status).longValue();
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
