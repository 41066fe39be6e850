package cn.fazhi.annualreport.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the printable HTML of the report to PDF with openhtmltopdf, embedding a Chinese font shipped with the
 * product (TrueType outlines, SIL Open Font License; see {@code fonts/README.md}) so that the file reads the same on
 * every computer and needs nothing installed on the server.
 */
@Component
class ReportPdf {

	static {
		// openhtmltopdf logs to the console by default; through SLF4J its messages follow the product's logging
		XRLog.setLoggerImpl(new Slf4jLogger());
	}

	/** The embedded font's family name, used for every kind of text. */
	static final String FAMILY = "ReportSerif";

	static final String FONT = "fonts/NotoSerifSC-Regular.ttf";

	static final ReportExports.Fonts EMBEDDED = new ReportExports.Fonts(FAMILY, FAMILY, FAMILY, FAMILY, FAMILY);

	byte[] render(String html) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(Font.BYTES), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL,
					true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The font's 10.5 MB, read on the first PDF rather than from the jar again for every one. */
	private static final class Font {

		static final byte[] BYTES = read(FONT);

		private static byte[] read(String font) {
			try {
				return new ClassPathResource(font).getContentAsByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The report font " + font + " is missing from the application", ex);
			}
		}

	}

}
