package cn.fazhi.annualreport.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * An imported file's text enters the product cleaned, as typed text does: what a file pasted together from Word or
 * another system carries besides the words does not reach the section.
 */
class ImportedTextCleaningTests {

	final ReportImporter importer = new ReportImporter();

	@Test
	void dropsControlCharactersAndKeepsTheLinesOfATextFile() {
		// a real report is long; a short file this full of control characters would be taken for a binary one
		String text = "某局2026年法治政府建设情况报告\r\n" + "一、主要举措和成效\r\n"
				+ "（一）规范行政执法\r\n" + "全年公示\u0001执法信息\u0008300条，评查\u001F案卷80卷。\u0000\r\n"
				+ "（二）化解行政争议\r\n" + "全年审结行政复议案件40件，调解和解率明显提高。".repeat(40) + "\r\n"
				+ "二、存在的不足和原因\u2028执法力量\u007F不足\u009F。\r\n" + "三、下一年度工作安排\r\n" + "继续推进\u001B严格规范执法。\r\n";
		byte[] file = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);

		ReportOutline outline = importer.read("report.txt", file);

		assertThat(outline.title()).isEqualTo("某局2026年法治政府建设情况报告");
		assertThat(outline.parts()).extracting(ReportOutline.Part::part)
			.containsExactly(PartType.ACHIEVEMENTS, PartType.SHORTCOMINGS, PartType.NEXT_YEAR);
		assertThat(outline.parts().get(0).items().get(0).text()).isEqualTo("全年公示执法信息300条，评查案卷80卷。");
		// U+2028 is a line break like any other (as are U+000B and U+0085 in a text file): heading and text are two lines
		assertThat(outline.parts().get(1).text()).isEqualTo("执法力量不足。");
		assertThat(outline.parts().get(2).text()).isEqualTo("继续推进严格规范执法。");
	}

	@Test
	void dropsTheInvisibleCharactersOfAWordFile() throws IOException {
		try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String paragraph : new String[] { "\uFEFF某局2026年法治政府建设情况报告", "一、主要举措和成效",
					"全年办结\u0085复议案件\uFEFF40件。", "二、存在的不足和原因", "执法力量不足。", "三、下一年度工作安排", "继续推进。" }) {
				word.createParagraph().createRun().setText(paragraph);
			}
			word.write(out);

			ReportOutline outline = importer.read("report.docx", out.toByteArray());

			assertThat(outline.title()).isEqualTo("某局2026年法治政府建设情况报告");
			assertThat(outline.parts().get(0).text()).isEqualTo("全年办结复议案件40件。");
		}
	}

}
