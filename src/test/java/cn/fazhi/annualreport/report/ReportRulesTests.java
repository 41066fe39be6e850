package cn.fazhi.annualreport.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fazhi.annualreport.catalogue.Area;
import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.outline.PartType;
import cn.fazhi.annualreport.section.ApprovedSection;
import cn.fazhi.annualreport.section.SectionContent;
import cn.fazhi.annualreport.section.SectionContent.AchievementItem;
import cn.fazhi.annualreport.section.SectionRules;
import cn.fazhi.annualreport.system.FieldProblem;
import cn.fazhi.annualreport.system.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The report a campaign compiles always fits its bounds, and the editors cannot grow it without bound. */
class ReportRulesTests {

	static final int DEPARTMENTS = 40;

	final Catalogue catalogue = mock(Catalogue.class);

	final ReportRules rules = new ReportRules(catalogue);

	final ReportCompiler compiler = new ReportCompiler(ReportCompilerTests.messages());

	final List<Area> areas = List.of(ReportCompilerTests.area("functions", "健全政府机构职能体系", 1),
			ReportCompilerTests.area("enforcement", "健全行政执法工作体系", 4));

	@BeforeEach
	void everyCodeIsKnown() {
		when(catalogue.area(anyString())).thenReturn(Optional.of(mock(Area.class)));
		when(catalogue.department(anyString())).thenReturn(Optional.of(mock(Department.class)));
	}

	@Test
	void acceptsAnItemTheEditorsMergedFromTwoDepartmentsButNoUnknownOrRepeatedDepartment() {
		when(catalogue.department("nope")).thenReturn(Optional.empty());
		for (String departments : List.of("sfj,scjgj", "sfj")) {
			rules.checkWellFormed(withItemOf(departments), 2);
		}
		for (String departments : List.of("sfj,nope", "sfj,sfj", ",")) {
			InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
					() -> rules.checkWellFormed(withItemOf(departments), 2));
			assertThat(refused).as(departments).isNotNull();
			assertThat(refused.errors()).extracting(FieldProblem::field)
				.containsExactly("parts[0].items[0].items[0].department");
		}
	}

	private static ReportDocument withItemOf(String departments) {
		return new ReportDocument("标题", "", List.of(new ReportDocument.Part(PartType.ACHIEVEMENTS, "成效", "",
				List.of(new ReportDocument.Item("主题", "", "enforcement", null, List.of(
						new ReportDocument.Item("联合抽查", "内容。", "enforcement", departments, List.of())))))));
	}

	@Test
	void acceptsTheReportOfFortyDepartmentsAsTheBenchmarkCompilesIt() {
		ReportDocument report = compiler.compile("基准区人民政府", 2026, areas, List.of(),
				DocumentBenchmark.sections(areas), List.of());

		rules.checkComplete(report, DocumentBenchmark.DEPARTMENTS);
	}

	@Test
	void acceptsTheCompiledReportOfFortySectionsAtTheirLimitsButNoMoreThanTheEditorsShareOnTop() {
		ReportDocument report = compiler.compile("示范区人民政府", 2026, areas, List.of(), fullSections(), List.of());
		assertThat(ReportRules.characters(report)).isGreaterThan(DEPARTMENTS * SectionRules.MAX_CHARACTERS);

		rules.checkComplete(report, DEPARTMENTS);

		// the editors add three paragraphs at the longest a paragraph may be: more than their share of the report
		List<ReportDocument.Part> parts = new ArrayList<>(report.parts());
		ReportDocument.Part other = report.part(PartType.OTHER).orElseThrow();
		List<ReportDocument.Item> items = new ArrayList<>(other.items());
		IntStream.range(0, 3)
			.forEach(i -> items.add(new ReportDocument.Item("", "补".repeat(ReportRules.MAX_TEXT), null, null, List.of())));
		parts.set(parts.indexOf(other), new ReportDocument.Part(PartType.OTHER, other.heading(), "", items));
		ReportDocument grown = new ReportDocument(report.title(), report.opening(), parts, report.figures());
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> rules.checkWellFormed(grown, DEPARTMENTS));

		assertThat(refused.errors()).extracting(FieldProblem::messageCode).containsExactly("problem.report.too-long");
		assertThat(refused.errors().get(0).arguments()[0]).isEqualTo(ReportRules.maxCharacters(DEPARTMENTS));
		// the same report is too long for a campaign of fewer departments
		assertThat(catchThrowableOfType(InvalidInputException.class, () -> rules.checkWellFormed(report, 10)))
			.isNotNull();
	}

	/** Half the departments write the most items a section may have, half the longest parts; each the most text. */
	private static List<ApprovedSection> fullSections() {
		int itemText = SectionRules.MAX_CHARACTERS / SectionRules.MAX_ITEMS - 10;
		List<ApprovedSection> sections = new ArrayList<>();
		for (int d = 0; d < DEPARTMENTS; d++) {
			SectionContent content;
			if (d % 2 == 0) {
				List<AchievementItem> items = IntStream.range(0, SectionRules.MAX_ITEMS)
					.mapToObj(i -> new AchievementItem(i % 2 == 0 ? "functions" : "enforcement", "举措标题举措标题举措",
							"成".repeat(itemText)))
					.toList();
				content = new SectionContent(items, "", "", "", "", Map.of());
			}
			else {
				String part = "段".repeat(SectionRules.MAX_PART_TEXT);
				content = new SectionContent(List.of(), part, part, part, part, Map.of());
			}
			assertThat(SectionRules.characters(content)).isEqualTo(SectionRules.MAX_CHARACTERS);
			sections.add(new ApprovedSection("d" + d, "第" + (d + 1) + "部门", 1, content));
		}
		return sections;
	}

}
