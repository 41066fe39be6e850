package cn.fazhi.annualreport.system;

/** What the product accepts as text. */
public final class TextInput {

	private TextInput() {
	}

	/**
	 * No character that breaks a document or a database: C0 and C1 control characters other than tab and line breaks,
	 * unpaired surrogates, and the noncharacters U+FFFE and U+FFFF.
	 */
	public static boolean isClean(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF
					|| c == 0xFEFF) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

}
