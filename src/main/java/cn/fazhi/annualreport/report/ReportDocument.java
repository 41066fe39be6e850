package cn.fazhi.annualreport.report;

import java.util.List;

import jakarta.validation.Valid;

import cn.fazhi.annualreport.outline.PartType;
import cn.fazhi.annualreport.system.SingleLine;

/**
 * The report as a tree: a title, an opening paragraph and the statutory parts, each with its own text and headed
 * items, and the figures it was compiled with. Headings are stored without their numbers; 一、（一）1. are added when
 * the report is shown or printed, so editing never breaks the numbering.
 */
public record ReportDocument(String title, String opening, List<Part> parts, ReportFigures figures) {

	public ReportDocument {
		title = tidy(title);
		opening = tidy(opening);
		parts = parts == null ? List.of() : List.copyOf(parts);
		figures = figures == null ? ReportFigures.NONE : figures;
	}

	/** A text without figures, e.g. as the editors send it; {@link #withFigures} puts the compiled ones back. */
	public ReportDocument(String title, String opening, List<Part> parts) {
		this(title, opening, parts, ReportFigures.NONE);
	}

	public ReportDocument withFigures(ReportFigures compiled) {
		return new ReportDocument(title, opening, parts, compiled);
	}

	public java.util.Optional<Part> part(PartType type) {
		return parts.stream().filter(p -> p.part() == type).findFirst();
	}

	/** One statutory part, under a 一、 heading. */
	public record Part(PartType part, @SingleLine String heading, String text, List<@Valid Item> items) {

		public Part {
			heading = tidy(heading);
			text = tidy(text);
			items = items == null ? List.of() : List.copyOf(items);
		}

		public boolean hasContent() {
			return !text.isEmpty() || !items.isEmpty();
		}

	}

	/**
	 * A headed or plain paragraph inside a part. In the achievements part the first level is a topic (（一）, with
	 * {@code area}) and the second its items (1., with the {@code department} that wrote them), kept in the data
	 * though not printed. An item the editors merged from two departments' items names both, comma-separated
	 * ({@code sfj,scjgj}), first the one whose item it was merged into.
	 */
	public record Item(@SingleLine String heading, String text, String area, String department,
			List<@Valid Item> items) {

		public Item {
			heading = tidy(heading);
			text = tidy(text);
			area = area == null || area.isBlank() ? null : area.strip();
			department = department == null || department.isBlank() ? null : department.strip();
			items = items == null ? List.of() : List.copyOf(items);
		}

		/** The codes of the departments that wrote this item: none, one, or several for a merged item. */
		public List<String> departments() {
			return department == null ? List.of()
					: java.util.Arrays.stream(department.split(",")).map(String::strip).filter(d -> !d.isEmpty()).toList();
		}

	}

	static String tidy(String text) {
		return text == null ? "" : text.strip().replace("\r\n", "\n");
	}

}
