package cn.fazhi.annualreport.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word files whose headings are numbered by Word itself (一、 （一） 1. from a list style, not typed): the numbers are
 * not in the text, so the importer counts them as Word shows them.
 */
class WordNumberingImportTests {

	@Test
	void readsHeadingsNumberedByWordsAutomaticNumbering() throws IOException {
		try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			BigInteger list = headingList(word);
			word.createParagraph().createRun().setText("某局2026年法治政府建设情况报告");
			numbered(word, list, 0, "主要举措和成效");
			numbered(word, list, 1, "规范行政执法");
			numbered(word, list, 2, "推行执法公示。全年公示执法信息300条。");
			numbered(word, list, 2, "开展案卷评查。评查案卷80卷。");
			numbered(word, list, 1, "化解行政争议");
			numbered(word, list, 2, "办理行政复议。审结案件40件。");
			numbered(word, list, 0, "存在的不足和原因");
			word.createParagraph().createRun().setText("执法力量不足。");
			numbered(word, list, 0, "下一年度工作安排");
			word.createParagraph().createRun().setText("继续推进严格规范公正文明执法。");
			word.write(out);

			ReportOutline outline = new ReportImporter().read("numbered.docx", out.toByteArray());

			assertThat(outline.parts()).extracting(ReportOutline.Part::part)
				.containsExactly(PartType.ACHIEVEMENTS, PartType.SHORTCOMINGS, PartType.NEXT_YEAR);
			ReportOutline.Part achievements = outline.parts().get(0);
			assertThat(achievements.items()).extracting(ReportOutline.Item::heading)
				.containsExactly("规范行政执法", "化解行政争议");
			// the third level restarts under each second-level heading, as Word numbers it
			assertThat(achievements.items().get(0).items()).extracting(ReportOutline.Item::heading, ReportOutline.Item::text)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("推行执法公示", "全年公示执法信息300条。"),
						org.assertj.core.groups.Tuple.tuple("开展案卷评查", "评查案卷80卷。"));
			assertThat(achievements.items().get(1).items()).hasSize(1);
			assertThat(outline.parts().get(1).text()).isEqualTo("执法力量不足。");
		}
	}

	/** 一、 / （一） / 1. as a multi-level list, the way a government template defines its heading numbering. */
	private static BigInteger headingList(XWPFDocument word) {
		CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
		definition.setAbstractNumId(BigInteger.ONE);
		level(definition, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
		level(definition, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
		level(definition, 2, STNumberFormat.DECIMAL, "%3.");
		XWPFNumbering numbering = word.createNumbering();
		return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
	}

	private static void level(CTAbstractNum definition, int level, STNumberFormat.Enum format, String text) {
		CTLvl lvl = definition.addNewLvl();
		lvl.setIlvl(BigInteger.valueOf(level));
		lvl.addNewStart().setVal(BigInteger.ONE);
		lvl.addNewNumFmt().setVal(format);
		lvl.addNewLvlText().setVal(text);
	}

	private static void numbered(XWPFDocument word, BigInteger list, int level, String text) {
		XWPFParagraph paragraph = word.createParagraph();
		paragraph.setNumID(list);
		paragraph.setNumILvl(BigInteger.valueOf(level));
		paragraph.createRun().setText(text);
	}

}
