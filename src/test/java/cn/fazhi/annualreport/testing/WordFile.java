package cn.fazhi.annualreport.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Word files for tests, written with Apache POI as Word would save them. */
public final class WordFile {

	private WordFile() {
	}

	/**
	 * A .docx with one paragraph per line; {@code **words**} at the start of a line are bold, as the lead of an
	 * unnumbered item.
	 */
	public static byte[] of(String... lines) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : lines) {
				XWPFParagraph paragraph = document.createParagraph();
				String rest = line;
				if (line.startsWith("**")) {
					int end = line.indexOf("**", 2);
					XWPFRun lead = paragraph.createRun();
					lead.setBold(true);
					lead.setText(line.substring(2, end));
					rest = line.substring(end + 2);
				}
				if (!rest.isEmpty()) {
					paragraph.createRun().setText(rest);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A zip that inflates a thousandfold into one huge part of an otherwise plausible Word file. */
	public static byte[] zipBomb() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
					+ ".wordprocessingml.document.main+xml\"/></Types>")
				.getBytes());
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 200; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A zip archive that is not a Word file. */
	public static byte[] otherZip() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("这不是 Word 文件".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
