package cn.fazhi.annualreport.section;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a department writes, in the statutory parts of 《法治政府建设与责任落实督察工作规定》: its achievements as items
 * each under one topic, its shortcomings and their causes, how its head fulfilled the duties of the person first
 * responsible, its plans for next year, anything else to report, and its figures. {@code omissions} (报告中未涉及的事项及原因)
 * explains why items the catalogue requires of the department are not addressed (应报尽报, DESIGN §10); it is not
 * printed in the report.
 */
public record SectionContent(List<AchievementItem> achievements, String shortcomings, String leadership,
		String nextYearPlans, String other, Map<String, Long> metrics, String omissions) {

	public static final SectionContent EMPTY = new SectionContent(null, null, null, null, null, null, null);

	public SectionContent(List<AchievementItem> achievements, String shortcomings, String leadership,
			String nextYearPlans, String other, Map<String, Long> metrics) {
		this(achievements, shortcomings, leadership, nextYearPlans, other, metrics, null);
	}

	public SectionContent {
		omissions = tidy(omissions);
		achievements = achievements == null ? List.of() : List.copyOf(achievements);
		shortcomings = tidy(shortcomings);
		leadership = tidy(leadership);
		nextYearPlans = tidy(nextYearPlans);
		other = tidy(other);
		metrics = metrics == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
	}

	/**
	 * One 主要举措和成效 item: a topic of the catalogue, a short heading and its text, and the report items it addresses
	 * ({@code items}, codes of the catalogue of 应报尽报).
	 */
	public record AchievementItem(String area, String title, String text, List<String> items) {

		private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

		public AchievementItem(String area, String title, String text) {
			this(area, title, text, List.of());
		}

		public AchievementItem {
			items = items == null ? List.of()
					: items.stream().filter(Objects::nonNull).map(String::strip).filter(code -> !code.isEmpty())
						.distinct().toList();
			area = area == null || area.isBlank() ? null : area.strip();
			title = oneLine(tidy(title));
			text = tidy(text);
		}

		/**
		 * The title is one printed heading (1. 标题。). Its lines are joined rather than refused like other one-line
		 * fields: a break in it comes from a heading Word had wrapped by hand, pasted or imported (SectionImport keeps
		 * it), not from a liaison meaning two lines, and an imported section must not be unsavable for it. Chinese
		 * lines join directly, as a browser's one-line field does; two Latin words keep a space between them.
		 */
		private static String oneLine(String title) {
			String[] lines = LINE_BREAK.split(title);
			StringBuilder joined = new StringBuilder(lines[0]);
			for (int i = 1; i < lines.length; i++) {
				if (isLatin(joined.charAt(joined.length() - 1)) && isLatin(lines[i].charAt(0))) {
					joined.append(' ');
				}
				joined.append(lines[i]);
			}
			return joined.toString();
		}

		private static boolean isLatin(char c) {
			return c < 0x80 && Character.isLetterOrDigit(c);
		}

	}

	/** Trailing white space is noise from pasting; paragraphs inside the text stay as written. */
	static String tidy(String text) {
		return Objects.requireNonNullElse(text, "").strip().replace("\r\n", "\n");
	}

}
