package cn.fazhi.annualreport.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.outline.PartType;
import cn.fazhi.annualreport.system.FieldProblem;
import cn.fazhi.annualreport.system.IncompleteContentException;
import cn.fazhi.annualreport.system.InvalidInputException;

/**
 * What a report must look like: every saved revision well formed (400 otherwise), and the one handed to the leader
 * complete in its statutory parts (422 otherwise).
 */
@Component
class ReportRules {

	static final int MAX_TITLE = 200;

	static final int MAX_TEXT = 20_000;

	static final int MAX_ITEMS = 1_000;

	/** Part, topic, item, sub-item: 一、（一）1.（1）. */
	static final int MAX_DEPTH = 3;

	private final Catalogue catalogue;

	ReportRules(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	void checkWellFormed(ReportDocument document) {
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
		if (count[0] > MAX_ITEMS) {
			problems.add(new FieldProblem("parts", "problem.report.too-many-items", MAX_ITEMS));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	void checkComplete(ReportDocument document) {
		checkWellFormed(document);
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
			if (item.department() != null && catalogue.department(item.department()).isEmpty()) {
				problems.add(new FieldProblem(path + ".department", "problem.department.unknown", item.department()));
			}
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
