package cn.fazhi.annualreport.outline;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.fazhi.annualreport.outline.TextNotation.Table;
import cn.fazhi.annualreport.outline.TextNotation.Text;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored text keeps a paragraph's bold lead-in and tables of figures, and reads as plain words elsewhere. */
class TextNotationTests {

	@Test
	void tellsLeadInsParagraphsAndTablesApart() {
		String stored = """
				**一是强化组织领导。**全年召开专题会议4次。
				二是完善制度。

				| 指标 | 2025年 | 2026年 |
				| 行政复议案件 | 12 | 15
				| 行政诉讼案件 | 3 |
				其余说明。""";

		assertThat(TextNotation.blocks(stored)).containsExactly(new Text("一是强化组织领导。", "全年召开专题会议4次。"),
				new Text("", "二是完善制度。"),
				new Table(List.of(List.of("指标", "2025年", "2026年"))), new Text("", "| 行政复议案件 | 12 | 15"),
				new Table(List.of(List.of("行政诉讼案件", "3"))), new Text("", "其余说明。"));
	}

	@Test
	void padsShortRowsToTheWidestAndReadsPlainWords() {
		String stored = "**一是**加强。\n| 指标 | 数 |\n| 案件 |\n段落中的**加粗**不是引领句。";

		assertThat(TextNotation.blocks(stored).get(1))
			.isEqualTo(new Table(List.of(List.of("指标", "数"), List.of("案件", ""))));
		assertThat(TextNotation.plain(stored)).isEqualTo("一是加强。\n指标\t数\n案件\t\n段落中的**加粗**不是引领句。");
	}

	@Test
	void aLeadInNeedsWordsAndItsClosingMarks() {
		assertThat(TextNotation.paragraph("****空的。")).isEqualTo(new Text("", "****空的。"));
		assertThat(TextNotation.paragraph("**未闭合的引领句。")).isEqualTo(new Text("", "**未闭合的引领句。"));
	}

}
