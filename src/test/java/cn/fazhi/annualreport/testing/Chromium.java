package cn.fazhi.annualreport.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium with Debian's chromedriver. Where Chromium is not installed the page tests are skipped
 * with a message, unless {@code BROWSER_TESTS_REQUIRED=true} (set by {@code .ci/run}) or
 * {@code -Dbrowser.tests.required=true} makes that a failure.
 */
public final class Chromium {

	static final File BROWSER = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	static final File DRIVER = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

	private Chromium() {
	}

	/** A browser whose preferred language is Simplified Chinese, like the product's users'. */
	public static WebDriver start() throws IOException {
		boolean installed = BROWSER.canExecute() && DRIVER.canExecute();
		boolean required = Boolean.getBoolean("browser.tests.required")
				|| Boolean.parseBoolean(System.getenv("BROWSER_TESTS_REQUIRED"));
		if (!required) {
			Assumptions.assumeTrue(installed,
					"Chromium is not installed (apt-get install chromium chromium-driver); page test skipped");
		}
		else if (!installed) {
			throw new IllegalStateException("browser.tests.required is set but " + BROWSER + " or " + DRIVER
					+ " is missing");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1400,1000", "--lang=zh-CN",
				"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return driver;
	}

	/** Keeps a picture of the page under target/screenshots, for people to look at. */
	public static void screenshot(WebDriver driver, String name) throws IOException {
		Path folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

}
