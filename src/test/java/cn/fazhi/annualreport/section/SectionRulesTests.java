package cn.fazhi.annualreport.section;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fazhi.annualreport.catalogue.Area;
import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.OrganizationKind;
import cn.fazhi.annualreport.catalogue.ReportItem;
import cn.fazhi.annualreport.catalogue.Metric;
import cn.fazhi.annualreport.outline.ReportImporter;
import cn.fazhi.annualreport.section.SectionContent.AchievementItem;
import cn.fazhi.annualreport.system.FieldProblem;
import cn.fazhi.annualreport.system.IncompleteContentException;
import cn.fazhi.annualreport.system.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What a draft may be and what a submitted section must be. */
class SectionRulesTests {

	final Catalogue catalogue = mock(Catalogue.class);

	final SectionRules rules = new SectionRules(catalogue);

	@BeforeEach
	void knownCodes() {
		when(catalogue.area(anyString())).thenReturn(Optional.empty());
		when(catalogue.area("enforcement")).thenReturn(Optional.of(mock(Area.class)));
		Metric litigationLost = metric("litigation-lost", "行政诉讼败诉数", null);
		when(catalogue.metrics()).thenReturn(List.of(litigationLost));
	}

	@Test
	void acceptsAnUnfinishedDraft() {
		rules.checkDraft(new SectionContent(List.of(new AchievementItem(null, "只写了标题", "")), "", null, null, null,
				Map.of()));
	}

	@Test
	void refusesUnknownCodesNegativeFiguresAndOverlongTextsInADraft() {
		SectionContent content = new SectionContent(
				List.of(new AchievementItem("nonsense", "标".repeat(SectionRules.MAX_TITLE + 1), "正文")),
				"不".repeat(SectionRules.MAX_PART_TEXT + 1), "", "", "", Map.of("unknown", 1L, "litigation-lost", -2L));

		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> rules.checkDraft(content));

