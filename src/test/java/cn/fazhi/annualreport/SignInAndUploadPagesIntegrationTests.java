package cn.fazhi.annualreport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.fazhi.annualreport.testing.Chromium;
import cn.fazhi.annualreport.testing.H2IntegrationTest;
import cn.fazhi.annualreport.testing.ProductInTheBrowser;
import cn.fazhi.annualreport.testing.Steps;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and the pages around it, in the browser: the login form after too many wrong passwords (it says how
 * long to wait, nothing is locked), changing one's password, and the section editor's refusals: an import with a file
 * over the upload limit (it says the file was too large), a form altered to carry letters where a number goes (it
 * names the field).
 */
@H2IntegrationTest
class SignInAndUploadPagesIntegrationTests extends ProductInTheBrowser {

	@Test
	void theLoginFormSaysHowLongToWaitAfterTooManyWrongPasswords() throws Exception {
		String account = steps.newUser("正确的密码", "liaison-scjgj");
		// this browser is a client behind the proxy, at an address of its own
		ChromeDriver chrome = (ChromeDriver) browser;
		chrome.executeCdpCommand("Network.enable", Map.of());
		chrome.executeCdpCommand("Network.setExtraHTTPHeaders",
				Map.of("headers", Map.of("X-Forwarded-For", "203.0.113." + (1 + (int) (Math.random() * 250)))));
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

		for (int i = 0; i < 7; i++) {
			browser.get(base() + "/login");
			submitTheLoginForm(account, "错误的密码" + i);
			wait.until(ExpectedConditions.urlContains("/login?error"));
		}

		String notice = browser.findElement(By.cssSelector(".notice.error")).getText();
		Chromium.screenshot(browser, "login-too-many-attempts");
		assertThat(notice).startsWith("登录尝试过于频繁，请").endsWith("秒后再试。");
		browser.manage().window().setSize(new Dimension(390, 844));
		Chromium.screenshot(browser, "login-too-many-attempts-phone");
	}

	@Test
	void aUserChangesTheirPasswordAndSignsInWithTheNewOne() throws Exception {
		String account = steps.newUser("原来的密码很长", "liaison-sfj");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn(account, "原来的密码很长", wait);
		browser.findElement(By.linkText("修改密码")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "修改密码"));

		// a mistyped repetition: refused, and said so
		submitThePasswordForm("原来的密码很长", "新的密码是一句容易记住的话", "新的密码是一句容易记住的活");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.error"), "两次输入的新密码不一致"));
		Chromium.screenshot(browser, "password-change-refused");

		submitThePasswordForm("原来的密码很长", "新的密码是一句容易记住的话", "新的密码是一句容易记住的话");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"), "密码已修改"));
		Chromium.screenshot(browser, "password-changed");
		browser.manage().window().setSize(new Dimension(390, 844));
		Chromium.screenshot(browser, "password-changed-phone");

		browser.findElement(By.xpath("//button[normalize-space()='退出']")).click();
		// the sign-out's own redirect must land before signing in again, or it abandons the new sign-in
		wait.until(ExpectedConditions.urlContains("/login?logout"));
		signIn(account, "新的密码是一句容易记住的话", wait);
		assertThat(browser.getCurrentUrl()).doesNotContain("/login");
		assertThat(api.as(account, "原来的密码很长").get("/api/areas").status()).isEqualTo(401);
	}

	@Test
	void aFileOverTheUploadLimitIsRefusedWithAPageThatSaysSo() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("大文件"), "sfj");
		Path file = Files.createTempFile("太大的报告", ".txt");
		try {
			Files.write(file, new byte[21 * 1024 * 1024]);
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
			signIn("liaison-sfj", "demo", wait);
			browser.get(base() + "/campaigns/" + campaign + "/sections/sfj");
			browser.findElement(By.xpath("//summary[normalize-space()='从文件导入']")).click();
			browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
			browser.findElement(By.xpath("//button[normalize-space()='导入']")).click();

			// the editor sends the file itself and says beside the form why it was refused, the text typed untouched
			WebElement refusal = wait
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".import-result.error")));
			Chromium.screenshot(browser, "upload-too-large");
			assertThat(refusal.getText()).contains("超过 20480 KB，未做任何保存", "编辑框中的内容没有改变");
			assertThat(api.as("liaison-sfj").get(Steps.sectionPath(campaign, "sfj")).json().get("version").asInt())
				.isZero();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void aFormAlteredToCarryLettersForANumberIsRefusedWithAPageNamingTheField() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("改过的表单"), "sfj");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("liaison-sfj", "demo", wait);
		browser.get(base() + "/campaigns/" + campaign + "/sections/sfj");
		((JavascriptExecutor) browser).executeScript(
				"document.querySelector('input[name=version]').value = '第一版'.repeat(50)");
		browser.findElement(By.cssSelector("textarea[name='shortcomings'] + .editor .ql-editor")).sendKeys("不会被保存的内容");
		browser.findElement(By.xpath("//button[normalize-space()='保存草稿']")).click();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "提交的内容有误"));
		Chromium.screenshot(browser, "section-form-altered");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("提交的内容有 1 处错误，未做任何保存。",
				"版本号：应为整数，不能是“" + "第一版".repeat(13) + "第…”");
		assertThat(api.as("liaison-sfj").get(Steps.sectionPath(campaign, "sfj")).json().get("version").asInt())
			.isZero();
	}

	private void submitThePasswordForm(String current, String password, String repeated) {
		browser.findElement(By.id("current")).sendKeys(current);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("repeated")).sendKeys(repeated);
		browser.findElement(By.xpath("//button[normalize-space()='修改密码']")).click();
	}

}
