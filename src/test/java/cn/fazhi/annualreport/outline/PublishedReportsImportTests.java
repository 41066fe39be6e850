package cn.fazhi.annualreport.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.fazhi.annualreport.outline.ReportOutline.Item;
import cn.fazhi.annualreport.outline.ReportOutline.Part;

/**
 * The outline of each real published report in {@code ../shared/reports/}, as the product must read it: parts in the
 * file's order, items per part and children per item, website noise and closing lines left out. Skipped, with a
 * message, where the folder is absent.
 */
class PublishedReportsImportTests {

	static final Path REPORTS = Path.of("..", "shared", "reports");

	final ReportImporter importer = new ReportImporter();

	@Test
	void qingpu2020DisclosureValuesUnderTheTitleAndFourParts() {
		ReportOutline outline = read("qingpu-district-2020.txt");

		assertThat(outline.organization()).isEqualTo("上海市青浦区人民政府");
		assertThat(outline.year()).isEqualTo(2020);
		assertThat(outline.publishedOn()).isEqualTo(LocalDate.of(2021, 2, 4));
		assertThat(types(outline)).containsExactly(PartType.ACHIEVEMENTS, PartType.SHORTCOMINGS, PartType.LEADERSHIP,
				PartType.NEXT_YEAR);
		assertThat(children(part(outline, PartType.ACHIEVEMENTS))).containsExactly(6, 6, 3, 5);
		// parts without a （一） level have their numbered items right under the part
		assertThat(part(outline, PartType.SHORTCOMINGS).items()).hasSize(3).allMatch(Item::hasText);
		assertThat(part(outline, PartType.LEADERSHIP).items()).hasSize(2);
		assertThat(part(outline, PartType.NEXT_YEAR).items()).hasSize(7);
		assertThat(outline.opening()).isNotEmpty();
		assertNoNumbersOrNoise(outline);
	}

	@Test
	void jianli2021OddNumberSeparatorsAndADateLineAtTheEnd() {
		ReportOutline outline = read("jianli-city-2021.txt");

		assertThat(outline.organization()).isEqualTo("监利市人民政府");
		assertThat(outline.year()).isEqualTo(2021);
		// the 发布时间 line, not the 落款 date at the end
		assertThat(outline.publishedOn()).isEqualTo(LocalDate.of(2022, 1, 4));
		assertThat(types(outline)).containsExactly(PartType.ACHIEVEMENTS, PartType.SHORTCOMINGS, PartType.NEXT_YEAR);
		// 1. / 2.<en spaces> / 1 / 2、 / 3 all number items
		assertThat(children(part(outline, PartType.ACHIEVEMENTS))).containsExactly(4, 2, 0, 3);
		assertThat(part(outline, PartType.SHORTCOMINGS).text()).isNotEmpty();
		assertThat(children(part(outline, PartType.SHORTCOMINGS))).containsExactly(0, 0);
		assertThat(children(part(outline, PartType.NEXT_YEAR))).containsExactly(0, 0, 0, 0, 0, 0);
		assertThat(last(part(outline, PartType.NEXT_YEAR)).text()).doesNotContain("2021年12月31日");
		assertNoNumbersOrNoise(outline);
	}

	@Test
	void ningbo2020ShortcomingsTuckedIntoTheAchievementsPart() {
		ReportOutline outline = read("ningbo-city-2020.txt");

		assertThat(outline.organization()).isEqualTo("宁波市人民政府");
		assertThat(outline.year()).isEqualTo(2020);
		assertThat(outline.publishedOn()).isEqualTo(LocalDate.of(2021, 3, 31));
		assertThat(types(outline)).containsExactly(PartType.ACHIEVEMENTS, PartType.SHORTCOMINGS, PartType.NEXT_YEAR);
		// items led by 一是 二是 …; the shortcomings paragraph is not a fifth item of the last topic
		assertThat(children(part(outline, PartType.ACHIEVEMENTS))).containsExactly(4, 4, 3, 3, 3, 3, 4);
		assertThat(part(outline, PartType.ACHIEVEMENTS).text()).isNotEmpty();
		Part shortcomings = part(outline, PartType.SHORTCOMINGS);
		assertThat(shortcomings.items()).isEmpty();
		assertThat(shortcomings.text()).contains("差距");
		assertThat(last(last(part(outline, PartType.ACHIEVEMENTS))).text()).doesNotContain("差距与问题");
		// （一）认真编制…。rest of the line: heading and text
		assertThat(part(outline, PartType.NEXT_YEAR).items()).hasSize(6).allMatch(Item::hasText);
		assertNoNumbersOrNoise(outline);
	}

