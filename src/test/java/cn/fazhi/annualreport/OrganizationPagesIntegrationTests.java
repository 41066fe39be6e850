package cn.fazhi.annualreport;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.fazhi.annualreport.testing.ApiClient;
import cn.fazhi.annualreport.testing.Chromium;
import cn.fazhi.annualreport.testing.H2IntegrationTest;
import cn.fazhi.annualreport.testing.ProductInTheBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/** 机构管理 as an administrator uses it: the city's tree on first start, a street added, a wrong parent refused. */
@H2IntegrationTest
class OrganizationPagesIntegrationTests extends ProductInTheBrowser {

	@Test
	void theAdministratorSeesTheDemoCityAndAddsAStreetToADistrict() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("admin", ApiClient.PASSWORD, wait);
		browser.get(base() + "/admin/organizations");

		WebElement tree = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.organizations")));
		assertThat(tree.findElement(By.cssSelector("tr[data-code='gov']")).getText()).contains("示范市人民政府", "人民政府");
		assertThat(tree.findElement(By.cssSelector("tr[data-code='dqsfj']")).getText())
			.contains("东区司法局", "部门", "司法局");
		assertThat(tree.findElement(By.cssSelector("tr[data-code='dqdhjd']")).getText()).contains("街道（乡镇）");
		Chromium.screenshot(browser, "organizations");

		String code = "t" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.id("name")).sendKeys("西区南湖街道办事处");
		new Select(browser.findElement(By.id("kind"))).selectByVisibleText("街道（乡镇）");
		new Select(browser.findElement(By.id("parent"))).selectByVisibleText("西区人民政府");
		browser.findElement(By.xpath("//button[normalize-space()='保存']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"),
				"已保存“西区南湖街道办事处”"));
		assertThat(browser.findElement(By.cssSelector("tr[data-code='" + code + "']")).getText()).contains("街道（乡镇）");
		assertThat(api.as("admin").get("/engine-rest/group/head-" + code).status()).isEqualTo(200);

		// a department under a department: refused beside the field, with what was typed kept
		browser.findElement(By.id("code")).sendKeys(code + "x");
		browser.findElement(By.id("name")).sendKeys("放错位置的科室");
		new Select(browser.findElement(By.id("parent"))).selectByVisibleText("西区人民政府");
		new Select(browser.findElement(By.id("superior"))).selectByVisibleText("东区司法局");
		browser.findElement(By.xpath("//button[normalize-space()='保存']")).click();
		WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("superior-error")));
		assertThat(refusal.getText()).contains("“东区司法局”须是上一级人民政府的部门");
		assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("放错位置的科室");
		Chromium.screenshot(browser, "organizations-refused");
	}

}
