package cn.fazhi.annualreport.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the little formatting a report's text has lives in the stored outline, which stays plain text with one
 * paragraph per line: a bold lead-in at the start of a paragraph ({@code **一是强化组织领导。**全年召开……}) and
 * tables of figures, one row per line between bars ({@code | 指标 | 2025年 | 2026年 |}, the first row its header).
 * The editor writes this; the layout prints it; everything that reads words (comparison, fingerprints, the
 * confidentiality scan) reads {@link #plain} text.
 */
public final class TextNotation {

	private static final Pattern LEAD = Pattern.compile("^\\*\\*(.+?)\\*\\*(.*)$");

	private TextNotation() {
	}

	/** A run of the text: a paragraph or a table. */
	public sealed interface Block permits Text, Table {

		/** Whether the block is a table, for templates that cannot ask its type. */
		default boolean isTable() {
			return this instanceof Table;
		}

	}

	/** A paragraph, with its bold lead-in ({@code ""} if none) and the rest of it. */
	public record Text(String lead, String rest) implements Block {

		public String plain() {
			return lead + rest;
		}

	}

	/** A table: its rows (the first is the header), every row as wide as the widest. */
	public record Table(List<List<String>> rows) implements Block {

		public Table {
			int width = rows.stream().mapToInt(List::size).max().orElse(0);
			rows = rows.stream().map(row -> {
				List<String> padded = new ArrayList<>(row);
				while (padded.size() < width) {
					padded.add("");
				}
				return List.copyOf(padded);
			}).toList();
		}

		/** The rows as lines of cells between tabs: what a signature covers and a comparison reads. */
		public List<String> lines() {
			return rows.stream().map(row -> String.join("\t", row)).toList();
		}

	}

	/** The blocks of a stored text; blank lines separate nothing and are dropped. */
	public static List<Block> blocks(String text) {
		List<Block> blocks = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (String line : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
			if (isRow(line)) {
				rows.add(cells(line));
				continue;
			}
			if (!rows.isEmpty()) {
				blocks.add(new Table(rows));
				rows = new ArrayList<>();
			}
			blocks.add(paragraph(line));
		}
		if (!rows.isEmpty()) {
			blocks.add(new Table(rows));
		}
		return blocks;
	}

	/** One paragraph line with its lead-in told apart. */
	public static Text paragraph(String line) {
		Matcher lead = LEAD.matcher(line);
		return lead.matches() && !lead.group(1).isBlank() ? new Text(lead.group(1).strip(), lead.group(2))
				: new Text("", line);
	}

	/** The words of a stored text without its marks, one line per paragraph or table row. */
	public static String plain(String text) {
		return String.join("\n", lines(text, "\t"));
	}

	/** The paragraphs as a reader compares them: marks gone, a table row's cells between bars. */
	public static List<String> readableLines(String text) {
		return lines(text, " | ");
	}

	private static List<String> lines(String text, String betweenCells) {
		List<String> lines = new ArrayList<>();
		for (Block block : blocks(text)) {
			if (block instanceof Text paragraph) {
				lines.add(paragraph.plain());
			}
			else if (block instanceof Table table) {
				table.rows().forEach(row -> lines.add(String.join(betweenCells, row)));
			}
		}
		return lines;
	}

	private static boolean isRow(String line) {
		return line.length() >= 2 && line.startsWith("|") && line.endsWith("|");
	}

	private static List<String> cells(String line) {
		String inner = line.substring(1, line.length() - 1);
		List<String> cells = new ArrayList<>();
		for (String cell : inner.split("\\|", -1)) {
			cells.add(cell.strip());
		}
		return cells;
	}

}
