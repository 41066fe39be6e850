package cn.fazhi.annualreport.outline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the outline of an annual report from its paragraphs, the way governments publish them: a title, website lines
 * (发布时间, 来源, bare disclosure values, 打印|关闭, the CMS footer), an opening, the statutory parts under 一、 headings in
 * any order and wording, items under （一） or (一), and below them items numbered 1. 1、 1 （1）, led by 一是, or led by a
 * short bold (in text files: short first) sentence. A paragraph on shortcomings that a report tucks into its
 * achievements part becomes the shortcomings part.
 */
final class OutlineParser {

	private static final String CHINESE_NUMBER = "[一二三四五六七八九十]{1,3}";

	static final Pattern PART = Pattern.compile("^(" + CHINESE_NUMBER + ")、\\s*(.+)$");

	static final Pattern TOPIC = Pattern.compile("^[（(](" + CHINESE_NUMBER + ")[）)]\\s*(.*)$");

	/** 1. 1、 1． "1 " or a bare 1 before the words, but not 2020年, 12月, 1.5亿元 or 2021.02.04. */
	static final Pattern NUMBERED = Pattern
		.compile("^(\\d{1,2})(?:[.．、]\\s*|\\s+|(?=[\\p{IsHan}“\"《]))(?![\\d年月日个项家件次万亿%％])(.+)$");

	static final Pattern BRACKET_NUMBERED = Pattern.compile("^[（(](\\d{1,2})[）)]\\s*(.+)$");

	static final Pattern ENUMERATED = Pattern.compile("^(" + CHINESE_NUMBER + ")是\\s*(.+)$");

	private static final Pattern DATE = Pattern
		.compile("((?:19|20)\\d{2})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})");

	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

	private static final Pattern HEADER_LABELS = Pattern
		.compile("发布时间|发布日期|信息来源|来源[:：]|浏览次数|累计次数|访问量|字体[:：]|索引号|发布机构|发文字号|文号[:：]|主题分类|体裁分类|公开方式|成文日期|生成日期|【字体");

	private static final Pattern BARE_HEADER_VALUE = Pattern.compile(
			"^(无|主动公开|依申请公开|不予公开|[A-Za-z0-9/_\\-]{6,40}|(?:19|20)\\d{2}[-./年]\\d{1,2}[-./月]\\d{1,2}日?(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?)$");

	private static final Pattern FOOTER = Pattern.compile(
			"打印\\s*[|｜]\\s*关闭|关闭窗口|【打印】|【关闭】|打印本页|Produced\\s+By|版权所有|主办单位|ICP备|扫一扫|分享到|返回顶部|上一篇|下一篇|相关链接");

	private static final Pattern CLOSING = Pattern
		.compile("^(特此报告[。.]?|(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日|[\\p{IsHan}]{2,20}(人民政府|委员会|办公室|局|厅))$");

	private static final Pattern SIGNATURE = Pattern.compile("^[^。，；：,;:]{2,30}$");

	private static final Pattern SHORTCOMINGS_SIGNAL = Pattern
		.compile("(存在|还有|仍有)[^。]{0,30}(问题|不足|差距|短板|薄弱)|(问题|不足|差距|短板)[^。]{0,6}(主要|表现)");

	/** A province-level name and a city in it, or a city after a bracket or the start of a line, before a place. */
	private static final String PLACE_PREFIX = "(?:(?:北京市|天津市|上海市|重庆市|河北省|山西省|辽宁省|吉林省|黑龙江省|江苏省|浙江省|安徽省|福建省"
			+ "|江西省|山东省|河南省|湖北省|湖南省|广东省|海南省|四川省|贵州省|云南省|陕西省|甘肃省|青海省|台湾省|内蒙古自治区|广西壮族自治区"
			+ "|西藏自治区|宁夏回族自治区|新疆维吾尔自治区)(?:[\\p{IsHan}]{2,4}?(?:市|自治州|州|盟|地区))?"
			+ "|(?<![\\p{IsHan}])[\\p{IsHan}]{2,4}?(?:市|自治州|州|盟))?";

	/** Text files lose the bold: a topic whose paragraphs all open with a sentence this short is read as led items. */
	static final int MAX_LEAD = 24;

	private OutlineParser() {
	}

