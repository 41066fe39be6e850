package cn.fazhi.annualreport.disclosure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.fazhi.annualreport.report.ReportDocument;
import cn.fazhi.annualreport.report.ReportLayout;

/**
 * 保密审查's first pass (《政府信息公开条例》 第十七条): finds in a report what must not be published: personal
 * identifiers (居民身份证号 with a valid check digit, mobile numbers, bank card numbers passing the Luhn check, e-mail
 * addresses) and classification marks (绝密, 机密, 秘密, ★, 内部资料, 不得公开). The officer judges each finding; the
 * patterns are strict so that figures, years and amounts in a report do not raise false alarms.
 */
public final class ConfidentialityScan {

	/** 6-digit region, birth date, 3-digit sequence, check character; not part of a longer number. */
	private static final Pattern ID_CARD = Pattern
		.compile("(?<![0-9A-Za-z])([1-8]\\d{5})((?:19|20)\\d{2})(\\d{2})(\\d{2})(\\d{3})([0-9Xx])(?![0-9A-Za-z])");

	/** 11 digits from 13 to 19, optionally +86 and grouped 3-4-4. */
	private static final Pattern MOBILE = Pattern
		.compile("(?<![0-9A-Za-z.])(?:\\+?86[- ]?)?1[3-9]\\d(?:[- ]?\\d{4}){2}(?![0-9A-Za-z])");

	/** 16 to 19 digits, possibly in groups of four. */
	private static final Pattern BANK_CARD = Pattern.compile("(?<![0-9A-Za-z.])(?:\\d[ -]?){15,18}\\d(?![0-9A-Za-z])");

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	/**
	 * A classification or restriction mark. 秘密 and 机密 in prose (保守国家秘密, 商业秘密, 泄露秘密) are not marks and
	 * are left out.
	 */
	private static final Pattern CLASSIFIED_MARK = Pattern.compile(
			"(?<!国家|商业|工作|个人|保守|泄露|泄漏|涉及)(绝密|机密|秘密)(?!事项|载体|文件管理|保护|法|等级|的)|★|内部资料|不得公开|内部使用");

	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String ID_CHECK = "10X98765432";

	/** Characters of context on each side of a finding. */
	static final int CONTEXT = 15;

	private ConfidentialityScan() {
	}

	public static List<Finding> scan(ReportDocument report) {
		List<Finding> findings = new ArrayList<>();
		check(report.title(), "标题", findings);
		String heading = "";
		int paragraph = 0;
		for (ReportLayout.Paragraph printed : ReportLayout.paragraphs(report)) {
			paragraph++;
			if (printed.kind() == ReportLayout.Kind.PART_HEADING || printed.kind() == ReportLayout.Kind.SECTION_HEADING) {
				heading = printed.number() + printed.heading();
			}
			String location = "第 " + paragraph + " 段" + (heading.isEmpty() ? "" : "（" + heading + "）");
			check(printed.line(), location, findings);
		}
		return findings;
	}

	static void check(String text, String location, List<Finding> findings) {
		List<int[]> taken = new ArrayList<>();
		Matcher id = ID_CARD.matcher(text);
		while (id.find()) {
			if (validIdCard(id)) {
				add(findings, taken, Finding.Type.ID_CARD, text, id.start(), id.end(), location);
			}
		}
		Matcher card = BANK_CARD.matcher(text);
		while (card.find()) {
			String digits = card.group().replaceAll("[ -]", "");
			if (digits.length() >= 16 && digits.length() <= 19 && luhn(digits) && free(taken, card.start(), card.end())) {
				add(findings, taken, Finding.Type.BANK_CARD, text, card.start(), card.end(), location);
			}
		}
		Matcher mobile = MOBILE.matcher(text);
		while (mobile.find()) {
			if (free(taken, mobile.start(), mobile.end())) {
				add(findings, taken, Finding.Type.MOBILE, text, mobile.start(), mobile.end(), location);
			}
		}
		Matcher email = EMAIL.matcher(text);
		while (email.find()) {
			add(findings, taken, Finding.Type.EMAIL, text, email.start(), email.end(), location);
		}
		Matcher mark = CLASSIFIED_MARK.matcher(text);
		while (mark.find()) {
			add(findings, taken, Finding.Type.CLASSIFIED_MARK, text, mark.start(), mark.end(), location);
		}
	}

	private static boolean validIdCard(Matcher id) {
		try {
			LocalDate born = LocalDate.of(Integer.parseInt(id.group(2)), Integer.parseInt(id.group(3)),
					Integer.parseInt(id.group(4)));
			if (born.isAfter(LocalDate.now())) {
				return false;
			}
		}
		catch (DateTimeException ex) {
			return false;
		}
		String number = id.group().toUpperCase();
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		return ID_CHECK.charAt(sum % 11) == number.charAt(17);
	}

	static boolean luhn(String digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (twice) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

	private static boolean free(List<int[]> taken, int start, int end) {
		return taken.stream().noneMatch(range -> start < range[1] && range[0] < end);
	}

	private static void add(List<Finding> findings, List<int[]> taken, Finding.Type type, String text, int start,
			int end, String location) {
		taken.add(new int[] { start, end });
		String excerpt = (start > CONTEXT ? "…" : "") + text.substring(Math.max(0, start - CONTEXT),
				Math.min(text.length(), end + CONTEXT)) + (end + CONTEXT < text.length() ? "…" : "");
		findings.add(new Finding(type, text.substring(start, end), excerpt, location));
	}

	/**
	 * One thing the officer must look at.
	 * @param match what was found
	 * @param excerpt the finding in its context
	 * @param location the paragraph, counted as the report prints, and the heading it stands under
	 */
	public record Finding(Type type, String match, String excerpt, String location) {

		public enum Type {

			ID_CARD, MOBILE, BANK_CARD, EMAIL, CLASSIFIED_MARK

		}

	}

}
