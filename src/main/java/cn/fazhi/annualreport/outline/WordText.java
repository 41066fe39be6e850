package cn.fazhi.annualreport.outline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The paragraphs of a Word (.docx) file, with the numbers Word's automatic numbering shows (一、 （一） 1.) put back
 * in front of the text, and the bold words a paragraph opens with.
 */
final class WordText {

	static {
		// a .docx is a zip: refuse archives that inflate out of all proportion (zip bombs) or hold huge parts; the
		// text stays within POI's default limit of 10 million characters
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
	}

	private WordText() {
	}

	static List<Paragraph> paragraphs(byte[] content) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			List<Paragraph> paragraphs = new ArrayList<>();
			Numbering numbering = new Numbering();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					paragraphs.add(paragraph(paragraph, numbering));
				}
				else if (element instanceof XWPFTable table) {
					for (XWPFTableRow row : table.getRows()) {
						List<String> cells = new ArrayList<>();
						for (XWPFTableCell cell : row.getTableCells()) {
							cells.add(cell.getText().strip());
						}
						paragraphs.add(Paragraph.plain(String.join("\t", cells)));
					}
				}
			}
			return paragraphs;
		}
	}

	private static Paragraph paragraph(XWPFParagraph paragraph, Numbering numbering) {
		String text = paragraph.getText();
		String label = numbering.label(paragraph);
		StringBuilder lead = new StringBuilder();
		for (XWPFRun run : paragraph.getRuns()) {
			String runText = run.text();
			if (!run.isBold()) {
				if (!runText.isBlank()) {
					break;
				}
			}
			lead.append(runText);
		}
		String bold = lead.toString().strip();
		boolean ledParagraph = !bold.isEmpty() && bold.length() < text.strip().length();
		return new Paragraph(label + text, ledParagraph && label.isEmpty() ? bold : null);
	}

	/** Counts Word's automatic numbering per list and level, as Word shows it. */
	private static final class Numbering {

		private final Map<BigInteger, int[]> counters = new HashMap<>();

		String label(XWPFParagraph paragraph) {
			BigInteger list = paragraph.getNumID();
			String pattern = paragraph.getNumLevelText();
			if (list == null || pattern == null) {
				return "";
			}
			int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
			int[] count = counters.computeIfAbsent(list, id -> new int[9]);
			if (level < 0 || level >= count.length) {
				return "";
			}
			count[level]++;
			for (int deeper = level + 1; deeper < count.length; deeper++) {
				count[deeper] = 0;
			}
			String format = paragraph.getNumFmt();
			String label = pattern;
			for (int l = 0; l <= level; l++) {
				label = label.replace("%" + (l + 1), format(Math.max(count[l], 1), l == level ? format : "decimal"));
			}
			return label;
		}

		private static String format(int number, String format) {
			if (format != null && (format.startsWith("chinese") || format.startsWith("ideograph")
					|| format.startsWith("japaneseCounting") || format.startsWith("taiwaneseCounting"))) {
				return ChineseNumbers.of(number);
			}
			return String.valueOf(number);
		}

	}

}
