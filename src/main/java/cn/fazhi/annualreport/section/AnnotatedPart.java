package cn.fazhi.annualreport.section;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parts of a section a 批注 may quote, by the names of the section's fields (DESIGN §8): the achievements item by
 * item, the other statutory parts whole.
 */
enum AnnotatedPart {

	ACHIEVEMENTS("achievements"), SHORTCOMINGS("shortcomings"), LEADERSHIP("leadership"),
	NEXT_YEAR_PLANS("nextYearPlans"), OTHER("other");

	private final String code;

	AnnotatedPart(String code) {
		this.code = code;
	}

	String code() {
		return code;
	}

	static Optional<AnnotatedPart> of(String code) {
		return Arrays.stream(values()).filter(part -> part.code.equals(code)).findFirst();
	}

	/** The codes a client may send, for the refusal of another one. */
	static String codes() {
		return Arrays.stream(values()).map(AnnotatedPart::code).collect(Collectors.joining("、"));
	}

	/** Whether an annotation of the part names one of its items. */
	boolean hasItems() {
		return this == ACHIEVEMENTS;
	}

	/** How many items the part has in the content (0 for a part without items). */
	int items(SectionContent content) {
		return hasItems() ? content.achievements().size() : 0;
	}

	/** The texts a quote of the part may come from: the item's title and text, or the part's text. */
	List<String> texts(SectionContent content, Integer item) {
		return switch (this) {
			case ACHIEVEMENTS -> {
				SectionContent.AchievementItem achievement = content.achievements().get(item);
				yield List.of(achievement.title(), achievement.text());
			}
			case SHORTCOMINGS -> List.of(content.shortcomings());
			case LEADERSHIP -> List.of(content.leadership());
			case NEXT_YEAR_PLANS -> List.of(content.nextYearPlans());
			case OTHER -> List.of(content.other());
		};
	}

	/** The field's path as the page's refusals name it: {@code achievements[2]}, {@code leadership}. */
	String field(Integer item) {
		return hasItems() && item != null ? code + "[" + item + "]" : code;
	}

}
