package cn.fazhi.annualreport.report;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.fazhi.annualreport.outline.ChineseNumbers;
import cn.fazhi.annualreport.outline.Headings;
import cn.fazhi.annualreport.outline.TextNotation;
import cn.fazhi.annualreport.system.Sha256;

/**
 * Lays a report out as the paragraphs of the printed document, numbering headings the official way: 一、 for parts,
 * （一） for the first level inside a part, 1. for the second and （1） for the third. Items without a heading are
 * plain paragraphs and take no number. Pages, DOCX and PDF all print from this one layout.
 */
public final class ReportLayout {

	private ReportLayout() {
	}

	/** The kinds of paragraph, each with its own typeface in GB/T 9704. */
	public enum Kind {

		/** 一、 heading (黑体). */
		PART_HEADING,
		/** （一） heading (楷体). */
		SECTION_HEADING,
		/** 1. or （1） heading run into its text. */
		NUMBERED,
		/** Body text (仿宋), with its bold lead-in (一是……。) as the heading, if it has one. */
		TEXT,
		/** A table of figures: its rows as lines, cells between tabs, the first row the header. */
		TABLE

	}

	/**
	 * One paragraph: its kind, the number and heading (empty for plain text) and the text that follows the heading in
	 * the same paragraph.
	 */
	public record Paragraph(Kind kind, String number, String heading, String text) {

		/** The paragraph as one printed line: what the signature covers, the comparison shows and the scan reads. */
		public String line() {
			return number + heading + text;
		}

		/** A table's cells, row by row; nothing for other paragraphs. */
		public List<List<String>> rows() {
			return kind == Kind.TABLE ? text.lines().map(row -> List.of(row.split("\t", -1))).toList() : List.of();
		}

	}

	public static List<Paragraph> paragraphs(ReportDocument document) {
		List<Paragraph> paragraphs = new ArrayList<>();
		texts(paragraphs, document.opening());
		int partNumber = 0;
		for (ReportDocument.Part part : document.parts()) {
			if (!part.hasContent() && part.heading().isEmpty()) {
				continue;
			}
			paragraphs.add(new Paragraph(Kind.PART_HEADING, ChineseNumbers.of(++partNumber) + "、", part.heading(), ""));
			texts(paragraphs, part.text());
			items(paragraphs, part.items(), 1);
		}
		return paragraphs;
	}

	private static void items(List<Paragraph> paragraphs, List<ReportDocument.Item> items, int level) {
		int number = 0;
		for (ReportDocument.Item item : items) {
			if (item.heading().isEmpty()) {
				texts(paragraphs, item.text());
			}
			else if (level == 1) {
				paragraphs.add(new Paragraph(Kind.SECTION_HEADING, Headings.label(level, ++number), item.heading(), ""));
				texts(paragraphs, item.text());
			}
			else {
				String label = Headings.label(level, ++number);
				List<TextNotation.Block> blocks = TextNotation.blocks(item.text());
				// the first paragraph runs on after the heading (1.标题。正文); a lead-in of its own would read as a
				// second heading there, so it prints plain
				boolean runsOn = !blocks.isEmpty() && blocks.get(0) instanceof TextNotation.Text;
				String first = runsOn ? ((TextNotation.Text) blocks.get(0)).plain() : "";
				paragraphs.add(new Paragraph(Kind.NUMBERED, label, Headings.sentence(item.heading()), first));
				blocks.stream().skip(runsOn ? 1 : 0).forEach(block -> paragraphs.add(paragraph(block)));
			}
			items(paragraphs, item.items(), level + 1);
		}
	}

	private static void texts(List<Paragraph> paragraphs, String text) {
		TextNotation.blocks(text).forEach(block -> paragraphs.add(paragraph(block)));
	}

	private static Paragraph paragraph(TextNotation.Block block) {
		if (block instanceof TextNotation.Table table) {
			return new Paragraph(Kind.TABLE, "", "", String.join("\n", table.lines()));
		}
		TextNotation.Text text = (TextNotation.Text) block;
		return new Paragraph(Kind.TEXT, "", text.lead(), text.rest());
	}

	/**
	 * The text a signature covers, one printed line per paragraph after the title, in Unicode NFC: the same report
	 * gives the same text however it was stored.
	 */
	public static String canonicalText(ReportDocument document) {
		StringBuilder text = new StringBuilder(document.title());
		for (Paragraph paragraph : paragraphs(document)) {
			text.append('\n').append(paragraph.line());
		}
		return Normalizer.normalize(text.toString(), Normalizer.Form.NFC);
	}

	/** SHA-256 of the canonical text, in lower-case hexadecimal. */
	public static String fingerprint(ReportDocument document) {
		return Sha256.hex(canonicalText(document).getBytes(StandardCharsets.UTF_8));
	}

	/** 成文日期 the way GB/T 9704 writes it, in Arabic numerals without leading zeros: 2027年3月5日. */
	public static String date(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

}
