package cn.fazhi.annualreport.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import cn.fazhi.annualreport.report.ReportLayout.Paragraph;
import cn.fazhi.annualreport.system.TextCleaner;

/**
 * The report as a Word file laid out per GB/T 9704-2012 《党政机关公文格式》: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm
 * with 22 lines of 28 characters; the title in 2号 方正小标宋简体, the text in 3号 仿宋_GB2312, first-level headings in
 * 黑体, second-level in 楷体_GB2312; page numbers "— 1 —" in 4号 宋体, odd pages right and even pages left, one
 * character in; the 落款 and 成文日期 in Arabic numerals, four characters in from the right. The fonts are the ones
 * government computers have; Word substitutes where one is missing.
 */
final class ReportDocx {

	static final String TITLE_FONT = "方正小标宋简体";

	static final String BODY_FONT = "仿宋_GB2312";

	static final String PART_FONT = "黑体";

	static final String SECTION_FONT = "楷体_GB2312";

	static final String PAGE_NUMBER_FONT = "宋体";

	/** 3号 = 16 pt. */
	static final int BODY_SIZE = 16;

	/** 四号 (14 pt) for the cells of a table. */
	static final int TABLE_SIZE = 14;

	/** 2号 = 22 pt. */
	static final int TITLE_SIZE = 22;

	/** 4号 = 14 pt. */
	static final int PAGE_NUMBER_SIZE = 14;

	/** 225 mm of 版心 over 22 lines, in twentieths of a point: 28.95 pt. */
	static final int LINE_PITCH = 579;

	/** One character of 3号 text, in twentieths of a point. */
	static final int CHARACTER = 320;

	private ReportDocx() {
	}

	static byte[] write(ReportDocument document, String organization, LocalDate date) {
		try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(word);
			XWPFParagraph title = paragraph(word, ParagraphAlignment.CENTER, 0);
			run(title, document.title(), TITLE_FONT, TITLE_SIZE, false);
			paragraph(word, ParagraphAlignment.LEFT, 0);
			for (Paragraph paragraph : ReportLayout.paragraphs(document)) {
				if (paragraph.kind() == ReportLayout.Kind.TABLE) {
					table(word, paragraph.rows());
					continue;
				}
				XWPFParagraph written = paragraph(word, ParagraphAlignment.BOTH, 2 * CHARACTER);
				switch (paragraph.kind()) {
					case PART_HEADING -> run(written, paragraph.number() + paragraph.heading(), PART_FONT, BODY_SIZE, false);
					case SECTION_HEADING -> run(written, paragraph.number() + paragraph.heading(), SECTION_FONT, BODY_SIZE,
							false);
					case NUMBERED -> {
						run(written, paragraph.number() + paragraph.heading(), BODY_FONT, BODY_SIZE, false);
						run(written, paragraph.text(), BODY_FONT, BODY_SIZE, false);
					}
					case TEXT -> {
						run(written, paragraph.heading(), BODY_FONT, BODY_SIZE, true);
						run(written, paragraph.text(), BODY_FONT, BODY_SIZE, false);
					}
					case TABLE -> throw new IllegalStateException("tables are written above");
				}
			}
			// 落款 and 成文日期: a blank line, then right-aligned four characters in
			paragraph(word, ParagraphAlignment.LEFT, 0);
			for (String line : List.of(organization, ReportLayout.date(date))) {
				XWPFParagraph signature = paragraph(word, ParagraphAlignment.RIGHT, 0);
				signature.setIndentationRight(4 * CHARACTER);
				run(signature, line, BODY_FONT, BODY_SIZE, false);
			}
			pageNumbers(word);
			word.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void page(XWPFDocument word) {
		CTSectPr section = word.getDocument().getBody().isSetSectPr() ? word.getDocument().getBody().getSectPr()
				: word.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(millimetres(210)));
		size.setH(BigInteger.valueOf(millimetres(297)));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(millimetres(37)));
		margins.setLeft(BigInteger.valueOf(millimetres(28)));
		// 版心 156 × 225 mm leaves 26 mm on the right and 35 mm at the bottom
		margins.setRight(BigInteger.valueOf(millimetres(26)));
		margins.setBottom(BigInteger.valueOf(millimetres(35)));
		margins.setHeader(BigInteger.valueOf(millimetres(15)));
		// the page number sits about 7 mm below the 版心
		margins.setFooter(BigInteger.valueOf(millimetres(21)));
		CTDocGrid grid = section.isSetDocGrid() ? section.getDocGrid() : section.addNewDocGrid();
		grid.setType(STDocGrid.LINES_AND_CHARS);
		grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
		// 28 characters in 156 mm: each 15.79 pt instead of the font's 16 pt, in 4096ths of a point
		grid.setCharSpace(BigInteger.valueOf(Math.round((millimetres(156) / 28.0 / 20.0 - BODY_SIZE) * 4096)));
	}

	private static XWPFParagraph paragraph(XWPFDocument word, ParagraphAlignment alignment, int firstLineIndent) {
		XWPFParagraph paragraph = word.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBetween(LINE_PITCH / 20.0, LineSpacingRule.EXACT);
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBefore(0);
		if (firstLineIndent > 0) {
			paragraph.setIndentationFirstLine(firstLineIndent);
		}
		return paragraph;
	}

	/** A table of figures across the 版心, its header row bold, in 仿宋 one size below the text (四号). */
	private static void table(XWPFDocument word, List<List<String>> rows) {
		XWPFTable table = word.createTable(rows.size(), rows.get(0).size());
		table.setWidth("100%");
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				XWPFParagraph cell = table.getRow(r).getCell(c).getParagraphs().get(0);
				cell.setAlignment(ParagraphAlignment.CENTER);
				run(cell, rows.get(r).get(c), BODY_FONT, TABLE_SIZE, r == 0);
			}
		}
		// Word joins two tables with nothing between them into one
		paragraph(word, ParagraphAlignment.LEFT, 0);
	}

	private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
		if (text.isEmpty()) {
			return;
		}
		XWPFRun run = paragraph.createRun();
		// Word refuses a file with a character XML forbids; texts stored before input was cleaned may have one
		run.setText(TextCleaner.clean(text));
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
		run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
		run.setFontSize(size);
		run.setBold(bold);
	}

	/** "— 1 —": odd pages at the right, even pages at the left, one character in from the edge of the 版心. */
	private static void pageNumbers(XWPFDocument word) {
		word.setEvenAndOddHeadings(true);
		pageNumber(word.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(word.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
	}

	private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(alignment);
		if (alignment == ParagraphAlignment.RIGHT) {
			paragraph.setIndentationRight(PAGE_NUMBER_SIZE * 20);
		}
		else {
			paragraph.setIndentationLeft(PAGE_NUMBER_SIZE * 20);
		}
		run(paragraph, "— ", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE, false);
		XWPFRun number = paragraph.createRun();
		number.setFontFamily(PAGE_NUMBER_FONT, XWPFRun.FontCharRange.ascii);
		number.setFontSize(PAGE_NUMBER_SIZE);
		number.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		// the PAGE field: Word and WPS put each page's number in
		XWPFRun instruction = paragraph.createRun();
		instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
		XWPFRun end = paragraph.createRun();
		end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
		run(paragraph, " —", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE, false);
	}

	private static int millimetres(double mm) {
		return (int) Math.round(mm / 25.4 * 1440);
	}

}
