package cn.fazhi.annualreport.section;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * What an uploaded file really is, from its content (Apache Tika's magic bytes), not from its name: a program
 * renamed to 材料.pdf is refused. The name only tells apart the formats that share a container (a .docx and an .xlsx
 * are both Office Open XML; an .ofd is a ZIP with an OFD.xml).
 */
@Component
class AttachmentTypes {

	static final String OFD = "application/ofd";

	/** What a department may keep as evidence, with the names users know them by. */
	static final Map<String, String> ACCEPTED = Map.ofEntries(Map.entry("application/pdf", "PDF"),
			Map.entry("application/msword", "Word"),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
			Map.entry("application/vnd.ms-excel", "Excel"),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
			Map.entry("image/png", "PNG 图片"), Map.entry("image/jpeg", "JPEG 图片"), Map.entry("image/gif", "GIF 图片"),
			Map.entry("image/tiff", "TIFF 图片"), Map.entry(OFD, "OFD"));

	/** Containers whose exact format the name decides, once the content showed the container. */
	private static final Map<String, String> CONTAINERS = Map.of("application/x-tika-ooxml", "OOXML",
			"application/x-tika-msoffice", "OLE2", "application/zip", "ZIP");

	private final Tika tika = new Tika();

	/** The file's type if it is one a section may keep, else empty. */
	Optional<String> accepted(byte[] content, String name) {
		String byContent = tika.detect(content);
		if (ACCEPTED.containsKey(byContent)) {
			return Optional.of(byContent);
		}
		if (!CONTAINERS.containsKey(byContent)) {
			return Optional.empty();
		}
		if ("application/zip".equals(byContent)) {
			return name.toLowerCase(java.util.Locale.ROOT).endsWith(".ofd") && holdsOfdDocument(content)
					? Optional.of(OFD) : Optional.empty();
		}
		String byContentAndName = tika.detect(content, name);
		return ACCEPTED.containsKey(byContentAndName) ? Optional.of(byContentAndName) : Optional.empty();
	}

	/** GB/T 33190: an OFD package is a ZIP whose entry point is OFD.xml at its root. */
	private static boolean holdsOfdDocument(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if ("OFD.xml".equals(entry.getName())) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
