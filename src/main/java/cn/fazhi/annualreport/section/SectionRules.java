package cn.fazhi.annualreport.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.Metric;
import cn.fazhi.annualreport.system.FieldProblem;
import cn.fazhi.annualreport.system.IncompleteContentException;
import cn.fazhi.annualreport.system.InvalidInputException;
import cn.fazhi.annualreport.catalogue.OrganizationKind;
import cn.fazhi.annualreport.catalogue.ReportItem;

/**
 * What a section must look like. A draft may be unfinished but never malformed (unknown topics or figures, texts
 * beyond their limits, negative figures); a submitted section must also be complete.
 * <p>
 * The sizes are what one department's section needs, with room to spare, measured against the longest real
 * reports in {@code ../shared/reports/}: a whole government's report runs to at most 8,778 characters, its longest
 * part to 7,164 (the achievements, which a section splits into items), its longest （一） topic with all its items to
 * 2,612, its longest paragraph to 486 and its longest heading to 71; imported as one section it makes at most 25
 * items. A department writes a share of that, so about twice the whole government's report is generous and still
 * keeps one save (and each of its revisions) near 60 KB instead of megabytes.
 */
@Component
public class SectionRules {

	/** Twice the items of the longest real report imported as one section (25). */
	public static final int MAX_ITEMS = 50;

	/** How many report items one achievement may be tagged with. */
	public static final int MAX_TAGS = 20;

	/** Longest real heading: 71 characters. */
	public static final int MAX_TITLE = 200;

	/** Almost twice the longest real topic with all its items (2,612), ten times its longest paragraph. */
	public static final int MAX_ITEM_TEXT = 5_000;

	/** Shortcomings, the head's duties, next year's plans, other: real ones stay under 1,000 characters each. */
	public static final int MAX_PART_TEXT = 5_000;

	/** The whole section, titles and texts: more than twice the longest whole government report (8,778). */
	public static final int MAX_CHARACTERS = 20_000;

	static final long MAX_FIGURE = 1_000_000_000L;

	private final Catalogue catalogue;

