package cn.fazhi.annualreport.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import cn.fazhi.annualreport.outline.PartType;
import cn.fazhi.annualreport.report.ReportDocument.Item;

/**
 * Achievements that two departments wrote about the same work (a joint campaign, a shared platform), so that the
 * editors can merge them: items of different departments whose headings or texts share most of their two-character
 * sequences.
 */
public final class DuplicateAchievements {

	/** Dice similarity of character bigrams from which two items read as the same work. */
	static final double THRESHOLD = 0.6;

	private DuplicateAchievements() {
	}

	static List<Duplicate> in(ReportDocument document, Function<String, String> departmentName) {
		List<Item> achievements = new ArrayList<>();
		document.part(PartType.ACHIEVEMENTS)
			.ifPresent(part -> part.items().forEach(topic -> achievements.addAll(topic.items())));
		// each item's bigrams once, not once per pair
		List<Set<String>> headings = achievements.stream().map(item -> bigrams(item.heading())).toList();
		List<Set<String>> texts = achievements.stream().map(item -> bigrams(item.text())).toList();
		List<Duplicate> duplicates = new ArrayList<>();
		for (int i = 0; i < achievements.size(); i++) {
			for (int j = i + 1; j < achievements.size(); j++) {
				Item first = achievements.get(i);
				Item second = achievements.get(j);
				// a department's own items, or an item merged from them, are not a duplicate of its work
				if (first.department() == null || second.department() == null
						|| first.departments().stream().anyMatch(second.departments()::contains)) {
					continue;
				}
				double similarity = Math.max(dice(headings.get(i), headings.get(j)), dice(texts.get(i), texts.get(j)));
				if (similarity >= THRESHOLD) {
					duplicates.add(new Duplicate(first.department(), departmentName.apply(first.department()),
							first.heading(), second.department(), departmentName.apply(second.department()),
							second.heading(), (int) Math.round(similarity * 100)));
				}
			}
		}
		return duplicates;
	}

	static double dice(Set<String> first, Set<String> second) {
		if (first.isEmpty() || second.isEmpty()) {
			return 0;
		}
		Set<String> shared = new HashSet<>(first);
		shared.retainAll(second);
		return 2.0 * shared.size() / (first.size() + second.size());
	}

	private static Set<String> bigrams(String text) {
		// letters and digits only: punctuation and spacing say nothing about the work described
		int[] characters = text.codePoints().filter(Character::isLetterOrDigit).toArray();
		Set<String> bigrams = new HashSet<>();
		for (int i = 0; i + 1 < characters.length; i++) {
			bigrams.add(new String(characters, i, 2));
		}
		return bigrams;
	}

	/** Two departments' items that read as the same work; {@code similarity} in percent. */
	public record Duplicate(String firstDepartment, String firstDepartmentName, String firstHeading,
			String secondDepartment, String secondDepartmentName, String secondHeading, int similarity) {

	}

}
