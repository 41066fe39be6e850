package cn.fazhi.annualreport.outline;

/** The Chinese numerals of headings: 一、（一）. */
public final class ChineseNumbers {

	private static final String[] DIGITS = { "", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	private ChineseNumbers() {
	}

	/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; other numbers in Arabic numerals. */
	public static String of(int number) {
		if (number < 1 || number > 99) {
			return String.valueOf(number);
		}
		int tens = number / 10;
		int ones = number % 10;
		if (tens == 0) {
			return DIGITS[ones];
		}
		return (tens == 1 ? "" : DIGITS[tens]) + "十" + DIGITS[ones];
	}

}
