package cn.fazhi.annualreport;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import cn.fazhi.annualreport.deadline.WorkingCalendar;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.testing.ApiClient;
import cn.fazhi.annualreport.testing.Chromium;
import cn.fazhi.annualreport.testing.H2IntegrationTest;
import cn.fazhi.annualreport.testing.MailServer;
import cn.fazhi.annualreport.testing.ProductInTheBrowser;
import cn.fazhi.annualreport.testing.Steps;
import cn.fazhi.annualreport.testing.TimeTravel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The campaign dashboard as the editors use it (DESIGN §8): who holds each department's section, which are overdue,
 * 催办 once a day with the mail to whoever must act, and the table in Excel.
 */
@H2IntegrationTest
class DashboardIntegrationTests extends ProductInTheBrowser {

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	UserDirectory directory;

	@AfterEach
	void backToNow() {
		TimeTravel.reset();
	}

	@Test
	void theEditorSeesTheOverdueDepartmentInRedUrgesItAndTheHeadGetsTheMail() throws Exception {
		String organization = Steps.uniqueOrganization("督办台");
		long campaign = steps.openCampaign(organization, "sfj", "jyj", "wjw");
		steps.saveSection(campaign, "sfj", Steps.section("sfj", "成效明显", 0));
		steps.submit(campaign, "sfj");
		steps.saveSection(campaign, "wjw", Steps.section("wjw", "成效明显", 0));
		steps.submit(campaign, "wjw");
		steps.headDecides(campaign, "wjw", "RETURN", "请补充数据");
		LocalDate confirmationDue = LocalDate.parse(department(campaign, "sfj").get("dueDate").asText());
		TimeTravel.to(calendar.plusWorkingDays(confirmationDue, 2), LocalTime.of(10, 0));

		JsonNode sfj = department(campaign, "sfj");
		assertThat(sfj.get("overdue").asBoolean()).isTrue();
		assertThat(sfj.get("daysLeft").asInt()).isEqualTo(-2);
		assertThat(sfj.get("step").asText()).isEqualTo("confirmSection");
		// other tests may add people to the demo groups: whoever they are, the demo head is among them
		assertThat(sfj.get("holder")).extracting(JsonNode::asText).contains(displayName("head-sfj"));
		JsonNode jyj = department(campaign, "jyj");
		assertThat(jyj.get("overdue").asBoolean()).isFalse();
		assertThat(jyj.get("daysLeft").asInt()).isPositive();
		assertThat(jyj.get("holder")).extracting(JsonNode::asText).contains(displayName("liaison-jyj"));
		assertThat(department(campaign, "wjw").get("returns").asInt()).isEqualTo(1);

		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("editor", ApiClient.PASSWORD, wait);
		browser.get(base() + "/campaigns/" + campaign);
		WebElement sfjRow = row("sfj");
		assertThat(sfjRow.getAttribute("class")).contains("overdue");
		assertThat(sfjRow.getText()).contains("司法局", "待部门负责人确认", displayName("head-sfj"), "已逾期 2 个工作日");
		assertThat(sfjRow.findElement(By.cssSelector(".late-text")).getCssValue("color"))
			.as("overdue is written in red").isEqualTo("rgba(179, 38, 30, 1)");
		assertThat(row("jyj").getAttribute("class")).doesNotContain("overdue");
		assertThat(row("wjw").getText()).contains("1 次");
		assertThat(browser.findElement(By.cssSelector(".totals")).getText()).contains("其中逾期 1");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#progress-chart svg")));
		List<WebElement> badges = wait.until(
				ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#process-diagram .waiting-count"), 2));
		assertThat(badges).extracting(WebElement::getText).containsExactlyInAnyOrder("1", "1", "1");
		Chromium.screenshot(browser, "dashboard-editor");

		sfjRow.findElement(By.cssSelector("button.urge")).click();
		WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("urge-result")));
		wait.until(ExpectedConditions.textToBePresentInElement(result, "已通知"));
		assertThat(result.getText()).contains("已催办司法局的“确认部门报告”", displayName("head-sfj"));
		assertThat(row("sfj").findElement(By.cssSelector("button.urge")).getText()).isEqualTo("今日已催办");
		Chromium.screenshot(browser, "dashboard-editor-urged");
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", result);
		Chromium.screenshot(browser, "dashboard-editor-table");