	static ReportOutline parse(List<Paragraph> paragraphs) {
		List<Paragraph> lines = paragraphs.stream()
			.map(p -> new Paragraph(p.text().strip(), p.lead() == null ? null : p.lead().strip()))
			.filter(p -> !p.text().isEmpty())
			.toList();
		if (lines.isEmpty()) {
			return new ReportOutline("", null, null, null, "", List.of());
		}
		String title = lines.get(0).text();
		int first = 1;
		LocalDate publishedOn = null;
		while (first < lines.size() && isHeaderLine(lines.get(first).text())) {
			if (publishedOn == null) {
				publishedOn = date(lines.get(first).text()).orElse(null);
			}
			first++;
		}
		int last = lines.size();
		while (last > first && FOOTER.matcher(lines.get(last - 1).text()).find()) {
			last--;
		}
		while (last > first && CLOSING.matcher(lines.get(last - 1).text()).matches()) {
			boolean dated = lines.get(last - 1).text().matches("(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日");
			last--;
			// the 落款 above a 成文日期: a short line that is not a sentence
			if (dated && last > first && SIGNATURE.matcher(lines.get(last - 1).text()).matches()) {
				last--;
			}
		}
		List<Paragraph> body = lines.subList(first, last);
		Builder builder = new Builder(body.stream().anyMatch(p -> {
			Matcher part = PART.matcher(p.text());
			return part.matches() && partType(part.group(2), false) == PartType.SHORTCOMINGS;
		}));
		body.forEach(builder::accept);
		Integer year = year(title, publishedOn);
		List<ReportOutline.Part> parts = builder.parts();
		return new ReportOutline(title, organization(title, lines), year, publishedOn, builder.opening(), parts);
	}

	private static boolean isHeaderLine(String line) {
		return (HEADER_LABELS.matcher(line).find() && line.length() <= 120) || BARE_HEADER_VALUE.matcher(line).matches();
	}

