package cn.fazhi.annualreport.testing;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Base of the tests that use the running product in a real headless Chromium, a fresh one for every test. */
public abstract class ProductInTheBrowser extends RunningProduct {

	protected WebDriver browser;

	@BeforeEach
	void openBrowser() throws IOException {
		browser = Chromium.start();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	protected String base() {
		return "http://localhost:" + port;
	}

	/** Types the name and password into the product's login form the browser shows, and sends it. */
	protected void submitTheLoginForm(String user, String password) {
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
	}

	/**
	 * Signs in on the product's login form and waits until the product has let the user in: navigating on before
	 * the answer arrives would abandon the sign-in.
	 */
	protected void signIn(String user, String password, WebDriverWait wait) {
		browser.get(base() + "/login");
		submitTheLoginForm(user, password);
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

}