		MailServer.Mail mail = await().atMost(Duration.ofSeconds(60))
			.until(() -> MailServer.received()
				.stream()
				.filter(m -> m.to().equals("head-sfj@example.com") && m.subject().contains("请尽快办理")
						&& m.body().contains(organization))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(mail.subject()).startsWith("【催办】司法局·确认部门报告");
		assertThat(mail.body()).contains(displayName("editor") + "催办", "已于", "逾期");

		ApiClient.Response again = api.as("editor").post("/api/campaigns/" + campaign + "/sections/sfj/urge", null);
		assertThat(again.status()).isEqualTo(429);
		assertThat(again.json().get("detail").asText()).contains("司法局今天已经催办过");
		assertThat(again.header("Retry-After")).isNotBlank();
		assertThat(api.as("liaison-sfj").post("/api/campaigns/" + campaign + "/sections/sfj/urge", null).status())
			.isEqualTo(403);
		browser.findElement(By.id("urge-overdue")).click();
		wait.until(ExpectedConditions.textToBePresentInElement(result, "个逾期部门"));
		assertThat(result.getText()).as("the returned section is overdue too")
			.contains("已催办 1 个逾期部门：卫生健康委员会", "另有 1 个部门今天已催办过");
		assertThat(row("wjw").findElement(By.cssSelector("button.urge")).getText()).isEqualTo("今日已催办");
		JsonNode overdue = api.as("editor").post("/api/campaigns/" + campaign + "/urge-overdue", null).json();
		assertThat(overdue.get("urged")).isEmpty();
		assertThat(overdue.get("urgedAlready")).extracting(JsonNode::asText).containsExactlyInAnyOrder("sfj", "wjw");
		assertThat(department(campaign, "sfj").get("urgedToday").asBoolean()).isTrue();

		browser.get(base() + "/campaigns/" + campaign + "/sections/sfj");
		assertThat(browser.findElement(By.cssSelector("#trail tr[data-kind=URGED]")).getText())
			.contains(displayName("editor"), "催办“确认部门报告”");

		browser.manage().window().setSize(new Dimension(390, 844));
		browser.get(base() + "/campaigns/" + campaign);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#progress-chart svg")));
		Chromium.screenshot(browser, "dashboard-editor-phone");
		assertThat(((Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
	}

	@Test
	void theEditorUrgesEveryOverdueDepartmentAtOnceAndExportsTheTable() throws Exception {
		String organization = Steps.uniqueOrganization("一键催办");
		long campaign = steps.openCampaign(organization, "sfj", "jyj");
		steps.approveSection(campaign, "jyj");
		LocalDate sectionsDue = LocalDate.parse(department(campaign, "sfj").get("dueDate").asText());
		TimeTravel.to(calendar.plusWorkingDays(sectionsDue, 1), LocalTime.of(10, 0));

		JsonNode urged = api.as("editor").post("/api/campaigns/" + campaign + "/urge-overdue", null).json();
		assertThat(urged.get("urged")).extracting(u -> u.get("department").asText()).containsExactly("sfj");
		assertThat(urged.get("urged").get(0).get("people")).extracting(JsonNode::asText)
			.contains(displayName("liaison-sfj"));
		ApiClient.Response approved = api.as("editor").post("/api/campaigns/" + campaign + "/sections/jyj/urge", null);
		assertThat(approved.status()).isEqualTo(409);
		assertThat(approved.json().get("detail").asText()).contains("教育局的报告已审核通过");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> MailServer.received()
				.stream()
				.anyMatch(m -> m.to().equals("liaison-sfj@example.com") && m.subject().contains("请尽快办理")
						&& m.body().contains(organization)));
		assertThat(StreamSupport.stream(api.as("liaison-sfj").get("/api/notifications").json().get("items").spliterator(),
				false)
			.filter(m -> m.get("kind").asText().equals("URGED") && m.get("text").asText().contains(organization))
			.toList()).hasSize(1);

		ApiClient.Response workbook = api.as("leader").get("/api/campaigns/" + campaign + "/dashboard.xlsx", MediaType.ALL);
		assertThat(workbook.status()).isEqualTo(200);
		try (XSSFWorkbook excel = new XSSFWorkbook(new ByteArrayInputStream(workbook.bodyBytes()))) {
			Sheet sheet = excel.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(organization);
			Row sfj = sheet.getRow(3);
			assertThat(sfj.getCell(0).getStringCellValue()).isEqualTo("司法局");
			assertThat(sfj.getCell(2).getStringCellValue()).contains(displayName("liaison-sfj"));
			assertThat(sfj.getCell(5).getStringCellValue()).isEqualTo("逾期");
			assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("审核通过");
		}
		assertThat(api.as("liaison-sfj").get("/api/campaigns/" + campaign + "/dashboard.xlsx", MediaType.ALL).status())
			.isEqualTo(403);
	}

	private WebElement row(String department) {
		return browser.findElement(By.cssSelector("table.departments tr[data-department='" + department + "']"));
	}

	private JsonNode department(long campaign, String code) {
		for (JsonNode d : steps.status(campaign).get("departments")) {
			if (d.get("code").asText().equals(code)) {
				return d;
			}
		}
		throw new AssertionError("no department " + code);
	}

	private String displayName(String user) {
		return directory.displayName(user);
	}

}
