package cn.fazhi.annualreport.report;

import java.util.ArrayList;
import java.util.List;

import cn.fazhi.annualreport.outline.ChineseNumbers;
import cn.fazhi.annualreport.outline.Headings;
import cn.fazhi.annualreport.system.SideBySide;

/**
 * The report as the comparison reads it: title, opening, the parts numbered 一、 as printed, their topics （一） (the
 * same topic of the catalogue in every revision) and items 1. matched by heading and department, each named by its
 * headings as printed (一、主要举措和成效 › （二）严格规范公正文明执法 › 3. 深化综合执法改革).
 */
final class ReportUnits {

	private ReportUnits() {
	}

	static List<SideBySide.Unit> of(ReportDocument document) {
		List<SideBySide.Unit> units = new ArrayList<>();
		units.add(SideBySide.Unit.part("title", null, "标题", lines(document.title()), List.of()));
		units.add(SideBySide.Unit.part("opening", null, "导语", lines(document.opening()), List.of()));
		int number = 0;
		for (ReportDocument.Part part : document.parts()) {
			// numbered as ReportLayout prints: a part with neither heading nor text is left out
			String label = !part.hasContent() && part.heading().isEmpty() ? part.heading()
					: ChineseNumbers.of(++number) + "、" + part.heading();
			units.add(SideBySide.Unit.part(part.part().name(), part.heading(), label, lines(part.text()),
					items(part.items(), 1)));
		}
		return units;
	}

	private static List<SideBySide.Unit> items(List<ReportDocument.Item> items, int level) {
		List<SideBySide.Unit> units = new ArrayList<>();
		int number = 0;
		for (ReportDocument.Item item : items) {
			List<SideBySide.Unit> children = items(item.items(), level + 1);
			if (item.heading().isEmpty()) {
				// a plain paragraph: its place is the part's or topic's it stands in
				units.add(SideBySide.Unit.item("", item.department(), "", 0, lines(item.text()), children));
				continue;
			}
			String numeral = Headings.label(level, ++number);
			String label = numeral + (numeral.endsWith(".") ? " " : "") + item.heading();
			if (level == 1 && item.area() != null) {
				// a topic of the catalogue is the same topic whatever the editors call it
				units.add(new SideBySide.Unit("area:" + item.area(), item.heading(), null, label, number,
						lines(item.text()), children));
			}
			else {
				units.add(SideBySide.Unit.item(item.heading(), item.department(), label, number, lines(item.text()),
						children));
			}
		}
		return units;
	}

	private static List<String> lines(String text) {
		return cn.fazhi.annualreport.outline.TextNotation.readableLines(text);
	}

}