	@Test
	void tongzhou2023BoldLedItemsAndLeadershipBeforeShortcomings() {
		ReportOutline outline = read("tongzhou-district-2023.txt");

		assertThat(outline.organization()).isEqualTo("通州区人民政府");
		assertThat(outline.year()).isEqualTo(2023);
		assertThat(outline.publishedOn()).isEqualTo(LocalDate.of(2024, 2, 22));
		assertThat(types(outline)).containsExactly(PartType.ACHIEVEMENTS, PartType.LEADERSHIP, PartType.SHORTCOMINGS,
				PartType.NEXT_YEAR);
		// the text file lost the bold; each paragraph's short first sentence is its heading
		assertThat(children(part(outline, PartType.ACHIEVEMENTS))).containsExactly(4, 3, 4, 3, 3, 3, 3);
		assertThat(part(outline, PartType.ACHIEVEMENTS).items().get(0).items())
			.allMatch(item -> item.heading().length() <= 24 && item.hasText());
		assertThat(part(outline, PartType.LEADERSHIP).items()).hasSize(3);
		assertThat(part(outline, PartType.SHORTCOMINGS).items()).isEmpty();
		assertThat(part(outline, PartType.SHORTCOMINGS).text()).contains("一是");
		assertThat(children(part(outline, PartType.NEXT_YEAR))).containsExactly(0, 0, 0, 0, 0);
		assertNoNumbersOrNoise(outline);
	}

	@Test
	void hebei2019ItemsNumberedStraightThroughAndClosingFormula() {
		ReportOutline outline = read("hebei-district-tianjin-2019.txt");

		assertThat(outline.organization()).isEqualTo("天津市河北区人民政府");
		assertThat(outline.year()).isEqualTo(2019);
		assertThat(outline.publishedOn()).isNull();
		assertThat(types(outline)).containsExactly(PartType.ACHIEVEMENTS, PartType.SHORTCOMINGS, PartType.NEXT_YEAR);
		assertThat(children(part(outline, PartType.ACHIEVEMENTS))).containsExactly(8, 3, 3, 4, 3, 1);
		assertThat(part(outline, PartType.SHORTCOMINGS).items()).hasSize(2);
		assertThat(part(outline, PartType.NEXT_YEAR).items()).hasSize(4);
		assertThat(last(part(outline, PartType.NEXT_YEAR)).text()).doesNotContain("特此报告");
		assertNoNumbersOrNoise(outline);
	}

	@Test
	void everyReportInTheFolderHasItsTitleYearAndAnAchievementsPart() throws IOException {
		assumeTrue(Files.isDirectory(REPORTS), "../shared/reports is absent: no published reports to read");
		try (Stream<Path> files = Files.list(REPORTS)) {
			List<Path> reports = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
			assertThat(reports).isNotEmpty();
			for (Path file : reports) {
				ReportOutline outline = importer.read(file.getFileName().toString(), Files.readAllBytes(file));
				assertThat(outline.title()).as(file.toString()).contains("法治政府");
				assertThat(outline.year()).as(file.toString()).isBetween(2015, 2030);
				assertThat(types(outline)).as(file.toString()).startsWith(PartType.ACHIEVEMENTS);
				assertNoNumbersOrNoise(outline);
			}
		}
	}

	private ReportOutline read(String name) {
		Path file = REPORTS.resolve(name);
		assumeTrue(Files.isRegularFile(file), "../shared/reports/" + name + " is absent: nothing to import");
		try {
			return importer.read(name, Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Headings carry no numbers (一、（一）1. 一是 are the layout's), and no website line is left in the text. */
	static void assertNoNumbersOrNoise(ReportOutline outline) {
		List<String> headings = new ArrayList<>();
		List<String> texts = new ArrayList<>(List.of(outline.title(), outline.opening()));
		for (Part part : outline.parts()) {
			texts.add(part.text());
			collect(part.items(), headings, texts);
		}
		assertThat(headings).allSatisfy(heading -> assertThat(heading).isNotBlank()
			.doesNotMatch("^([0-9]+|[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十0-9]+[）)]).*"));
		assertThat(String.join("\n", texts)).doesNotContain("发布时间", "打印", "关闭", "Produced By", "来源:", "浏览次数",
				"特此报告");
	}

	private static void collect(List<Item> items, List<String> headings, List<String> texts) {
		for (Item item : items) {
			headings.add(item.heading());
			texts.add(item.text());
			collect(item.items(), headings, texts);
		}
	}

	static List<PartType> types(ReportOutline outline) {
		return outline.parts().stream().map(Part::part).toList();
	}

	static Part part(ReportOutline outline, PartType type) {
		return outline.parts().stream().filter(p -> p.part() == type).findFirst().orElseThrow();
	}

	static List<Integer> children(Part part) {
		return part.items().stream().map(item -> item.items().size()).toList();
	}

	static Item last(Part part) {
		return part.items().get(part.items().size() - 1);
	}

	static Item last(Item item) {
		return item.items().get(item.items().size() - 1);
	}

}
