package cn.fazhi.annualreport.report;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.util.ReflectionTestUtils;

import cn.fazhi.annualreport.catalogue.Area;
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

		ReportDocument report = compiler.compile("示范区人民政府", 2026, areas, sections);

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
		ReportDocument report = compiler.compile("示范区人民政府", 2026, areas,
				List.of(section("sfj", List.of(item("rules", "制度")))));

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

		ReportDocument report = compiler.compile("示范区人民政府", 2026, areas,
				List.of(section("sfj", List.of(item("rules", "制度"))), withOther));

		assertThat(report.part(PartType.SHORTCOMINGS).orElseThrow().items()).extracting(Item::text, Item::department)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("sfj的不足", "sfj"),
					org.assertj.core.groups.Tuple.tuple("市场监管不足", "scjgj"));
		assertThat(report.part(PartType.OTHER).orElseThrow().items()).extracting(Item::text)
			.containsExactly("市场监管其他");
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
