package cn.fazhi.annualreport.outline;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The paragraphs of a text file: UTF-8 (with or without BOM), UTF-16 with a BOM (Windows Notepad's "Unicode"), or
 * GB18030, which older government systems still write. Anything else is not a text file.
 */
final class PlainText {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private PlainText() {
	}

	static Optional<List<Paragraph>> paragraphs(byte[] content) {
		return decode(content).filter(PlainText::looksLikeText)
			.map(text -> Arrays.stream(text.split("\\R")).map(Paragraph::plain).toList());
	}

	private static Optional<String> decode(byte[] content) {
		if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
			return strict(content, 3, StandardCharsets.UTF_8);
		}
		if (startsWith(content, 0xFF, 0xFE)) {
			return strict(content, 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(content, 0xFE, 0xFF)) {
			return strict(content, 2, StandardCharsets.UTF_16BE);
		}
		return strict(content, 0, StandardCharsets.UTF_8).or(() -> strict(content, 0, GB18030));
	}

	private static Optional<String> strict(byte[] content, int offset, Charset charset) {
		try {
			return Optional.of(charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, offset, content.length - offset))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	/** Binary data can decode as GB18030; text has (almost) no control characters besides line breaks and tabs. */
	private static boolean looksLikeText(String text) {
		long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t').count();
		return !text.isBlank() && control * 100 <= text.length();
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