		assertThat(refused.errors()).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("achievements[0].area", "achievements[0].title", "shortcomings", "metrics.unknown",
					"metrics.litigation-lost");
	}

	@Test
	void acceptsEveryRealPublishedReportImportedAsOneSection() throws IOException {
		Path reports = Path.of("..", "shared", "reports");
		assumeTrue(Files.isDirectory(reports), "../shared/reports is absent: no real report to measure against");
		SectionImport sectionImport = new SectionImport(catalogue, new cn.fazhi.annualreport.outline.ReportImporter());
		List<Path> files;
		try (Stream<Path> listed = Files.list(reports)) {
			files = listed.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
		}
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			// a whole government's report is more than any one department writes: it must fit with room to spare
			SectionContent content = sectionImport.content(
					new ReportImporter().read(file.getFileName().toString(), Files.readAllBytes(file)), Map.of());

			rules.checkDraft(content);

			assertThat(SectionRules.characters(content)).as(file.toString())
				.isLessThan(SectionRules.MAX_CHARACTERS / 2);
			assertThat(content.achievements()).as(file.toString()).hasSizeLessThanOrEqualTo(SectionRules.MAX_ITEMS / 2);
		}
	}

	@Test
	void acceptsTextsUpToTheirLimitsAndRefusesASectionLongerThanItsWholeLimit() {
		String item = "字".repeat(SectionRules.MAX_ITEM_TEXT);
		String part = "段".repeat(SectionRules.MAX_PART_TEXT);
		rules.checkDraft(new SectionContent(List.of(new AchievementItem("enforcement", "标题", item)), part, part, "", "",
				Map.of()));

		// four items and four parts each at its limit: 40,000 characters, twice what a section may hold
		List<AchievementItem> items = Stream.generate(() -> new AchievementItem("enforcement", "", item)).limit(4).toList();
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> rules.checkDraft(new SectionContent(items, part, part, part, part, Map.of())));

		assertThat(refused.errors()).singleElement().satisfies(problem -> {
			assertThat(problem.messageCode()).isEqualTo("problem.section.too-long");
			assertThat(problem.arguments()).containsExactly(SectionRules.MAX_CHARACTERS, 40_000);
		});
		assertThatThrownBy(() -> rules.checkDraft(new SectionContent(
				List.of(new AchievementItem("enforcement", "标题", item + "多")), "", "", "", "", Map.of())))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void refusesAFigureAboveTheFigureThatBoundsIt() {
		Metric concluded = metric("reconsideration-concluded", "行政复议审结数", null);
		Metric corrected = metric("reconsideration-corrected", "行政复议纠错数", "reconsideration-concluded");
		when(catalogue.metrics()).thenReturn(List.of(concluded, corrected));

		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> rules.checkDraft(figures(Map.of("reconsideration-concluded", 5L, "reconsideration-corrected", 7L))));

		assertThat(refused.errors()).extracting(FieldProblem::field).containsExactly("metrics.reconsideration-corrected");
		assertThat(refused.errors().get(0).arguments()).containsExactly("行政复议纠错数", 7L, "行政复议审结数", 5L);
		rules.checkDraft(figures(Map.of("reconsideration-concluded", 7L, "reconsideration-corrected", 7L)));
		// one of the two not given yet: nothing to compare
		rules.checkDraft(figures(Map.of("reconsideration-corrected", 7L)));
	}

	private Metric metric(String code, String name, String atMost) {
		Metric metric = mock(Metric.class);
		when(metric.getCode()).thenReturn(code);
		when(metric.getName()).thenReturn(name);
		when(metric.getAtMost()).thenReturn(Optional.ofNullable(atMost));
		when(catalogue.metric(code)).thenReturn(Optional.of(metric));
		return metric;
	}

	private static SectionContent figures(Map<String, Long> figures) {
		return new SectionContent(List.of(), "", "", "", "", figures);
	}

	@Test
	void countsCharactersNotUtf16UnitsAgainstTheLimit() {
		// 𠀀 is one character stored as two UTF-16 units; a title of 200 of them is within the limit.
		String rareCharacters = "𠀀".repeat(SectionRules.MAX_TITLE);

		rules.checkDraft(new SectionContent(List.of(new AchievementItem("enforcement", rareCharacters, "正文")), "", "",
				"", "", Map.of()));
	}

	@Test
	void refusesToSubmitWithoutEveryStatutoryPart() {
		SectionContent content = new SectionContent(List.of(new AchievementItem(null, "标题", "")), "不足", " ", "",
				null, Map.of());

		IncompleteContentException refused = catchThrowableOfType(IncompleteContentException.class,
				() -> rules.checkComplete(content, OrganizationKind.DEPARTMENT));

		assertThat(refused.errors()).extracting(FieldProblem::field)
			.containsExactly("achievements[0].area", "achievements[0].text", "leadership", "nextYearPlans");
	}

	@Test
	void refusesToSubmitWithoutAchievements() {
		assertThatThrownBy(() -> rules.checkComplete(new SectionContent(List.of(), "不足", "履职", "安排", "", Map.of()),
				OrganizationKind.DEPARTMENT))
			.isInstanceOf(IncompleteContentException.class);
	}

	@Test
	void acceptsACompleteSection() {
		rules.checkComplete(new SectionContent(List.of(new AchievementItem("enforcement", "规范执法", "推行三项制度。")),
				"不足", "履职", "安排", "", Map.of("litigation-lost", 0L)), OrganizationKind.DEPARTMENT);
	}

	/** 应报尽报: a required item tagged under an achievement (or an item under it) is addressed; the rest missing. */
	@Test
	void namesTheRequiredReportItemsNoAchievementAddressesAndAsksWhy() {
		when(catalogue.reportItems()).thenReturn(List.of(
				new ReportItem("enforcement", "健全行政执法工作体系", 1, null, 1, List.of()),
				new ReportItem("disputes", "健全社会矛盾纠纷行政预防调处化解体系", 1, null, 2, List.of(OrganizationKind.DEPARTMENT)),
				new ReportItem("enforcement-three", "行政执法三项制度", 2, "enforcement", 1,
						List.of(OrganizationKind.DEPARTMENT, OrganizationKind.GOVERNMENT)),
				new ReportItem("enforcement-street", "街道综合行政执法", 2, "enforcement", 2, List.of(OrganizationKind.STREET)),
				new ReportItem("disputes-mediation", "人民调解", 2, "disputes", 1, List.of(OrganizationKind.DEPARTMENT)),
				new ReportItem("disputes-reconsideration", "行政复议和行政应诉", 2, "disputes", 2,
						List.of(OrganizationKind.DEPARTMENT))));
		SectionContent tagged = new SectionContent(List.of(new AchievementItem("enforcement", "规范执法", "推行三项制度。",
				List.of("enforcement-three")), new AchievementItem("enforcement", "化解纠纷", "调解。",
						List.of("disputes-mediation"))), "不足", "履职", "安排", "", Map.of());

		SectionRules.Coverage coverage = rules.coverage(tagged, OrganizationKind.DEPARTMENT);

		assertThat(coverage.covered()).extracting(SectionRules.Coverage.Item::code)
			.containsExactly("disputes", "enforcement-three", "disputes-mediation");
		assertThat(coverage.missing()).extracting(SectionRules.Coverage.Item::name).containsExactly("行政复议和行政应诉");
		assertThat(rules.coverage(tagged, OrganizationKind.STREET).missing()).extracting(SectionRules.Coverage.Item::code)
			.containsExactly("enforcement-street");
		IncompleteContentException refused = catchThrowableOfType(IncompleteContentException.class,
				() -> rules.checkComplete(tagged, OrganizationKind.DEPARTMENT));
		assertThat(refused.errors()).extracting(FieldProblem::field).containsExactly("omissions");
		rules.checkComplete(new SectionContent(tagged.achievements(), "不足", "履职", "安排", "", Map.of(),
				"本年度未发生行政复议案件。"), OrganizationKind.DEPARTMENT);
	}

}
