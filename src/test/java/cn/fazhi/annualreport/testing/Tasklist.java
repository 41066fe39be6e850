package cn.fazhi.annualreport.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a user does in Camunda Tasklist, in a real browser. */
public final class Tasklist {

	/** The filters on the left; clicking one makes Tasklist call the engine again. */
	public static final By FILTER = By.cssSelector("h4.name a");

	/** The signed-in user's name in the page header. */
	public static final By ACCOUNT = By.cssSelector(".account");

	private Tasklist() {
	}

	/** 退出 in the account menu, which leads to the product's sign-out page, and 退出登录 there. */
	public static void signOut(WebDriver browser, WebDriverWait wait, String base) {
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".account .dropdown-toggle"))).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.logout a"))).click();
		wait.until(ExpectedConditions.urlToBe(base + "/logout"));
		browser.findElement(By.xpath("//button[normalize-space()='退出登录']")).click();
	}

}
