package cn.fazhi.annualreport.section;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a department writes, in the statutory parts of 《法治政府建设与责任落实督察工作规定》: its achievements as items
 * each under one topic, its shortcomings and their causes, how its head fulfilled the duties of the person first
 * responsible, its plans for next year, anything else to report, and its figures.
 */
public record SectionContent(List<AchievementItem> achievements, String shortcomings, String leadership,
		String nextYearPlans, String other, Map<String, Long> metrics) {

	public static final SectionContent EMPTY = new SectionContent(null, null, null, null, null, null);

	public SectionContent {
		achievements = achievements == null ? List.of() : List.copyOf(achievements);
		shortcomings = tidy(shortcomings);
		leadership = tidy(leadership);
		nextYearPlans = tidy(nextYearPlans);
		other = tidy(other);
		metrics = metrics == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
	}

	/** One 主要举措和成效 item: a topic of the catalogue, a short heading and its text. */
	public record AchievementItem(String area, String title, String text) {

		public AchievementItem {
			area = area == null || area.isBlank() ? null : area.strip();
			title = tidy(title);
			text = tidy(text);
		}

	}

	/** Trailing white space is noise from pasting; paragraphs inside the text stay as written. */
	static String tidy(String text) {
		return Objects.requireNonNullElse(text, "").strip().replace("\r\n", "\n");
	}

}
