package cn.fazhi.annualreport.report;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.util.ReflectionTestUtils;

import cn.fazhi.annualreport.catalogue.Area;
import cn.fazhi.annualreport.catalogue.Metric;
import cn.fazhi.annualreport.outline.PartType;
import cn.fazhi.annualreport.report.ReportDocument.Item;
import cn.fazhi.annualreport.section.ApprovedSection;
import cn.fazhi.annualreport.section.SectionContent.AchievementItem;
import cn.fazhi.annualreport.section.SectionContent;

import static org.assertj.core.api.Assertions.assertThat;

/** Compiling groups achievements by topic, not by department, and collects the other parts in department order. */
class ReportCompilerTests {

	final ReportCompiler compiler = new ReportCompiler(messages());

	final List<Area> areas = List.of(area("functions", "健全政府机构职能体系，推动更好发挥政府作用", 1),
			area("rules", "健全依法行政制度体系", 2), area("enforcement", "健全行政执法工作体系", 4));

	@Test
	void groupsAchievementsUnderOneHeadingPerTopicInCatalogueOrder() {
		List<ApprovedSection> sections = List.of(
				section("sfj", List.of(item("enforcement", "司法局执法"), item("functions", "司法局职能"))),
				section("scjgj", List.of(item("enforcement", "市场监管执法"))));

		ReportDocument report = compiler.compile("示范区人民政府", 2026, areas, List.of(), sections, List.of());

		List<Item> topics = report.part(PartType.ACHIEVEMENTS).orElseThrow().items();
		assertThat(topics).extracting(Item::area).containsExactly("functions", "enforcement");
		assertThat(topics).extracting(Item::heading)
			.containsExactly("健全政府机构职能体系，推动更好发挥政府作用", "健全行政执法工作体系");
		assertThat(topics.get(1).items()).extracting(Item::heading, Item::department)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("司法局执法", "sfj"),
					org.assertj.core.groups.Tuple.tuple("市场监管执法", "scjgj"));
	}

	@Test
	void namesTheGovernmentAndYearAndOrdersTheStatutoryParts() {
		ReportDocument report = compiler.compile("示范区人民政府", 2026, areas, List.of(),
				List.of(section("sfj", List.of(item("rules", "制度")))), List.of());

		assertThat(report.title()).isEqualTo("示范区人民政府2026年法治政府建设年度报告");
		assertThat(report.opening()).startsWith("2026年，示范区人民政府").endsWith("报告如下。");
		assertThat(report.parts()).extracting(ReportDocument.Part::part)
			.containsExactly(PartType.ACHIEVEMENTS, PartType.SHORTCOMINGS, PartType.LEADERSHIP, PartType.NEXT_YEAR);
		assertThat(report.parts()).extracting(ReportDocument.Part::heading)
			.containsExactly("2026年推进法治政府建设的主要举措和成效", "存在的不足和原因",
					"党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况", "2027年推进法治政府建设的主要安排");
	}

	@Test
	void collectsTheOtherPartsPerDepartmentAndAddsPartFiveOnlyWhenSomeoneWroteIt() {
		ApprovedSection withOther = new ApprovedSection("scjgj", "市场监督管理局", 3, new SectionContent(
				List.of(item("rules", "制度")), "市场监管不足", "市场监管履职", "市场监管安排", "市场监管其他", Map.of()));

		ReportDocument report = compiler.compile("示范区人民政府", 2026, areas, List.of(),
				List.of(section("sfj", List.of(item("rules", "制度"))), withOther), List.of());

		assertThat(report.part(PartType.SHORTCOMINGS).orElseThrow().items()).extracting(Item::text, Item::department)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("sfj的不足", "sfj"),
					org.assertj.core.groups.Tuple.tuple("市场监管不足", "scjgj"));
		assertThat(report.part(PartType.OTHER).orElseThrow().items()).extracting(Item::text)
			.containsExactly("市场监管其他");
	}

	@Test
	void numbersTheShortcomingsOfTwoDepartmentsAsOneListWithoutRepeatedRuns() {
		List<ApprovedSection> sections = List.of(
				parts("sfj", "我局还存在以下不足：\n（一）学法制度落实不够。部分干部学法流于形式。\n（二）执法监督力度不足。案卷评查覆盖面小。"),
				parts("scjgj", "（一）执法人员力量不足\n基层所人少事多。\n（二）信息化水平不高。系统之间数据不通。"));

		ReportDocument report = compiler.compile("示范区人民政府", 2026, areas, List.of(), sections, List.of());

		List<Item> items = report.part(PartType.SHORTCOMINGS).orElseThrow().items();
		assertThat(items).extracting(Item::heading, Item::text, Item::department)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("", "我局还存在以下不足：", "sfj"),
					org.assertj.core.groups.Tuple.tuple("学法制度落实不够", "部分干部学法流于形式。", "sfj"),
					org.assertj.core.groups.Tuple.tuple("执法监督力度不足", "案卷评查覆盖面小。", "sfj"),
					org.assertj.core.groups.Tuple.tuple("执法人员力量不足", "基层所人少事多。", "scjgj"),
					org.assertj.core.groups.Tuple.tuple("信息化水平不高", "系统之间数据不通。", "scjgj"));
		assertThat(printed(report, PartType.SHORTCOMINGS)).containsExactly("我局还存在以下不足：",
				"（一）学法制度落实不够", "部分干部学法流于形式。", "（二）执法监督力度不足", "案卷评查覆盖面小。",
				"（三）执法人员力量不足", "基层所人少事多。", "（四）信息化水平不高", "系统之间数据不通。");
	}

	@Test
	void takesTheNumbersOffEveryNumberingDepartmentsUseAndKeepsSubListsUnderTheirItem() {
		List<ApprovedSection> sections = List.of(
				parts("sfj", "1.加强学法。每月集体学法。\n2、规范执法。\n（1）落实三项制度。\n（2）开展案卷评查。"),
				parts("scjgj", "一、深化改革。推进综合执法。"), parts("sthjj", "一是强化监管。二是推进普法。"),
				parts("rsj", "一是强化监管。\n二是推进普法。"), parts("jyj", "5名干部参加培训。"));

		List<Item> items = compiler.compile("示范区人民政府", 2026, areas, List.of(), sections, List.of())
			.part(PartType.NEXT_YEAR)
			.orElseThrow()
			.items();

		assertThat(items).extracting(Item::heading)
			.containsExactly("加强学法", "规范执法", "深化改革", "", "强化监管", "推进普法", "");
		assertThat(items.get(1).items()).extracting(Item::heading, Item::department)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("落实三项制度", "sfj"),
					org.assertj.core.groups.Tuple.tuple("开展案卷评查", "sfj"));
		// an inline 一是…二是… is one paragraph, and a sentence opening with a figure is no list
		assertThat(items.get(3).text()).isEqualTo("一是强化监管。二是推进普法。");
		assertThat(items.get(6).text()).isEqualTo("5名干部参加培训。");
	}

	/**
	 * The parts 二 to 四 of the real published reports, each given as one department's text: whatever numbering
	 * they use, the compiled part numbers its items in one run and no department's own number is left in the text.
	 */
	@Test
	void numbersTheRealReportsListsOnceWhenTwoDepartmentsWroteThem() throws java.io.IOException {
		java.nio.file.Path folder = java.nio.file.Path.of("..", "shared", "reports");
		org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(folder),
				"../shared/reports is absent: no real report to compile");
		List<String> texts = new java.util.ArrayList<>();
		try (var files = java.nio.file.Files.list(folder)) {
			for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				texts.addAll(middleParts(java.nio.file.Files.readAllLines(file)));
			}
		}
		assertThat(texts).hasSizeGreaterThanOrEqualTo(4);
		java.util.regex.Pattern leftover = java.util.regex.Pattern
			.compile("^([（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、])");
		for (int i = 0; i + 1 < texts.size(); i++) {
			ReportDocument report = compiler.compile("示范区人民政府", 2026, areas, List.of(),
					List.of(parts("sfj", texts.get(i)), parts("scjgj", texts.get(i + 1))), List.of());
			List<ReportLayout.Paragraph> paragraphs = ReportLayout.paragraphs(report);
			List<String> labels = paragraphs.stream()
				.filter(p -> p.kind() == ReportLayout.Kind.SECTION_HEADING)
				.map(ReportLayout.Paragraph::number)
				.toList();
			for (int n = 0; n < labels.size(); n++) {
				// the achievements' topics are numbered first; every part starts again at （一）
				assertThat(labels.get(n)).as("%s", labels)
					.isIn("（一）", n == 0 ? "（一）" : next(labels.get(n - 1)));
			}
			long shortcomingsItems = report.part(PartType.SHORTCOMINGS).orElseThrow().items().stream()
				.filter(item -> !item.heading().isEmpty())
				.count();
			assertThat(labels.stream().filter("（一）"::equals).count()).as("one run per part, not per department: %s", labels)
				.isLessThanOrEqualTo(shortcomingsItems > 0 ? 4 : 3);
			assertThat(paragraphs).allSatisfy(p -> assertThat(p.heading() + p.text()).doesNotContainPattern(leftover));
		}
	}

	private static String next(String label) {
		for (int n = 1; n < 99; n++) {
			if (label.equals(cn.fazhi.annualreport.outline.Headings.label(1, n))) {
				return cn.fazhi.annualreport.outline.Headings.label(1, n + 1);
			}
		}
		return label;
	}

	/** The text of each part of a published report after the first and before the last (no closing lines). */
	private static List<String> middleParts(List<String> lines) {
		List<Integer> starts = new java.util.ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).strip().matches("^[一二三四五六七八九十]、.*")) {
				starts.add(i);
			}
		}
		List<String> parts = new java.util.ArrayList<>();
		for (int p = 1; p + 1 < starts.size(); p++) {
			parts.add(String.join("\n", lines.subList(starts.get(p) + 1, starts.get(p + 1))));
		}
		return parts;
	}

	private static List<String> printed(ReportDocument report, PartType type) {
		ReportDocument one = new ReportDocument("", "", List.of(report.part(type).orElseThrow()));
		// the part's paragraphs under its 一、 heading
		return ReportLayout.paragraphs(one).stream().skip(1).map(ReportLayout.Paragraph::line).toList();
	}

	static ApprovedSection parts(String department, String text) {
		return new ApprovedSection(department, department, 1,
				new SectionContent(List.of(item("rules", "制度")), text, text, text, "", Map.of()));
	}

	@Test
	void sumsTheFiguresDerivesTheRatesAndComparesThemWithLastYear() {
		List<Metric> metrics = List.of(metric("litigation-cases", "行政诉讼应诉案件数", "件"),
				metric("litigation-lost", "行政诉讼败诉数", "件"), metric("litigation-head-appearances", "负责人出庭应诉数", "件"),
				metric("administrative-penalties", "行政处罚案件数", "件"));
		List<ApprovedSection> thisYear = List.of(
				figures("sfj", Map.of("litigation-cases", 30L, "litigation-lost", 2L, "litigation-head-appearances", 30L)),
				figures("scjgj", Map.of("litigation-cases", 10L, "litigation-lost", 0L, "litigation-head-appearances", 9L)),
				figures("gaj", Map.of()));
		List<ApprovedSection> lastYear = List.of(
				figures("sfj", Map.of("litigation-cases", 32L, "litigation-lost", 4L, "litigation-head-appearances", 32L)));

		ReportDocument report = compiler.compile("示范区人民政府", 2026, areas, metrics, thisYear, lastYear);

		assertThat(report.figures().totals()).extracting(ReportFigures.Total::code, ReportFigures.Total::value,
				ReportFigures.Total::previous)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("litigation-cases", 40L, 32L),
					org.assertj.core.groups.Tuple.tuple("litigation-lost", 2L, 4L),
					org.assertj.core.groups.Tuple.tuple("litigation-head-appearances", 39L, 32L));
		assertThat(report.figures().rates()).extracting(ReportFigures.Rate::code, r -> r.percent().toPlainString(),
				r -> r.change().toPlainString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("litigation-loss-rate", "5.0", "-7.5"),
					org.assertj.core.groups.Tuple.tuple("head-appearance-rate", "97.5", "-2.5"));
		assertThat(report.part(PartType.ACHIEVEMENTS).orElseThrow().text()).isEqualTo("全年主要数据：行政诉讼应诉案件数40件，同比上升25.0%；"
				+ "行政诉讼败诉数2件，同比下降50.0%；负责人出庭应诉数39件，同比上升21.9%；行政诉讼败诉率5.0%，同比下降7.5个百分点；"
				+ "负责人出庭应诉率97.5%，同比下降2.5个百分点。");
	}

	@Test
	void statesTheFiguresWithoutComparisonWhenThereWasNoReportLastYear() {
		ReportDocument report = compiler.compile("示范区人民政府", 2026, areas,
				List.of(metric("reconsideration-concluded", "行政复议审结数", "件"),
						metric("reconsideration-corrected", "行政复议纠错数", "件")),
				List.of(figures("sfj", Map.of("reconsideration-concluded", 0L, "reconsideration-corrected", 0L))),
				List.of());

		// no rate is stated over zero cases
		assertThat(report.figures().rates()).isEmpty();
		assertThat(report.part(PartType.ACHIEVEMENTS).orElseThrow().text())
			.isEqualTo("全年主要数据：行政复议审结数0件；行政复议纠错数0件。");
	}

	static ApprovedSection figures(String department, Map<String, Long> figures) {
		return new ApprovedSection(department, department, 1,
				new SectionContent(List.of(item("rules", "制度")), "", "", "", "", figures));
	}

	static Metric metric(String code, String name, String unit) {
		Metric metric = org.springframework.beans.BeanUtils.instantiateClass(Metric.class);
		ReflectionTestUtils.setField(metric, "code", code);
		ReflectionTestUtils.setField(metric, "name", name);
		ReflectionTestUtils.setField(metric, "unit", unit);
		return metric;
	}

	static ApprovedSection section(String department, List<AchievementItem> items) {
		return new ApprovedSection(department, department, 1, new SectionContent(items, department + "的不足",
				department + "的履职", department + "的安排", "", Map.of()));
	}

	static AchievementItem item(String area, String title) {
		return new AchievementItem(area, title, title + "的内容。");
	}

	static Area area(String code, String heading, int order) {
		Area area = org.springframework.beans.BeanUtils.instantiateClass(Area.class);
		ReflectionTestUtils.setField(area, "code", code);
		ReflectionTestUtils.setField(area, "heading", heading);
		ReflectionTestUtils.setField(area, "order", order);
		return area;
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
