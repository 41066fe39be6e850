package cn.fazhi.annualreport.outline;

/**
 * A paragraph of a report as the file has it.
 *
 * @param text the paragraph's text
 * @param lead the bold words it opens with (a Word file's unnumbered item heading), or {@code null}
 */
record Paragraph(String text, String lead) {

	static Paragraph plain(String text) {
		return new Paragraph(text, null);
	}

}
