package cn.fazhi.annualreport.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a part that a department wrote as its own numbered list (一、 （一） 1. （1） or 一是, one item a paragraph) into
 * headed items without their numbers, so that a report can number the items of many departments as one list. The
 * paragraphs before the first item are the part's own text; the paragraphs after an item are that item's text; a
 * second kind of numbering inside an item gives its sub-items. Only a run that counts 1, 2, 3… is a list: a paragraph
 * that happens to open with a number (5名干部…) or a lone 一是 inside a sentence stays text.
 */
public final class NumberedList {

	/** The numberings departments use, from the outline parser, each with how it writes its number. */
	private enum Style {

		PART(OutlineParser.PART, true), TOPIC(OutlineParser.TOPIC, true), NUMBERED(OutlineParser.NUMBERED, false),
		BRACKET_NUMBERED(OutlineParser.BRACKET_NUMBERED, false), ENUMERATED(OutlineParser.ENUMERATED, true);

		final Pattern pattern;

		final boolean chinese;

		Style(Pattern pattern, boolean chinese) {
			this.pattern = pattern;
			this.chinese = chinese;
		}

	}

	/** One numbered paragraph: its numbering, its number and what follows the number. */
	private record Numbered(Style style, int number, String rest) {

		static Optional<Numbered> of(String line) {
			for (Style style : Style.values()) {
				Matcher matcher = style.pattern.matcher(line);
				if (matcher.matches() && !matcher.group(2).isBlank()) {
					int number = style.chinese ? chinese(matcher.group(1)) : Integer.parseInt(matcher.group(1));
					if (number > 0) {
						return Optional.of(new Numbered(style, number, matcher.group(2).strip()));
					}
				}
			}
			return Optional.empty();
		}

		private static int chinese(String numeral) {
			for (int n = 1; n < 100; n++) {
				if (ChineseNumbers.of(n).equals(numeral)) {
					return n;
				}
			}
			return 0;
		}

	}

	private NumberedList() {
	}

	/**
	 * @param maxHeading the longest heading the report takes: a longer first sentence is cut at a comma and the rest
	 * starts the item's text
	 */
	public static ReportOutline.Part read(PartType type, String text, int maxHeading) {
		List<String> lines = text == null ? List.of()
				: text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		List<String> intro = new ArrayList<>();
		List<Builder> items = new ArrayList<>();
		Style top = null;
		Style sub = null;
		Builder item = null;
		Builder child = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Numbered numbered = Numbered.of(line).orElse(null);
			if (top == null && numbered != null && numbered.number() == 1 && startsList(numbered, lines, i)) {
				top = numbered.style();
			}
			if (numbered != null && numbered.style() == top && numbered.number() == items.size() + 1) {
				item = new Builder(numbered.rest(), maxHeading);
				items.add(item);
				child = null;
				sub = null;
			}
			else if (item != null && numbered != null && numbered.style() != top
					&& (sub == null ? numbered.number() == 1 && startsList(numbered, lines, i)
							: numbered.style() == sub && numbered.number() == item.children.size() + 1)) {
				sub = numbered.style();
				child = new Builder(numbered.rest(), maxHeading);
				item.children.add(child);
			}
			else if (child != null) {
				child.paragraphs.add(line);
			}
			else if (item != null) {
				item.paragraphs.add(line);
			}
			else {
				intro.add(line);
			}
		}
		return new ReportOutline.Part(type, "", String.join("\n", intro), items.stream().map(Builder::build).toList());
	}

	/** 一是 starts a list only if a later paragraph carries on with 二是; the other numberings stand alone. */
	private static boolean startsList(Numbered first, List<String> lines, int at) {
		if (first.style() != Style.ENUMERATED) {
			return true;
		}
		return lines.stream()
			.skip(at + 1)
			.map(Numbered::of)
			.flatMap(Optional::stream)
			.anyMatch(next -> next.style() == Style.ENUMERATED && next.number() == 2);
	}

	private static final class Builder {

		final String heading;

		final List<String> paragraphs = new ArrayList<>();

		final List<Builder> children = new ArrayList<>();

		/** A run-in item (（一）标题。正文…): the first sentence is the heading, the rest of the paragraph its text. */
		Builder(String line, int maxHeading) {
			int stop = line.indexOf('。');
			String first = stop < 0 ? line : line.substring(0, stop);
			String rest = stop < 0 ? "" : line.substring(stop + 1).strip();
			if (first.codePointCount(0, first.length()) > maxHeading) {
				int cut = Math.max(first.lastIndexOf('，', maxHeading), first.lastIndexOf(',', maxHeading));
				if (cut <= 0) {
					cut = first.offsetByCodePoints(0, maxHeading);
				}
				rest = (first.substring(cut).replaceFirst("^[，,]", "") + (stop < 0 ? "" : "。") + rest).strip();
				first = first.substring(0, cut);
			}
			this.heading = first.strip();
			if (!rest.isEmpty()) {
				paragraphs.add(rest);
			}
		}

		ReportOutline.Item build() {
			return new ReportOutline.Item(heading, String.join("\n", paragraphs),
					children.stream().map(Builder::build).toList());
		}

	}

}
