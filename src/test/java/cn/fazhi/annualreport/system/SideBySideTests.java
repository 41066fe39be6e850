package cn.fazhi.annualreport.system;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.fazhi.annualreport.system.SideBySide.Comparison;
import cn.fazhi.annualreport.system.SideBySide.Kind;
import cn.fazhi.annualreport.system.SideBySide.Row;
import cn.fazhi.annualreport.system.SideBySide.Segment;
import cn.fazhi.annualreport.system.SideBySide.Unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SideBySideTests {

	@Nested
	class Words {

		@Test
		void readsLatinRunsAndNumbersAsOneWordAndEachChineseCharacterAndMarkAsOne() {
			assertThat(SideBySide.tokens("2026年办结120件，纠错率5.5%，共1,234人（OFD格式）  ok"))
				.containsExactly("2026", "年", "办", "结", "120", "件", "，", "纠", "错", "率", "5.5", "%", "，", "共",
						"1,234", "人", "（", "OFD", "格", "式", "）", "  ", "ok");
		}

		@Test
		void marksOnlyTheChangedNumberInsideAParagraph() {
			List<Segment> segments = SideBySide.Inline.of("全年办结行政复议案件120件，纠错5件。",
					"全年办结行政复议案件126件，纠错5件。").segments;

			assertThat(segments).containsExactly(new Segment(Kind.SAME, "全年办结行政复议案件"),
					new Segment(Kind.REMOVED, "120"), new Segment(Kind.ADDED, "126"),
					new Segment(Kind.SAME, "件，纠错5件。"));
		}

		@Test
		void joinsChangesAWordApartIntoOneRemovalAndOneInsertion() {
			// 的 and 了 alone stay in common; the phrase reads as rewritten, not as a jumble of single characters
			List<Segment> segments = SideBySide.coalesce(List.of(new Segment(Kind.SAME, "我们"),
					new Segment(Kind.REMOVED, "推进"), new Segment(Kind.ADDED, "深化"), new Segment(Kind.SAME, "了"),
					new Segment(Kind.REMOVED, "执法"), new Segment(Kind.ADDED, "综合"), new Segment(Kind.SAME, "的"),
					new Segment(Kind.REMOVED, "规范化"), new Segment(Kind.ADDED, "改革"),
					new Segment(Kind.SAME, "工作。")));

			assertThat(segments).containsExactly(new Segment(Kind.SAME, "我们"),
					new Segment(Kind.REMOVED, "推进了执法的规范化"), new Segment(Kind.ADDED, "深化了综合的改革"),
					new Segment(Kind.SAME, "工作。"));
		}

		@Test
		void showsARewrittenSentenceAsOneRemovalAndOneInsertion() {
			List<Segment> segments = SideBySide.Inline.of(
					"全面推行行政执法三项制度。组织执法人员培训3次，覆盖全部执法单位。全年未发生败诉案件。",
					"全面推行行政执法三项制度。依托平台对执法案卷开展网上评查，发现问题及时整改。全年未发生败诉案件。").segments;

			assertThat(segments).containsExactly(new Segment(Kind.SAME, "全面推行行政执法三项制度。"),
					new Segment(Kind.REMOVED, "组织执法人员培训3次，覆盖全部执法单位。"),
					new Segment(Kind.ADDED, "依托平台对执法案卷开展网上评查，发现问题及时整改。"),
					new Segment(Kind.SAME, "全年未发生败诉案件。"));
		}

		@Test
		void showsAParagraphChangedMoreThanHalfAsWhollyReplaced() {
			SideBySide.Inline inline = SideBySide.Inline.of("法治宣传的针对性不强。", "执法人员的专业素质有待提高，培训不足。");

			assertThat(inline.replaced).isTrue();
			assertThat(inline.segments).containsExactly(new Segment(Kind.REMOVED, "法治宣传的针对性不强。"),
					new Segment(Kind.ADDED, "执法人员的专业素质有待提高，培训不足。"));
		}

	}

	@Nested
	class Items {

		@Test
		void namesEveryRowByItsHeadingsAndAMovedItemAsMoved() {
			List<Unit> before = section(List.of(item("深化放管服改革", "精简审批事项20项。"),
					item("规范执法行为", "落实行政执法三项制度。"), item("加强法治宣传", "开展宣传活动12场。")),
					"宣传针对性不强。");
			List<Unit> after = section(List.of(item("加强法治宣传教育", "开展宣传活动12场。"),
					item("深化放管服改革", "精简审批事项20项。"), item("规范执法行为", "落实行政执法三项制度。")),
					"宣传针对性不强。");

			Comparison comparison = SideBySide.compare(1, 2, before, after);

			assertThat(comparison.rows()).first().satisfies(row -> {
				assertThat(row.kind()).isEqualTo(Kind.MOVED);
				assertThat(row.place()).isEqualTo("主要举措和成效 › 第 1 项 “加强法治宣传教育”");
				assertThat(row.note()).isEqualTo("由第 3 项移至第 1 项");
				assertThat(row.before()).isEqualTo("加强法治宣传");
				assertThat(row.segments()).contains(new Segment(Kind.ADDED, "教育"));
			});
			// the others did not move: something came before them
			assertThat(comparison.rows()).filteredOn(Row::heading)
				.extracting(Row::kind)
				.containsExactly(Kind.MOVED, Kind.SAME, Kind.SAME);
			assertThat(comparison.rows()).extracting(Row::place).doesNotContainNull()
				.noneMatch(place -> place.matches(".*第 \\d+ 段.*"));
			assertThat(comparison.summary().text()).isEqualTo("移动 1 项");
		}

		@Test
		void matchesItemsByTitleNotByPositionAndCountsWhatChanged() {
			List<Unit> before = section(List.of(item("深化放管服改革", "精简审批事项20项。"),
					item("规范执法行为", "落实行政执法三项制度。\n开展案卷评查。"), item("推进政务公开", "主动公开信息300条。")),
					"宣传针对性不强。\n培训不足。");
			List<Unit> after = section(List.of(item("建设法治政府示范点", "创建示范点3个。"),
					item("深化放管服改革", "精简审批事项25项。"), item("规范执法行为", "落实行政执法三项制度。\n开展案卷评查。\n公示执法信息。")),
					"宣传针对性不强。");

			Comparison comparison = SideBySide.compare(1, 2, before, after);

			assertThat(comparison.rows()).extracting(Row::place, Row::kind, Row::before, Row::after).containsExactly(
					tuple("主要举措和成效 › 第 1 项 “建设法治政府示范点”", Kind.ADDED, null, "建设法治政府示范点"),
					tuple("主要举措和成效 › 第 1 项 “建设法治政府示范点”", Kind.ADDED, null, "创建示范点3个。"),
					tuple("主要举措和成效 › 第 2 项 “深化放管服改革”", Kind.SAME, "深化放管服改革", "深化放管服改革"),
					tuple("主要举措和成效 › 第 2 项 “深化放管服改革”", Kind.CHANGED, "精简审批事项20项。", "精简审批事项25项。"),
					tuple("主要举措和成效 › 第 3 项 “规范执法行为”", Kind.SAME, "规范执法行为", "规范执法行为"),
					tuple("主要举措和成效 › 第 3 项 “规范执法行为”", Kind.SAME, "落实行政执法三项制度。", "落实行政执法三项制度。"),
					tuple("主要举措和成效 › 第 3 项 “规范执法行为”", Kind.SAME, "开展案卷评查。", "开展案卷评查。"),
					tuple("主要举措和成效 › 第 3 项 “规范执法行为”", Kind.ADDED, null, "公示执法信息。"),
					tuple("主要举措和成效 › 第 3 项 “推进政务公开”", Kind.REMOVED, "推进政务公开", null),
					tuple("主要举措和成效 › 第 3 项 “推进政务公开”", Kind.REMOVED, "主动公开信息300条。", null),
					tuple("存在的不足和原因", Kind.SAME, "宣传针对性不强。", "宣传针对性不强。"),
					tuple("存在的不足和原因", Kind.REMOVED, "培训不足。", null));
			assertThat(comparison.summary().text()).isEqualTo("新增 1 项、新增 1 段、修改 1 段、删除 1 项、删除 1 段");
		}

		@Test
		void showsAnItemPutUnderAnotherTopicAsMovedThere() {
			List<Unit> before = List.of(Unit.part("ACHIEVEMENTS", "主要举措和成效", "一、主要举措和成效", List.of(),
					List.of(topic("functions", "（一）依法全面履行政府职能", report("深化综合执法改革", "组建综合执法队伍。"),
							report("优化营商环境", "推行证明事项告知承诺制。")),
							topic("enforcement", "（二）严格规范公正文明执法", report("规范执法行为", "落实三项制度。")))));
			List<Unit> after = List.of(Unit.part("ACHIEVEMENTS", "主要举措和成效", "一、主要举措和成效", List.of(),
					List.of(topic("functions", "（一）依法全面履行政府职能", report("优化营商环境", "推行证明事项告知承诺制。")),
							topic("enforcement", "（二）严格规范公正文明执法", report("规范执法行为", "落实三项制度。"),
									report("深化综合执法改革", "组建综合执法队伍。")))));

			Comparison comparison = SideBySide.compare(3, 4, before, after);

			assertThat(comparison.rows()).filteredOn(row -> row.kind() == Kind.MOVED).singleElement().satisfies(row -> {
				assertThat(row.place()).isEqualTo("一、主要举措和成效 › （二）严格规范公正文明执法 › 2. 深化综合执法改革");
				assertThat(row.note()).isEqualTo("由“一、主要举措和成效 › （一）依法全面履行政府职能”移至“一、主要举措和成效 › （二）严格规范公正文明执法”");
			});
			assertThat(comparison.summary().text()).isEqualTo("移动 1 项");
		}

		@Test
		void countsAParagraphRewrittenInPlaceAsChangedAndReplaced() {
			Comparison comparison = SideBySide.compare(1, 2, section(List.of(), "法治宣传的针对性不强。"),
					section(List.of(), "执法人员的专业素质有待提高，培训不足。"));

			assertThat(comparison.rows()).singleElement().satisfies(row -> {
				assertThat(row.place()).isEqualTo("存在的不足和原因");
				assertThat(row.kind()).isEqualTo(Kind.CHANGED);
				assertThat(row.replaced()).isTrue();
			});
			assertThat(comparison.summary().text()).isEqualTo("修改 1 段");
		}

		@Test
		void saysSoWhenTwoRevisionsReadTheSame() {
			List<Unit> same = section(List.of(item("深化放管服改革", "精简审批事项20项。")), "不足。");

			Comparison comparison = SideBySide.compare(2, 2, same, same);

			assertThat(comparison.hasChanges()).isFalse();
			assertThat(comparison.summary().text()).isEqualTo("两版内容相同");
			assertThat(comparison.rows()).extracting(Row::kind).containsOnly(Kind.SAME);
		}

		@Test
		void comparesWithTheEmptyRevisionZero() {
			Comparison comparison = SideBySide.compare(0, 1, section(List.of(), ""),
					section(List.of(item("深化放管服改革", "精简审批事项20项。")), "不足。"));

			assertThat(comparison.summary().text()).isEqualTo("新增 1 项、新增 1 段");
		}

	}

	private static List<Unit> section(List<Unit> items, String shortcomings) {
		List<Unit> numbered = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Unit item = items.get(i);
			numbered.add(Unit.item(item.heading(), null, "第 " + (i + 1) + " 项 “" + item.heading() + "”", i + 1,
					item.paragraphs(), List.of()));
		}
		return List.of(Unit.part("ACHIEVEMENTS", null, "主要举措和成效", List.of(), numbered),
				Unit.part("SHORTCOMINGS", null, "存在的不足和原因", lines(shortcomings), List.of()));
	}

	private static Unit item(String title, String text) {
		return Unit.item(title, null, title, 0, lines(text), List.of());
	}

	private static Unit topic(String area, String label, Unit... items) {
		List<Unit> numbered = new ArrayList<>();
		for (int i = 0; i < items.length; i++) {
			numbered.add(Unit.item(items[i].heading(), "sfj", (i + 1) + ". " + items[i].heading(), i + 1,
					items[i].paragraphs(), List.of()));
		}
		return new Unit("area:" + area, label.substring(label.indexOf('）') + 1), null, label, 0, List.of(), numbered);
	}

	private static Unit report(String heading, String text) {
		return item(heading, text);
	}

	private static List<String> lines(String text) {
		return text.lines().filter(line -> !line.isBlank()).toList();
	}

}
