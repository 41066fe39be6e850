package cn.fazhi.annualreport.outline;

/**
 * How a report numbers and punctuates the items under a part, the same for the compiled report and for a section
 * imported from a report: level 1 （一）, level 2 1., deeper （1）; a heading run into its text ends with a full stop.
 */
public final class Headings {

	private Headings() {
	}

	/** The label of the {@code number}-th item at {@code level} (1 = right under a part). */
	public static String label(int level, int number) {
		return switch (level) {
			case 1 -> "（" + ChineseNumbers.of(number) + "）";
			case 2 -> number + ".";
			default -> "（" + number + "）";
		};
	}

	/** A heading run into its text ends with a full stop, as in 1.深化“放管服”改革。, unless it already ends a sentence. */
	public static String sentence(String heading) {
		return heading.isEmpty() || "。！？；：".indexOf(heading.charAt(heading.length() - 1)) >= 0 ? heading
				: heading + "。";
	}

}
