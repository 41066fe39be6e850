package cn.fazhi.annualreport.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.fazhi.annualreport.outline.ChineseNumbers;
import cn.fazhi.annualreport.outline.PartType;
import cn.fazhi.annualreport.report.ReportDocument.Item;
import cn.fazhi.annualreport.report.ReportDocument.Part;
import cn.fazhi.annualreport.report.ReportLayout.Kind;
import cn.fazhi.annualreport.report.ReportLayout.Paragraph;

import static org.assertj.core.api.Assertions.assertThat;

/** Headings are numbered 一、（一）1.（1） when the report is laid out, never stored. */
class ReportLayoutTests {

	@Test
	void writesNumbersInChinese() {
		assertThat(List.of(1, 9, 10, 11, 20, 22, 99)).extracting(ChineseNumbers::of)
			.containsExactly("一", "九", "十", "十一", "二十", "二十二", "九十九");
	}

	@Test
	void numbersPartsTopicsItemsAndSubItems() {
		ReportDocument document = new ReportDocument("标题", "导语。",
				List.of(new Part(PartType.ACHIEVEMENTS, "主要举措和成效", "",
						List.of(new Item("健全政府机构职能体系", "", "functions", null,
								List.of(new Item("深化改革", "取消审批事项。\n下放事权。", "functions", "sfj",
										List.of(new Item("分项", "细节。", null, null, List.of()))),
										new Item("优化服务。", "一网通办。", "functions", "scjgj", List.of()))),
								new Item("健全行政执法工作体系", "", "enforcement", null,
										List.of(new Item("规范执法", "三项制度。", "enforcement", "sfj", List.of()))))),
						new Part(PartType.SHORTCOMINGS, "存在的不足和原因", "",
								List.of(new Item("", "宣传不够。", null, "sfj", List.of())))));

		List<Paragraph> paragraphs = ReportLayout.paragraphs(document);

		assertThat(paragraphs).extracting(p -> p.number() + p.heading() + p.text())
			.containsExactly("导语。", "一、主要举措和成效", "（一）健全政府机构职能体系", "1.深化改革。取消审批事项。", "下放事权。",
					"（1）分项。细节。", "2.优化服务。一网通办。", "（二）健全行政执法工作体系", "1.规范执法。三项制度。", "二、存在的不足和原因",
					"宣传不够。");
		assertThat(paragraphs).extracting(Paragraph::kind)
			.startsWith(Kind.TEXT, Kind.PART_HEADING, Kind.SECTION_HEADING, Kind.NUMBERED, Kind.TEXT);
	}

	@Test
	void skipsAPartWithoutHeadingOrContent() {
		ReportDocument document = new ReportDocument("标题", "",
				List.of(new Part(PartType.OTHER, "", "", List.of()), new Part(PartType.NEXT_YEAR, "明年安排", "继续。", null)));

		assertThat(ReportLayout.paragraphs(document)).extracting(p -> p.number() + p.heading() + p.text())
			.containsExactly("一、明年安排", "继续。");
	}

	@Test
	void printsLeadInsInBoldAndTablesAsTables() {
		ReportDocument document = new ReportDocument("标题", "",
				List.of(new Part(PartType.ACHIEVEMENTS, "主要举措和成效", "**一是强化领导。**召开会议。\n| 指标 | 数量 |\n| 案件 | 12 |",
						List.of(new Item("健全政府机构职能体系", "", "functions", null, List.of(new Item("深化改革",
								"**一是**首段不另加粗。\n**二是**加粗。", "functions", "sfj", List.of())))))));

		List<Paragraph> paragraphs = ReportLayout.paragraphs(document);

		assertThat(paragraphs).extracting(Paragraph::kind)
			.containsExactly(Kind.PART_HEADING, Kind.TEXT, Kind.TABLE, Kind.SECTION_HEADING, Kind.NUMBERED, Kind.TEXT);
		assertThat(paragraphs.get(1)).extracting(Paragraph::heading, Paragraph::text).containsExactly("一是强化领导。", "召开会议。");
		assertThat(paragraphs.get(2).rows()).containsExactly(List.of("指标", "数量"), List.of("案件", "12"));
		assertThat(paragraphs.get(4).line()).isEqualTo("1.深化改革。一是首段不另加粗。");
		assertThat(paragraphs.get(5)).extracting(Paragraph::heading, Paragraph::text).containsExactly("二是", "加粗。");
		assertThat(ReportLayout.canonicalText(document)).doesNotContain("**", "|");
	}

}
