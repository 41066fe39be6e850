package cn.fazhi.annualreport.outline;

import java.time.LocalDate;
import java.util.List;

/**
 * What an annual report says, as read from a published text or a Word file: its title, the government that wrote it,
 * the report year, when it was published (if the file says), the opening paragraphs and its statutory parts with their headed items. Headings
 * are kept without their numbers (一、（一）1. 一是).
 */
public record ReportOutline(String title, String organization, Integer year, LocalDate publishedOn, String opening,
		List<Part> parts) {

	public ReportOutline {
		parts = List.copyOf(parts);
	}

	/** One statutory part: its heading as written (empty where the report has none), its own text and its items. */
	public record Part(PartType part, String heading, String text, List<Item> items) {

		public Part {
			items = List.copyOf(items);
		}

	}

	/** A headed item: （一）, 1., （1）, 一是 or bold-led, with its text and the items below it. */
	public record Item(String heading, String text, List<Item> items) {

		public Item {
			items = List.copyOf(items);
		}

		public boolean hasText() {
			return !text.isBlank();
		}

	}

}
