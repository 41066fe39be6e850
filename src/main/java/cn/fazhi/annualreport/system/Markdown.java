package cn.fazhi.annualreport.system;

/**
 * Text people wrote, shown inside Markdown (the Tasklist forms' summaries): every ASCII punctuation character is
 * escaped with a backslash, as CommonMark allows, so that what someone typed shows as typed and never becomes a link,
 * an image, raw HTML, a heading or a list. Chinese text and its punctuation are untouched.
 */
public final class Markdown {

	/** The instance templates call as {@code md.escape(…)}. */
	public static final Markdown TEMPLATES = new Markdown();

	private Markdown() {
	}

	public String escape(Object text) {
		if (text == null) {
			return "";
		}
		String value = text.toString();
		StringBuilder escaped = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x80 && isPunctuation(c)) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	private static boolean isPunctuation(char c) {
		return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
	}

}
