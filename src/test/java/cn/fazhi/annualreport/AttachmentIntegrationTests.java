package cn.fazhi.annualreport;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.http.MediaType;

import cn.fazhi.annualreport.testing.ApiClient;
import cn.fazhi.annualreport.testing.Chromium;
import cn.fazhi.annualreport.testing.H2IntegrationTest;
import cn.fazhi.annualreport.testing.ProductInTheBrowser;
import cn.fazhi.annualreport.testing.Steps;
import cn.fazhi.annualreport.testing.WordFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 佐证材料 (DESIGN §8): a department keeps its evidence with its section; whoever may read the section may read it,
 * nobody else; the file's format is judged by its content; a section keeps a bounded number of files.
 */
@H2IntegrationTest
class AttachmentIntegrationTests extends ProductInTheBrowser {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	/** The start of a Windows program: what a virus renamed to 材料.pdf looks like inside. */
	static final byte[] PROGRAM = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF,
			(byte) 0xFF, 0, 0, (byte) 0xB8, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

	@Test
	void theLiaisonKeepsEvidenceThatOnlyThoseWhoMayReadTheSectionCanRead() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("佐证"), "sfj", "scjgj");
		String path = "/api/campaigns/" + campaign + "/sections/sfj/attachments";

		JsonNode pdf = uploaded("liaison-sfj", path, "执法检查记录.pdf", PDF);
		assertThat(pdf.get("contentType").asText()).isEqualTo("application/pdf");
		assertThat(pdf.get("size").asLong()).isEqualTo(PDF.length);
		assertThat(pdf.get("uploadedBy").asText()).isEqualTo("司法局联络员");
		assertThat(pdf.get("uploadedAt").asText()).isNotBlank();
		assertThat(uploaded("liaison-sfj", path, "工作总结.docx", WordFile.of("一、主要举措", "规范执法。"))
			.get("contentType").asText()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(uploaded("liaison-sfj", path, "现场照片.png", png()).get("contentType").asText()).isEqualTo("image/png");
		assertThat(uploaded("liaison-sfj", path, "批复.ofd", ofd()).get("contentType").asText()).isEqualTo("application/ofd");

		ApiClient.Response download = api.as("head-sfj").get(path + "/" + pdf.get("id").asLong(), MediaType.ALL);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bodyBytes()).isEqualTo(PDF);
		assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("UTF-8''");
		assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(names(api.as("head-sfj").get(path).json())).containsExactly("执法检查记录.pdf", "工作总结.docx",
				"现场照片.png", "批复.ofd");

		for (String stranger : List.of("liaison-scjgj", "head-scjgj", "reviewer")) {
			assertThat(api.as(stranger).get(path).status()).as(stranger).isEqualTo(403);
			assertThat(api.as(stranger).get(path + "/" + pdf.get("id").asLong(), MediaType.ALL).status()).as(stranger)
				.isEqualTo(403);
			assertThat(api.as(stranger).upload(path, "材料.pdf", PDF).status()).as(stranger).isEqualTo(403);
		}
		assertThat(api.anonymous().get(path).status()).isEqualTo(401);
		assertThat(api.anonymous().get(path + "/" + pdf.get("id").asLong(), MediaType.ALL).status()).isEqualTo(401);
		String otherDepartment = "/api/campaigns/" + campaign + "/sections/scjgj/attachments/" + pdf.get("id").asLong();
		assertThat(api.as("liaison-scjgj").get(otherDepartment, MediaType.ALL).status())
			.as("a file is found only under its own section").isEqualTo(404);

		ApiClient.Response disguised = api.as("liaison-sfj").upload(path, "材料.pdf", PROGRAM);
		assertThat(disguised.status()).isEqualTo(415);
		assertThat(disguised.json().get("detail").asText()).contains("材料.pdf", "改扩展名不起作用");
		assertThat(api.as("liaison-sfj").upload(path, "报告.docx", "只是文字".getBytes(StandardCharsets.UTF_8)).status())
			.isEqualTo(415);
		assertThat(api.as("liaison-sfj").upload(path, "空.pdf", new byte[0]).status()).isEqualTo(400);
		assertThat(names(api.as("liaison-sfj").get(path).json())).hasSize(4);

		steps.saveSection(campaign, "sfj", Steps.section("sfj", "成效明显", 0));
		steps.submit(campaign, "sfj");
		assertThat(names(api.as("reviewer").get(path).json())).as("the overseers read it once submitted").hasSize(4);
		ApiClient.Response late = api.as("liaison-sfj").upload(path, "补充.pdf", PDF);
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.json().get("detail").asText()).contains("只能在撰写或修改时增删");
		assertThat(api.as("liaison-sfj").delete(path + "/" + pdf.get("id").asLong()).status()).isEqualTo(409);
	}

	@Test
	void aSectionKeepsABoundedNumberOfFilesAndALiaisonRemovesOnesNoLongerNeeded() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("限额"), "jyj");
		String path = "/api/campaigns/" + campaign + "/sections/jyj/attachments";
		long first = 0;
		for (int i = 1; i <= 30; i++) {
			long id = uploaded("liaison-jyj", path, "第" + i + "份.pdf", PDF).get("id").asLong();
			first = first == 0 ? id : first;
		}
		ApiClient.Response full = api.as("liaison-jyj").upload(path, "第31份.pdf", PDF);
		assertThat(full.status()).isEqualTo(413);
		assertThat(full.json().get("detail").asText()).contains("已有 30 个", "最多 30 个");

		assertThat(api.as("liaison-jyj").delete(path + "/" + first).status()).isEqualTo(204);
		assertThat(api.as("liaison-jyj").get(path + "/" + first, MediaType.ALL).status()).isEqualTo(404);
		assertThat(uploaded("liaison-jyj", path, "第31份.pdf", PDF).get("name").asText()).isEqualTo("第31份.pdf");
	}

	@Test
	void theLiaisonUploadsAndRemovesEvidenceOnTheSectionPage() throws Exception {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("材料页"), "sfj");
		Path file = Files.createTempDirectory("evidence").resolve("执法检查记录.pdf");
		Files.write(file, PDF);
		Path disguised = file.resolveSibling("照片.png");
		Files.write(disguised, PROGRAM);
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn("liaison-sfj", ApiClient.PASSWORD, wait);
		browser.get(base() + "/campaigns/" + campaign + "/sections/sfj");

		browser.findElement(By.id("attachment-file")).sendKeys(file.toString());
		browser.findElement(By.cssSelector("form.upload button")).click();
		WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#attachments .notice.success")));
		assertThat(done.getText()).contains("已上传“执法检查记录.pdf”", "不公开");
		WebElement row = browser.findElement(By.cssSelector("table.attachments tbody tr"));
		assertThat(row.getText()).contains("执法检查记录.pdf", "PDF", "司法局联络员");
		assertThat(row.findElement(By.linkText("执法检查记录.pdf")).getAttribute("href"))
			.contains("/api/campaigns/" + campaign + "/sections/sfj/attachments/");
		Chromium.screenshot(browser, "section-attachments");

		browser.findElement(By.id("attachment-file")).sendKeys(disguised.toString());
		browser.findElement(By.cssSelector("form.upload button")).click();
		WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.error")));
		assertThat(refused.getText()).contains("“照片.png”不是可以上传的格式");
		assertThat(browser.findElements(By.cssSelector("table.attachments tbody tr"))).hasSize(1);

		browser.findElement(By.cssSelector("table.attachments button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#attachments .notice.success"),
				"已删除“执法检查记录.pdf”"));
		assertThat(browser.findElements(By.cssSelector("table.attachments"))).isEmpty();
	}

	private JsonNode uploaded(String user, String path, String name, byte[] content) {
		ApiClient.Response answer = api.as(user).upload(path, name, content);
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		assertThat(answer.header("Location")).endsWith("/attachments/" + answer.json().get("id").asLong());
		return answer.json();
	}

	private static List<String> names(JsonNode list) {
		return StreamSupport.stream(list.spliterator(), false).map(a -> a.get("name").asText()).toList();
	}

	private static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	/** An OFD package as GB/T 33190 lays it out: a ZIP with OFD.xml at its root. */
	private static byte[] ofd() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("OFD.xml"));
			zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\"/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
