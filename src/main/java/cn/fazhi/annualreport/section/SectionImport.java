package cn.fazhi.annualreport.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.catalogue.Area;
import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.outline.Headings;
import cn.fazhi.annualreport.outline.PartType;
import cn.fazhi.annualreport.outline.ReportImporter;
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

	private final ReportImporter importer;

	SectionImport(Catalogue catalogue, ReportImporter importer) {
		this.catalogue = catalogue;
		this.importer = importer;
	}

	/**
	 * 从文件导入, for the page and the editor alike: the section an uploaded Word or text file holds ({@code null}
	 * when none was sent, refused like an empty one), with the figures the section already has.
	 */
	public SectionContent read(org.springframework.web.multipart.MultipartFile file, Map<String, Long> figures)
			throws java.io.IOException {
		return content(importer.read(file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes()), figures);
	}

	public SectionContent content(ReportOutline outline, Map<String, Long> figures) {
		List<Area> areas = catalogue.areas();
		List<SectionContent.AchievementItem> achievements = new ArrayList<>();
		for (Part part : outline.parts()) {
			if (part.part() != PartType.ACHIEVEMENTS) {
				continue;
			}
			if (!part.text().isBlank()) {
				achievements.add(achievement(areas, INTRODUCTION, part.text(), ""));
			}
			for (Item topic : part.items()) {
				// a topic with items of its own is kept as an item only if it says something itself
				if (topic.items().isEmpty() || !topic.text().isBlank()) {
					achievements.add(achievement(areas, topic.heading(), topic.text(), ""));
				}
				topic.items()
					.forEach(item -> achievements.add(achievement(areas, item.heading(), text(item), topic.heading())));
			}
		}
		return new SectionContent(achievements, text(outline, PartType.SHORTCOMINGS), text(outline, PartType.LEADERSHIP),
				text(outline, PartType.NEXT_YEAR), text(outline, PartType.OTHER), figures);
	}

	private SectionContent.AchievementItem achievement(List<Area> areas, String heading, String text, String topic) {
		String area = Catalogue.likelyArea(areas, heading + " " + topic, text).map(Area::getCode).orElse(null);
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

	/** Numbered and punctuated as the compiled report prints them ({@link Headings}). */
	private static void write(List<Item> items, int level, List<String> paragraphs) {
		int number = 0;
		for (Item item : items) {
			paragraphs.add(Headings.label(level, ++number) + Headings.sentence(item.heading()) + item.text());
			write(item.items(), level + 1, paragraphs);
		}
	}

}
