package cn.fazhi.annualreport.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.fazhi.annualreport.catalogue.Metric;
import cn.fazhi.annualreport.system.SideBySide;

/**
 * A section as the comparison reads it: its parts in the editor's order, each achievement an item named by its number
 * and title (主要举措和成效 › 第 2 项 “标题”) with its topic and paragraphs, the figures last.
 */
final class SectionOutline {

	private SectionOutline() {
	}

	/**
	 * @param areaNames the catalogue's topics by code
	 * @param words the bundle's texts by key (the parts' names)
	 */
	static List<SideBySide.Unit> of(SectionContent content, Map<String, String> areaNames, List<Metric> metrics,
			Function<String, String> words) {
		List<SideBySide.Unit> items = new ArrayList<>();
		int number = 0;
		for (SectionContent.AchievementItem item : content.achievements()) {
			number++;
			List<String> paragraphs = new ArrayList<>();
			if (item.area() != null) {
				paragraphs.add(words.apply("changes.area") + areaNames.getOrDefault(item.area(), item.area()));
			}
			paragraphs.addAll(lines(item.text()));
			String label = "第 " + number + " 项" + (item.title().isEmpty() ? "" : " “" + item.title() + "”");
			items.add(SideBySide.Unit.item(item.title(), null, label, number, paragraphs, List.of()));
		}
		List<SideBySide.Unit> parts = new ArrayList<>();
		parts.add(part("achievements", List.of(), items, words));
		parts.add(part("shortcomings", lines(content.shortcomings()), List.of(), words));
		parts.add(part("leadership", lines(content.leadership()), List.of(), words));
		parts.add(part("nextYearPlans", lines(content.nextYearPlans()), List.of(), words));
		parts.add(part("other", lines(content.other()), List.of(), words));
		List<String> figures = new ArrayList<>();
		for (Metric metric : metrics) {
			Long value = content.metrics().get(metric.getCode());
			if (value != null) {
				figures.add(metric.getName() + "：" + value + metric.getUnit());
			}
		}
		parts.add(part("metrics", figures, List.of(), words));
		return parts;
	}

	private static SideBySide.Unit part(String field, List<String> paragraphs, List<SideBySide.Unit> items,
			Function<String, String> words) {
		return SideBySide.Unit.part(field, null, words.apply("field." + field), paragraphs, items);
	}

	static List<String> lines(String text) {
		return cn.fazhi.annualreport.outline.TextNotation.readableLines(text);
	}

}