	static Optional<LocalDate> date(String text) {
		Matcher date = DATE.matcher(text);
		while (date.find()) {
			try {
				return Optional.of(LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
						Integer.parseInt(date.group(3))));
			}
			catch (DateTimeException ex) {
				// not a date after all (e.g. 2020.13.40); look further
			}
		}
		return Optional.empty();
	}

	private static Integer year(String title, LocalDate publishedOn) {
		Matcher year = YEAR.matcher(title);
		if (year.find()) {
			return Integer.valueOf(year.group());
		}
		return publishedOn == null ? null : publishedOn.getYear() - 1;
	}

	/**
	 * The government's full name. The title names the place (青浦区, 宁波市人民政府) and the text usually names the
	 * government in full somewhere (天津市河北区人民政府); without a place in the title, the government the text names most
	 * often. A province-level name or a city after a bracket or the start of a line may precede the place.
	 */
	static String organization(String title, List<Paragraph> lines) {
		Matcher year = YEAR.matcher(title);
		String place = (year.find() ? title.substring(0, year.start()) : "").replaceAll("关于$", "")
			.replaceAll("(人民政府|政府)$", "")
			.strip();
		Pattern named = Pattern.compile(PLACE_PREFIX + "("
				+ (place.isEmpty() ? "(?<![\\p{IsHan}])[\\p{IsHan}]{2,5}?[市县区旗]" : Pattern.quote(place)) + ")人民政府");
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Paragraph line : lines) {
			Matcher government = named.matcher(line.text());
			while (government.find()) {
				counts.merge(government.group().substring(0, government.group().length() - "人民政府".length()), 1,
						Integer::sum);
			}
		}
		Comparator<Map.Entry<String, Integer>> choice = place.isEmpty()
				? Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().length())
				: Comparator.comparing(e -> e.getKey().length());
		return counts.entrySet()
			.stream()
			.max(choice)
			.map(Map.Entry::getKey)
			.or(() -> Optional.of(place).filter(p -> !p.isEmpty()))
			.map(name -> name + "人民政府")
			.orElse(null);
	}

	/** Which statutory part a 一、 heading opens, by the words reports use for it. */
	static PartType partType(String heading, boolean haveAchievements) {
		if (heading.matches(".*(第一责任人|主要负责人|党政负责人).*")) {
			return PartType.LEADERSHIP;
		}
		if (heading.matches(".*(不足|问题|差距|短板|困难).*")) {
			return PartType.SHORTCOMINGS;
		}
		if (heading.matches(".*其他.*")) {
			return PartType.OTHER;
		}
		if (heading.matches(".*(下一步|下一年|安排|打算|设想|计划|思路|展望|重点工作).*")) {
			return PartType.NEXT_YEAR;
		}
		return haveAchievements ? PartType.OTHER : PartType.ACHIEVEMENTS;
	}

	/** A numbered or led line: its first sentence is the heading, the rest of the line the start of its text. */
	private static String[] runIn(String line) {
		int stop = line.indexOf('。');
		return stop < 0 ? new String[] { line, "" }
				: new String[] { line.substring(0, stop).strip(), line.substring(stop + 1).strip() };
	}

	/** The outline as it grows, paragraph by paragraph. */
	private static final class Builder {

		private final boolean hasShortcomingsPart;

		private final List<String> opening = new ArrayList<>();

		private final List<PartBuilder> parts = new ArrayList<>();

		private ItemBuilder topic;

		private ItemBuilder child;

		private ItemBuilder grandchild;

		Builder(boolean hasShortcomingsPart) {
			this.hasShortcomingsPart = hasShortcomingsPart;
		}

		void accept(Paragraph paragraph) {
			String line = paragraph.text();
			Matcher part = PART.matcher(line);
			if (part.matches()) {
				boolean haveAchievements = parts.stream().anyMatch(p -> p.type == PartType.ACHIEVEMENTS);
				startPart(partType(part.group(2), haveAchievements), part.group(2));
				return;
			}
			Matcher topicLine = TOPIC.matcher(line);
			if (topicLine.matches()) {
				closeTopic();
				topic = new ItemBuilder(ItemBuilder.Kind.TOPIC);
				String rest = topicLine.group(2);
				int stop = rest.indexOf('。');
				topic.heading = stop < 0 ? rest : rest.substring(0, stop);
				if (stop >= 0) {
					topic.text(rest.substring(stop + 1));
				}
				currentPart().items.add(topic);
				child = null;
				grandchild = null;
				return;
			}
			Matcher numbered = NUMBERED.matcher(line);
			if (numbered.matches()) {
				addChild(ItemBuilder.Kind.NUMBERED, numbered.group(2));
				return;
			}
			Matcher bracketNumbered = BRACKET_NUMBERED.matcher(line);
			if (bracketNumbered.matches()) {
				if (child != null && child.kind == ItemBuilder.Kind.NUMBERED) {
					grandchild = new ItemBuilder(ItemBuilder.Kind.BRACKET_NUMBERED);
					String[] split = runIn(bracketNumbered.group(2));
					grandchild.heading = split[0];
					grandchild.text(split[1]);
					child.items.add(grandchild);
				}
				else {
					addChild(ItemBuilder.Kind.BRACKET_NUMBERED, bracketNumbered.group(2));
				}
				return;
			}
			Matcher enumerated = ENUMERATED.matcher(line);
			if (enumerated.matches() && !containerHasNumberedChildren()) {
				addChild(ItemBuilder.Kind.ENUMERATED, enumerated.group(2));
				return;
			}
			if (paragraph.lead() != null && !paragraph.lead().isEmpty() && !containerHasNumberedChildren()
					&& line.startsWith(paragraph.lead())) {
				addLed(paragraph.lead(), line.substring(paragraph.lead().length()));
				return;
			}
			if (tucksInShortcomings(line)) {
				closeTopic();
				parts.add(new PartBuilder(PartType.SHORTCOMINGS, ""));
				currentPart().text(line);
				return;
			}
			if (grandchild != null) {
				grandchild.text(line);
			}
			else if (child != null) {
				child.text(line);
			}
			else if (topic != null) {
				topic.text(line);
			}
			else if (!parts.isEmpty()) {
				currentPart().text(line);
			}
			else {
				opening.add(line);
			}
		}

		/**
		 * A shortcomings paragraph after the run-in items of the achievements part, in a report without a
		 * shortcomings part of its own (宁波 2020).
		 */
		private boolean tucksInShortcomings(String line) {
			return !hasShortcomingsPart && !parts.isEmpty() && currentPart().type == PartType.ACHIEVEMENTS
					&& child != null && grandchild == null && child.kind != ItemBuilder.Kind.NUMBERED
					&& !child.paragraphs.isEmpty() && SHORTCOMINGS_SIGNAL.matcher(line).find();
		}

		private void startPart(PartType type, String heading) {
			closeTopic();
			parts.add(new PartBuilder(type, heading));
		}

		private PartBuilder currentPart() {
			if (parts.isEmpty()) {
				parts.add(new PartBuilder(PartType.ACHIEVEMENTS, ""));
			}
			return parts.get(parts.size() - 1);
		}

		private boolean containerHasNumberedChildren() {
			List<ItemBuilder> siblings = topic != null ? topic.items : parts.isEmpty() ? List.of() : currentPart().items;
			return siblings.stream()
				.anyMatch(i -> i.kind == ItemBuilder.Kind.NUMBERED || i.kind == ItemBuilder.Kind.BRACKET_NUMBERED);
		}

		private void addChild(ItemBuilder.Kind kind, String line) {
			String[] split = runIn(line);
			ItemBuilder item = new ItemBuilder(kind);
			item.heading = split[0];
			item.text(split[1]);
			attach(item);
		}

		private void addLed(String lead, String rest) {
			ItemBuilder item = new ItemBuilder(ItemBuilder.Kind.LED);
			item.heading = lead.replaceAll("[。.:：]$", "").strip();
			item.text(rest.strip());
			attach(item);
		}

		private void attach(ItemBuilder item) {
			if (topic != null) {
				topic.items.add(item);
			}
			else {
				currentPart().items.add(item);
			}
			child = item;
			grandchild = null;
		}

		/**
		 * A text file has lost the bold of led items: a topic without numbered items whose paragraphs all open with
		 * a short sentence followed by more text is read as led items (通州 2023).
		 */
		private void closeTopic() {
			if (topic != null && topic.items.isEmpty() && topic.paragraphs.size() >= 2
					&& topic.paragraphs.stream().allMatch(OutlineParser::hasShortLead)) {
				for (String paragraph : topic.paragraphs) {
					int stop = paragraph.indexOf('。');
					ItemBuilder led = new ItemBuilder(ItemBuilder.Kind.LED);
					led.heading = paragraph.substring(0, stop).strip();
					led.text(paragraph.substring(stop + 1));
					topic.items.add(led);
				}
				topic.paragraphs.clear();
			}
			topic = null;
			child = null;
			grandchild = null;
		}

		String opening() {
			return String.join("\n", opening);
		}

		List<ReportOutline.Part> parts() {
			closeTopic();
			return parts.stream()
				.map(part -> new ReportOutline.Part(part.type, part.heading, String.join("\n", part.text),
						part.items.stream().map(ItemBuilder::build).toList()))
				.toList();
		}

	}

	private static boolean hasShortLead(String paragraph) {
		int stop = paragraph.indexOf('。');
		return stop > 0 && stop <= MAX_LEAD && stop < paragraph.length() - 1
				&& !ENUMERATED.matcher(paragraph).matches();
	}

	private static final class PartBuilder {

		final PartType type;

		final String heading;

		final List<String> text = new ArrayList<>();

		final List<ItemBuilder> items = new ArrayList<>();

		PartBuilder(PartType type, String heading) {
			this.type = type;
			this.heading = heading;
		}

		void text(String line) {
			if (!line.isBlank()) {
				text.add(line.strip());
			}
		}

	}

	private static final class ItemBuilder {

		enum Kind {

			TOPIC, NUMBERED, BRACKET_NUMBERED, ENUMERATED, LED

		}

		final Kind kind;

		String heading = "";

		final List<String> paragraphs = new ArrayList<>();

		final List<ItemBuilder> items = new ArrayList<>();

		ItemBuilder(Kind kind) {
			this.kind = kind;
		}

		void text(String line) {
			if (!line.isBlank()) {
				paragraphs.add(line.strip());
			}
		}

		ReportOutline.Item build() {
			return new ReportOutline.Item(heading.strip(), String.join("\n", paragraphs),
					items.stream().map(ItemBuilder::build).toList());
		}

	}

}
