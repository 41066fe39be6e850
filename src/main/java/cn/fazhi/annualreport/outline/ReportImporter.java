package cn.fazhi.annualreport.outline;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.system.InvalidInputException;
import cn.fazhi.annualreport.system.TextCleaner;

/**
 * Reads an annual report from a file a department or a government already has: the text of a published report
 * (.txt) or the Word file it was written in (.docx). Nothing is stored; a file that cannot be read as a report is
 * refused with the reason.
 */
@Component
public class ReportImporter {

	private static final Logger log = LoggerFactory.getLogger(ReportImporter.class);

	/** Far above any report (a long one with pictures is a few MiB); a larger upload is not a report. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	static final String FIELD = "file";

	public ReportOutline read(String filename, byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException(FIELD, "problem.import.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException(FIELD, "problem.import.too-large", MAX_BYTES / 1024 / 1024);
		}
		String name = filename == null ? "" : filename.strip().toLowerCase(Locale.ROOT);
		List<Paragraph> paragraphs;
		if (name.endsWith(".txt")) {
			paragraphs = PlainText.paragraphs(content)
				.orElseThrow(() -> new InvalidInputException(FIELD, "problem.import.not-text"));
		}
		else if (name.endsWith(".docx")) {
			paragraphs = word(content);
		}
		else if (name.endsWith(".doc") || name.endsWith(".wps")) {
			throw new InvalidInputException(FIELD, "problem.import.old-word");
		}
		else {
			throw new InvalidInputException(FIELD, "problem.import.unsupported-type");
		}
		// cleaned here, where the file's text enters the product (Word pastes vertical tabs, text files carry BOMs)
		ReportOutline outline = OutlineParser.parse(paragraphs.stream()
			.map(p -> new Paragraph(TextCleaner.clean(p.text()), TextCleaner.clean(p.lead())))
			.toList());
		if (outline.parts().isEmpty()) {
			throw new InvalidInputException(FIELD, "problem.import.no-parts");
		}
		return outline;
	}

	private static List<Paragraph> word(byte[] content) {
		// a .docx is a zip archive; anything else named .docx is refused before the parser sees it
		if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
			throw new InvalidInputException(FIELD, "problem.import.not-docx");
		}
		try {
			return WordText.paragraphs(content);
		}
		catch (IOException | RuntimeException ex) {
			// POI reports corrupt, truncated and oversized (zip bomb) files with many exception types
			log.debug("Refused a .docx file: {}", ex.toString());
			throw new InvalidInputException(FIELD, "problem.import.not-docx");
		}
	}

}
