package cn.fazhi.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import cn.fazhi.annualreport.testing.ApiClient.Response;
import cn.fazhi.annualreport.testing.BrowserSession;
import cn.fazhi.annualreport.testing.H2IntegrationTest;
import cn.fazhi.annualreport.testing.RunningProduct;
import cn.fazhi.annualreport.testing.Steps;

/**
 * The report as Word (GB/T 9704), PDF and HTML: the layout the standard asks for, a PDF that carries its Chinese font,
 * and a Word file that imports back to the report's outline. The first two PDF pages are saved as images under
 * {@code target/exports/} to look at.
 */
@H2IntegrationTest
class ExportIntegrationTests extends RunningProduct {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate database;

	long campaign;

	JsonNode report;

	@BeforeEach
	void compileAReport() {
		campaign = steps.openCampaign(Steps.uniqueOrganization("导出"), "sfj", "scjgj", "sthjj");
		for (String department : List.of("sfj", "scjgj", "sthjj")) {
			steps.approveSection(campaign, department);
		}
		steps.awaitStage(campaign, "EDITING");
		report = api.as("editor").get("/api/campaigns/" + campaign + "/report").json();
	}

	@Test
	void writesWordTheWayGbT9704LaysOutAnOfficialDocumentAndItImportsBack() throws IOException {
		Response docx = api.as("editor").get("/api/campaigns/" + campaign + "/report.docx",
				org.springframework.http.MediaType.ALL);

		assertThat(docx.status()).isEqualTo(200);
		assertThat(docx.header("Content-Disposition")).startsWith("attachment").contains("filename*=UTF-8''");
		byte[] content = docx.bodyBytes();
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(content))) {
			CTSectPr page = word.getDocument().getBody().getSectPr();
			// A4 with 天头 37 mm, 订口 28 mm and a 156 × 225 mm 版心 of 22 lines
			assertThat(twips(page.getPgSz().getW())).isEqualTo(11906);
			assertThat(twips(page.getPgSz().getH())).isEqualTo(16838);
			assertThat(twips(page.getPgMar().getTop())).isEqualTo(2098);
			assertThat(twips(page.getPgMar().getLeft())).isEqualTo(1587);
			assertThat(11906 - twips(page.getPgMar().getLeft()) - twips(page.getPgMar().getRight())).isBetween(8843, 8845);
			assertThat(16838 - twips(page.getPgMar().getTop()) - twips(page.getPgMar().getBottom())).isBetween(12755, 12757);
			assertThat(page.getDocGrid().getLinePitch().intValue() * 22).isBetween(12738, 12760);
			XWPFParagraph title = word.getParagraphs().get(0);
			assertThat(title.getText()).isEqualTo(report.get("title").asText());
			assertThat(title.getRuns().get(0).getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia))
				.isEqualTo("方正小标宋简体");
			assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
			assertThat(fontOf(word, "一、")).isEqualTo("黑体");
			assertThat(fontOf(word, "（一）")).isEqualTo("楷体_GB2312");
			assertThat(fontOf(word, report.get("opening").asText())).isEqualTo("仿宋_GB2312");
			// page numbers "— 1 —", odd pages on the right and even ones on the left
			assertThat(word.getEvenAndOddHeadings()).isTrue();
			assertThat(word.getFooterList()).hasSize(2)
				.allSatisfy(footer -> assertThat(footer._getHdrFtr().xmlText()).contains("PAGE").contains("— "));
			List<XWPFParagraph> paragraphs = word.getParagraphs();
			assertThat(paragraphs.get(paragraphs.size() - 1).getText()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日");
		}

		JsonNode imported = api.as("editor").upload("/api/import", "report.docx", content).json();
		assertThat(imported.get("title").asText()).isEqualTo(report.get("title").asText());
		assertThat(imported.get("opening").asText()).isEqualTo(report.get("opening").asText());
		assertThat(outline(imported.get("parts"))).isEqualTo(outline(report.get("parts")));
	}

	@Test
	void datesTheSignedReportWithTheDayTheLeaderSignedIt() throws IOException {
		String path = "/api/campaigns/" + campaign + "/report";
		assertThat(api.as("editor").post(path + "/edit-complete", null).status()).isEqualTo(200);
		assertThat(api.as("leader").post(path + "/sign", java.util.Map.of("decision", "SIGN")).status()).isEqualTo(200);
		// signed on an earlier day than the export is made
		database.update("update report set signed_at = ? where campaign_id = ?",
				java.sql.Timestamp.from(java.time.Instant.parse("2027-03-19T17:00:00Z")), campaign);

		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(
				api.as("editor").get(path + ".docx", org.springframework.http.MediaType.ALL).bodyBytes()))) {
			List<XWPFParagraph> paragraphs = word.getParagraphs();
			// 2027-03-20 01:00 in Beijing
			assertThat(paragraphs.get(paragraphs.size() - 1).getText()).isEqualTo("2027年3月20日");
		}
		assertThat(api.as("editor").get(path).json().get("signedAt").asText()).startsWith("2027-03-19T17:00");
	}

	@Test
	void writesAPdfThatCarriesItsChineseFontOnA4Pages() throws IOException {
		Response pdf = api.as("leader").get("/api/campaigns/" + campaign + "/report.pdf",
				org.springframework.http.MediaType.ALL);

		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType().toString()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.bodyBytes())) {
			PDPage first = document.getPage(0);
			assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
			assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
			List<PDFont> fonts = new ArrayList<>();
			for (org.apache.pdfbox.cos.COSName name : first.getResources().getFontNames()) {
				fonts.add(first.getResources().getFont(name));
			}
			assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
			String text = new PDFTextStripper().getText(document);
			assertThat(text.replaceAll("\\s", "")).contains(report.get("title").asText().replaceAll("\\s", ""),
					"一、", "（一）", "—1—");
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", "")).contains("—2—");
			for (int number = 0; number < 2; number++) {
				BufferedImage page = new PDFRenderer(document).renderImageWithDPI(number, 60);
				Path image = Path.of("target", "exports", "report-page-" + (number + 1) + ".png");
				Files.createDirectories(image.getParent());
				ImageIO.write(page, "png", image.toFile());
			}
		}

		Response html = api.as("reviewer").get("/api/campaigns/" + campaign + "/report.html",
				org.springframework.http.MediaType.ALL);
		assertThat(html.status()).isEqualTo(200);
		assertThat(html.body()).contains("<h1>" + report.get("title").asText() + "</h1>", "仿宋_GB2312");
		assertThat(api.as("liaison-sfj").get("/api/campaigns/" + campaign + "/report.pdf").status()).isEqualTo(403);

		// the editors' page offers the files and the comparison with the previous revision
		BrowserSession editor = BrowserSession.login(port, "editor");
		assertThat(editor.get("/campaigns/" + campaign + "/report").body())
			.contains("/api/campaigns/" + campaign + "/report.docx", "/api/campaigns/" + campaign + "/report.pdf");
		assertThat(editor.get("/campaigns/" + campaign + "/report/changes?from=1&to=1").body()).contains("两版内容相同");
	}

	@Test
	void exportsAReportStoredWithControlCharactersBeforeInputWasCleaned() throws IOException {
		// U+0001, U+0008 and U+000B pasted from Word, in a revision saved before text was cleaned where it enters
		int altered = database.update("update report_revision set document = replace(document, ?, ?) "
				+ "where report_id = (select id from report where campaign_id = ?)", "成效明显",
				"成效\\u0001明\\u0008显\\u000B", campaign);
		assertThat(altered).isPositive();
		String report = "/api/campaigns/" + campaign + "/report";
		assertThat(api.as("editor").get(report).body()).contains("成效\\u0001明\\b显\\u000B");

		Response pdf = api.as("editor").get(report + ".pdf", org.springframework.http.MediaType.ALL);
		Response docx = api.as("editor").get(report + ".docx", org.springframework.http.MediaType.ALL);
		Response html = api.as("editor").get(report + ".html", org.springframework.http.MediaType.ALL);

		assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.bodyBytes())) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", "")).contains("成效明显");
		}
		assertThat(docx.status()).as(docx.body()).isEqualTo(200);
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.bodyBytes()))) {
			assertThat(word.getParagraphs()).extracting(XWPFParagraph::getText)
				.anySatisfy(text -> assertThat(text).contains("成效明显"))
				.noneSatisfy(text -> assertThat(text).containsAnyOf("\u0001", "\u0008", "\u000B"));
		}
		assertThat(html.status()).as(html.body()).isEqualTo(200);
		assertThat(html.body()).contains("成效明显").doesNotContain("\u0001", "\u0008", "\u000B");
	}

	/** Part types, headings and the tree of item headings: what a reader sees as the report's structure. */
	private static List<String> outline(JsonNode parts) {
		List<String> outline = new ArrayList<>();
		for (JsonNode part : parts) {
			outline.add(part.get("part").asText() + " " + part.get("heading").asText());
			items(part.get("items"), "  ", outline);
		}
		return outline;
	}

	private static void items(JsonNode items, String indent, List<String> outline) {
		for (JsonNode item : items) {
			if (!item.get("heading").asText().isEmpty()) {
				outline.add(indent + item.get("heading").asText());
				items(item.get("items"), indent + "  ", outline);
			}
		}
	}

	private static String fontOf(XWPFDocument word, String start) {
		return word.getParagraphs()
			.stream()
			.filter(p -> p.getText().startsWith(start))
			.findFirst()
			.orElseThrow()
			.getRuns()
			.get(0)
			.getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia);
	}

	private static int twips(Object value) {
		return new BigInteger(value.toString()).intValue();
	}

	static {
		// keep the JDK from looking for a display when the page image is rendered
		System.setProperty("java.awt.headless", "true");
	}

}
