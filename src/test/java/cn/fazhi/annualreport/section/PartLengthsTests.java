package cn.fazhi.annualreport.section;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.fazhi.annualreport.outline.PartType;
import cn.fazhi.annualreport.outline.ReportImporter;
import cn.fazhi.annualreport.outline.ReportOutline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The lengths the editor shows as a guide are those of the real reports in {@code ../shared/reports/}. */
class PartLengthsTests {

	private static final Path REPORTS = Path.of("..", "shared", "reports");

	private static final Map<PartType, PartLengths> GUIDES = Map.of(PartType.ACHIEVEMENTS, PartLengths.ACHIEVEMENTS,
			PartType.SHORTCOMINGS, PartLengths.SHORTCOMINGS, PartType.LEADERSHIP, PartLengths.LEADERSHIP,
			PartType.NEXT_YEAR, PartLengths.NEXT_YEAR_PLANS);

	@Test
	void everyPartOfEveryRealReportFallsInItsGuideAndEachGuideIsReached() throws IOException {
		assumeTrue(Files.isDirectory(REPORTS), "../shared/reports is absent");
		List<Path> files;
		try (Stream<Path> listing = Files.list(REPORTS)) {
			files = listing.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
		}
		Map<PartLengths, int[]> seen = new java.util.EnumMap<>(PartLengths.class);
		for (Path file : files) {
			ReportOutline outline = new ReportImporter().read(file.getFileName().toString(), Files.readAllBytes(file));
			for (ReportOutline.Part part : outline.parts()) {
				PartLengths guide = GUIDES.get(part.part());
				if (guide == null) {
					continue;
				}
				int length = characters(part);
				assertThat(length).as(file.getFileName() + " " + part.part()).isBetween(guide.shortest(), guide.longest());
				int[] range = seen.computeIfAbsent(guide, g -> new int[] { Integer.MAX_VALUE, 0 });
				range[0] = Math.min(range[0], length);
				range[1] = Math.max(range[1], length);
			}
		}
		// the guide is no wider than the reports make it (rounded to tens)
		seen.forEach((guide, range) -> {
			assertThat(range[0] - guide.shortest()).as(guide + " shortest").isBetween(0, 60);
			assertThat(guide.longest() - range[1]).as(guide + " longest").isBetween(0, 60);
		});
	}

	private static int characters(ReportOutline.Part part) {
		StringBuilder text = new StringBuilder(part.text());
		append(text, part.items());
		return (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
	}

	private static void append(StringBuilder text, List<ReportOutline.Item> items) {
		for (ReportOutline.Item item : items) {
			text.append(item.heading()).append(item.text());
			append(text, item.items());
		}
	}

}
