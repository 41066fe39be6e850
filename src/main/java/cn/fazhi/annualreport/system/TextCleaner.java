package cn.fazhi.annualreport.system;

/**
 * Text as the product keeps it, whichever door it came in by (JSON, page forms, Tasklist, imported files): line
 * breaks as LF; no control characters but TAB and LF; no lone surrogates, byte-order marks (U+FEFF) or the
 * noncharacters U+FFFE and U+FFFF. Such characters are invisible in a report and most are invalid in XML, so one of
 * them pasted from Word would break the PDF and Word exports. Text is cleaned once where it enters the product; the
 * exports clean again only for what was stored before.
 */
public final class TextCleaner {

	private TextCleaner() {
	}

	/** The text without the characters above, or the same instance when there is nothing to remove. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		int first = firstToChange(text);
		if (first < 0) {
			return text;
		}
		StringBuilder cleaned = new StringBuilder(text.length());
		cleaned.append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r') {
				cleaned.append('\n');
				if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
			}
			else if (c == '\u2028' || c == '\u2029') {
				cleaned.append('\n');
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				cleaned.append(c).append(text.charAt(++i));
			}
			else if (!Character.isSurrogate(c) && !removed(c)) {
				cleaned.append(c);
			}
		}
		return cleaned.toString();
	}

	private static int firstToChange(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' || c == '\u2028' || c == '\u2029' || removed(c)) {
				return i;
			}
			if (Character.isSurrogate(c)) {
				if (!Character.isHighSurrogate(c) || i + 1 >= text.length()
						|| !Character.isLowSurrogate(text.charAt(i + 1))) {
					return i;
				}
				i++;
			}
		}
		return -1;
	}

	/** C0 controls but TAB and LF, DEL and the C1 controls, the byte-order mark and the two noncharacters. */
	private static boolean removed(char c) {
		return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF' || c == '\uFFFE'
				|| c == '\uFFFF';
	}

}