	SectionRules(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** Refuses (400) what no draft may contain. */
	void checkDraft(SectionContent content) {
		List<FieldProblem> problems = new ArrayList<>();
		// the catalogue is read only when an achievement is tagged
		java.util.Set<String> knownItems = content.achievements()
			.stream()
			.anyMatch(item -> item != null && !item.items().isEmpty())
					? catalogue.reportItems()
						.stream()
						.map(cn.fazhi.annualreport.catalogue.ReportItem::getCode)
						.collect(java.util.stream.Collectors.toSet())
					: java.util.Set.of();
		if (content.achievements().size() > MAX_ITEMS) {
			problems.add(new FieldProblem("achievements", "problem.section.too-many-items", MAX_ITEMS));
		}
		for (int i = 0; i < content.achievements().size(); i++) {
			SectionContent.AchievementItem item = content.achievements().get(i);
			String path = "achievements[" + i + "]";
			if (item == null) {
				problems.add(new FieldProblem(path, "problem.section.item-missing"));
				continue;
			}
			if (item.area() != null && catalogue.area(item.area()).isEmpty()) {
				problems.add(new FieldProblem(path + ".area", "problem.section.unknown-area", item.area()));
			}
			if (item.items().size() > MAX_TAGS) {
				problems.add(new FieldProblem(path + ".items", "problem.section.too-many-tags", MAX_TAGS));
			}
			for (String code : item.items()) {
				if (!knownItems.contains(code)) {
					problems.add(new FieldProblem(path + ".items", "problem.section.unknown-report-item", code));
				}
			}
			FieldProblem.checkLength(problems, path + ".title", item.title(), MAX_TITLE);
			FieldProblem.checkLength(problems, path + ".text", item.text(), MAX_ITEM_TEXT);
		}
		FieldProblem.checkLength(problems, "shortcomings", content.shortcomings(), MAX_PART_TEXT);
		FieldProblem.checkLength(problems, "leadership", content.leadership(), MAX_PART_TEXT);
		FieldProblem.checkLength(problems, "nextYearPlans", content.nextYearPlans(), MAX_PART_TEXT);
		FieldProblem.checkLength(problems, "other", content.other(), MAX_PART_TEXT);
		FieldProblem.checkLength(problems, "omissions", content.omissions(), MAX_PART_TEXT);
		int characters = characters(content);
		if (characters > MAX_CHARACTERS) {
			problems.add(new FieldProblem("", "problem.section.too-long", MAX_CHARACTERS, characters));
		}
		Map<String, Metric> metrics = catalogue.metrics()
			.stream()
			.collect(Collectors.toMap(Metric::getCode, Function.identity()));
		for (Map.Entry<String, Long> figure : content.metrics().entrySet()) {
			String path = "metrics." + figure.getKey();
			if (!metrics.containsKey(figure.getKey())) {
				problems.add(new FieldProblem(path, "problem.section.unknown-metric", figure.getKey()));
			}
			else if (figure.getValue() == null || figure.getValue() < 0 || figure.getValue() > MAX_FIGURE) {
				problems.add(new FieldProblem(path, "problem.section.figure-out-of-range", MAX_FIGURE));
			}
		}
		for (Metric metric : metrics.values()) {
			Long value = content.metrics().get(metric.getCode());
			metric.getAtMost().map(metrics::get).ifPresent(bound -> {
				Long limit = content.metrics().get(bound.getCode());
				if (value != null && limit != null && value > limit) {
					problems.add(new FieldProblem("metrics." + metric.getCode(), "problem.section.figure-above",
							metric.getName(), value, bound.getName(), limit));
				}
			});
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/**
	 * Refuses (400) a working copy that could not become a draft whatever the liaison typed next: more items or
	 * characters than a section may have, figures the catalogue does not know. What is merely not yet valid (a
	 * figure out of range, a title too long) is kept, as typed, until the liaison saves a revision.
	 */
	void checkWorkingCopy(SectionContent content) {
		List<FieldProblem> problems = new ArrayList<>();
		if (content.achievements().size() > MAX_ITEMS) {
			problems.add(new FieldProblem("achievements", "problem.section.too-many-items", MAX_ITEMS));
		}
		for (int i = 0; i < content.achievements().size(); i++) {
			if (content.achievements().get(i) == null) {
				problems.add(new FieldProblem("achievements[" + i + "]", "problem.section.item-missing"));
			}
		}
		if (problems.isEmpty() && characters(content) > MAX_CHARACTERS) {
			problems.add(new FieldProblem("", "problem.section.too-long", MAX_CHARACTERS, characters(content)));
		}
		for (String code : content.metrics().keySet()) {
			if (catalogue.metrics().stream().noneMatch(metric -> metric.getCode().equals(code))) {
				problems.add(new FieldProblem("metrics." + code, "problem.section.unknown-metric", code));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** Characters (not UTF-16 units) of every title and text of the section, as the limits count them. */
	public static int characters(SectionContent content) {
		int characters = count(content.shortcomings()) + count(content.leadership()) + count(content.nextYearPlans())
				+ count(content.other());
		for (SectionContent.AchievementItem item : content.achievements()) {
			if (item != null) {
				characters += count(item.title()) + count(item.text());
			}
		}
		return characters;
	}

	private static int count(String text) {
		return text.codePointCount(0, text.length());
	}

	/**
	 * Which of the report items the catalogue requires of an organization of this kind the content addresses, and
	 * which it misses (应报尽报, DESIGN §10). An item counts as addressed when an achievement is tagged with it or
	 * with an item under it.
	 */
	public Coverage coverage(SectionContent content, OrganizationKind kind) {
		return coverage(content, kind, catalogue.reportItems());
	}

	/** The same against a catalogue read once for many sections. */
	Coverage coverage(SectionContent content, OrganizationKind kind, List<ReportItem> catalogueItems) {
		Map<String, ReportItem> byCode = new java.util.HashMap<>();
		catalogueItems.forEach(item -> byCode.put(item.getCode(), item));
		java.util.Set<String> addressed = new java.util.HashSet<>();
		// a tag addresses its item and every item above it
		content.achievements().stream().filter(java.util.Objects::nonNull).flatMap(a -> a.items().stream()).forEach(code -> {
			ReportItem at = byCode.get(code);
			while (at != null && addressed.add(at.getCode())) {
				at = at.getParentCode() == null ? null : byCode.get(at.getParentCode());
			}
		});
		List<Coverage.Item> covered = new ArrayList<>();
		List<Coverage.Item> missing = new ArrayList<>();
		for (ReportItem item : catalogueItems) {
			if (kind != null && item.isRequiredFor(kind)) {
				ReportItem parent = item.getParentCode() == null ? null : byCode.get(item.getParentCode());
				Coverage.Item entry = new Coverage.Item(item.getCode(), item.getName(),
						parent == null ? null : parent.getName());
				(addressed.contains(item.getCode()) ? covered : missing).add(entry);
			}
		}
		return new Coverage(covered, missing, content.omissions());
	}

	/**
	 * The report items required of a department, street or government, addressed or not.
	 *
	 * @param omissions what the department wrote about the missing ones (报告中未涉及的事项及原因)
	 */
	public record Coverage(List<Item> covered, List<Item> missing, String omissions) {

		/** An item of the catalogue, with the name of the item it belongs to ({@code null} at the first level). */
		public record Item(String code, String name, String under) {
		}

	}

	/**
	 * Refuses (422) a section that is not complete enough to hand to the department head: the statutory parts, and
	 * a reason for each report item required of its kind that it does not address.
	 */
	void checkComplete(SectionContent content, OrganizationKind kind) {
		checkDraft(content);
		List<FieldProblem> missing = new ArrayList<>();
		Coverage coverage = coverage(content, kind);
		if (!coverage.missing().isEmpty() && content.omissions().isEmpty()) {
			missing.add(new FieldProblem("omissions", "problem.section.omissions-missing", coverage.missing().size(),
					String.join("、", coverage.missing().stream().map(Coverage.Item::name).toList())));
		}
		if (content.achievements().isEmpty()) {
			missing.add(new FieldProblem("achievements", "problem.section.no-achievements"));
		}
		for (int i = 0; i < content.achievements().size(); i++) {
			SectionContent.AchievementItem item = content.achievements().get(i);
			String path = "achievements[" + i + "]";
			if (item.area() == null) {
				missing.add(new FieldProblem(path + ".area", "problem.section.area-missing"));
			}
			if (item.title().isEmpty()) {
				missing.add(new FieldProblem(path + ".title", "problem.section.part-missing"));
			}
			if (item.text().isEmpty()) {
				missing.add(new FieldProblem(path + ".text", "problem.section.part-missing"));
			}
		}
		if (content.shortcomings().isEmpty()) {
			missing.add(new FieldProblem("shortcomings", "problem.section.part-missing"));
		}
		if (content.leadership().isEmpty()) {
			missing.add(new FieldProblem("leadership", "problem.section.part-missing"));
		}
		if (content.nextYearPlans().isEmpty()) {
			missing.add(new FieldProblem("nextYearPlans", "problem.section.part-missing"));
		}
		if (!missing.isEmpty()) {
			throw new IncompleteContentException("problem.section.incomplete", missing);
		}
	}

}
