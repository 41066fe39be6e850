package cn.fazhi.annualreport.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.catalogue.Area;
import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.outline.ChineseNumbers;
import cn.fazhi.annualreport.outline.PartType;
import cn.fazhi.annualreport.outline.ReportOutline;
import cn.fazhi.annualreport.outline.ReportOutline.Item;
import cn.fazhi.annualreport.outline.ReportOutline.Part;

/**
 * Fills a section from a report the department already wrote: each achievement becomes an item with the topic the
 * catalogue's keywords suggest (the liaison confirms it before saving), the other statutory parts become their texts
 * with their headings and numbers written out. The figures stay as they are.
 */
@Component
public class SectionImport {

	/** The heading of an achievements part's own introduction, kept as an item so that nothing is lost. */
	static final String INTRODUCTION = "总体情况";

	private final Catalogue catalogue;

	SectionImport(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	public SectionContent content(ReportOutline outline, Map<String, Long> figures) {
		List<SectionContent.AchievementItem> achievements = new ArrayList<>();
		StringBuilder other = new StringBuilder();
		for (Part part : outline.parts()) {
			if (part.part() == PartType.ACHIEVEMENTS) {
				if (!part.text().isBlank()) {
					achievements.add(achievement(INTRODUCTION, part.text(), ""));
				}
				for (Item topic : part.items()) {
					if (topic.items().isEmpty()) {
						achievements.add(achievement(topic.heading(), topic.text(), ""));
					}
					else {
						if (!topic.text().isBlank()) {
							achievements.add(achievement(topic.heading(), topic.text(), ""));
						}
						topic.items()
							.forEach(item -> achievements.add(achievement(item.heading(), text(item), topic.heading())));
					}
				}
			}
		}
		return new SectionContent(achievements, text(outline, PartType.SHORTCOMINGS), text(outline, PartType.LEADERSHIP),
				text(outline, PartType.NEXT_YEAR), text(outline, PartType.OTHER), figures);
	}

	private SectionContent.AchievementItem achievement(String heading, String text, String topic) {
		String area = catalogue.likelyArea(heading + " " + topic, text).map(Area::getCode).orElse(null);
		return new SectionContent.AchievementItem(area, heading, text);
	}

	/** An item's text followed by its own items, numbered as the report numbered them. */
	private static String text(Item item) {
		List<String> paragraphs = new ArrayList<>();
		if (!item.text().isBlank()) {
			paragraphs.add(item.text());
		}
		write(item.items(), 3, paragraphs);
		return String.join("\n", paragraphs);
	}

	private static String text(ReportOutline outline, PartType type) {
		List<String> paragraphs = new ArrayList<>();
		outline.parts().stream().filter(part -> part.part() == type).forEach(part -> {
			if (!part.text().isBlank()) {
				paragraphs.add(part.text());
			}
			// items right under a part are its first level, （一）, as the report's layout prints them
			write(part.items(), 1, paragraphs);
		});
		return String.join("\n", paragraphs);
	}

	/** Level 1 （一）, level 2 1., level 3 （1）; a heading run into its text ends with 。 */
	private static void write(List<Item> items, int level, List<String> paragraphs) {
		int number = 0;
		for (Item item : items) {
			number++;
			String label = switch (level) {
				case 1 -> "（" + ChineseNumbers.of(number) + "）";
				case 2 -> number + ".";
				default -> "（" + number + "）";
			};
			String heading = item.heading().isEmpty() || item.heading().endsWith("。") ? item.heading()
					: item.heading() + "。";
			paragraphs.add(label + heading + item.text());
			write(item.items(), level + 1, paragraphs);
		}
	}

}
