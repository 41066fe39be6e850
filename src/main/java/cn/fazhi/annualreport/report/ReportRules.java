package cn.fazhi.annualreport.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.outline.PartType;
import cn.fazhi.annualreport.section.SectionRules;
import cn.fazhi.annualreport.system.FieldProblem;
import cn.fazhi.annualreport.system.IncompleteContentException;
import cn.fazhi.annualreport.system.InvalidInputException;

/**
 * What a report must look like: every saved revision well formed (400 otherwise), and the one handed to the leader
 * complete in its statutory parts (422 otherwise).
 * <p>
 * The compiled report holds every approved section of the campaign, so its size follows the number of departments:
 * each may bring a section at its limits ({@link SectionRules}), and the editors write their own opening, headings
 * and summaries on top. A report of 40 departments (the size {@code DocumentBenchmark} compiles, about 60,000
 * characters) therefore fits many times over, a compiled report always fits, and no save stores more than its
 * campaign can need.
 */
@Component
class ReportRules {

	static final int MAX_TITLE = 200;

	/** One paragraph: editors merge items, so well above a section's item and the longest real part (7,164). */
	static final int MAX_TEXT = 20_000;

	/** Part, topic, item, sub-item: 一、（一）1.（1）. */
	static final int MAX_DEPTH = 3;

	/** What the editors may add to the departments' texts: opening, headings, figures, summaries of their own. */
	static final int EDITORS_CHARACTERS = 50_000;

	/** Items the editors may add: the catalogue's topics and paragraphs of their own. */
	static final int EDITORS_ITEMS = 100;

	/** Each department's paragraphs outside the achievements: shortcomings, its head's duties, plans, other. */
	private static final int PARAGRAPHS_PER_DEPARTMENT = 4;

	/** Characters the report of a campaign with this many departments may hold. */
	static int maxCharacters(int departments) {
		return departments * SectionRules.MAX_CHARACTERS + EDITORS_CHARACTERS;
	}

	/** Items, at every level, the report of a campaign with this many departments may hold. */
	static int maxItems(int departments) {
		return departments * (SectionRules.MAX_ITEMS + PARAGRAPHS_PER_DEPARTMENT) + EDITORS_ITEMS;
	}

	private final Catalogue catalogue;

	ReportRules(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** @param departments how many departments the campaign has, which bounds the report's size */
	void checkWellFormed(ReportDocument document, int departments) {
		List<FieldProblem> problems = new ArrayList<>();
		FieldProblem.checkLength(problems, "title", document.title(), MAX_TITLE);
		// the API refuses these with @SingleLine already; the report page's form comes here directly
		FieldProblem.checkSingleLine(problems, "title", document.title());
		FieldProblem.checkLength(problems, "opening", document.opening(), MAX_TEXT);
		Set<PartType> seen = EnumSet.noneOf(PartType.class);
		int[] count = { 0 };
		for (int i = 0; i < document.parts().size(); i++) {
			ReportDocument.Part part = document.parts().get(i);
			String path = "parts[" + i + "]";
			if (part == null || part.part() == null) {
				problems.add(new FieldProblem(path + ".part", "problem.report.part-type-missing"));
				continue;
			}
			if (!seen.add(part.part())) {
				problems.add(new FieldProblem(path + ".part", "problem.report.part-duplicate", part.part()));
			}
			FieldProblem.checkLength(problems, path + ".heading", part.heading(), MAX_TITLE);
			FieldProblem.checkSingleLine(problems, path + ".heading", part.heading());
			FieldProblem.checkLength(problems, path + ".text", part.text(), MAX_TEXT);
			items(problems, path, part.items(), 1, count);
		}
		if (count[0] > maxItems(departments)) {
			problems.add(new FieldProblem("parts", "problem.report.too-many-items", maxItems(departments)));
		}
		int characters = characters(document);
		if (characters > maxCharacters(departments)) {
			problems.add(new FieldProblem("", "problem.report.too-long", maxCharacters(departments), characters));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	void checkComplete(ReportDocument document, int departments) {
		checkWellFormed(document, departments);
		List<FieldProblem> missing = new ArrayList<>();
		if (document.title().isEmpty()) {
			missing.add(new FieldProblem("title", "problem.report.part-missing"));
		}
		for (PartType required : List.of(PartType.ACHIEVEMENTS, PartType.SHORTCOMINGS, PartType.LEADERSHIP,
				PartType.NEXT_YEAR)) {
			if (!document.part(required).map(ReportDocument.Part::hasContent).orElse(false)) {
				missing.add(new FieldProblem("parts." + required, "problem.report.part-missing"));
			}
		}
		if (!missing.isEmpty()) {
			throw new IncompleteContentException("problem.report.incomplete", missing);
		}
	}

	/** Characters (not UTF-16 units) of every heading and text, as the limits count them. */
	static int characters(ReportDocument document) {
		int characters = count(document.title()) + count(document.opening());
		for (ReportDocument.Part part : document.parts()) {
			if (part != null) {
				characters += count(part.heading()) + count(part.text()) + characters(part.items());
			}
		}
		return characters;
	}

	private static int characters(List<ReportDocument.Item> items) {
		int characters = 0;
		for (ReportDocument.Item item : items) {
			if (item != null) {
				characters += count(item.heading()) + count(item.text()) + characters(item.items());
			}
		}
		return characters;
	}

	private static int count(String text) {
		return text.codePointCount(0, text.length());
	}

	private void items(List<FieldProblem> problems, String parent, List<ReportDocument.Item> items, int depth,
			int[] count) {
		for (int i = 0; i < items.size(); i++) {
			ReportDocument.Item item = items.get(i);
			String path = parent + ".items[" + i + "]";
			count[0]++;
			if (item == null) {
				problems.add(new FieldProblem(path, "problem.report.item-missing"));
				continue;
			}
			FieldProblem.checkLength(problems, path + ".heading", item.heading(), MAX_TITLE);
			FieldProblem.checkSingleLine(problems, path + ".heading", item.heading());
			FieldProblem.checkLength(problems, path + ".text", item.text(), MAX_TEXT);
			if (item.area() != null && catalogue.area(item.area()).isEmpty()) {
				problems.add(new FieldProblem(path + ".area", "problem.section.unknown-area", item.area()));
			}
			// a merged item names its departments comma-separated: each must be one of the catalogue's, once
			List<String> departmentCodes = item.departments();
			departmentCodes.stream()
				.filter(code -> catalogue.department(code).isEmpty())
				.findFirst()
				.or(() -> item.department() != null && (departmentCodes.isEmpty()
						|| departmentCodes.size() != Set.copyOf(departmentCodes).size()) ? Optional.of(item.department())
								: Optional.empty())
				.ifPresent(code -> problems
					.add(new FieldProblem(path + ".department", "problem.department.unknown", code)));
			if (!item.items().isEmpty()) {
				if (depth >= MAX_DEPTH) {
					problems.add(new FieldProblem(path + ".items", "problem.report.too-deep", MAX_DEPTH));
				}
				else {
					items(problems, path, item.items(), depth + 1, count);
				}
			}
		}
	}

}
