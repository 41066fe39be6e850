package cn.fazhi.annualreport.section;

import java.util.Map;

/**
 * How long the statutory parts run in real published reports of county-level governments, in characters without
 * white space: the editor shows each part's count against it. Measured on the five reports the product is tested
 * with (PartLengthsTests keeps the ranges honest); a department writes part of this, so the range is a guide to
 * proportion, not a limit.
 */
public enum PartLengths {

	ACHIEVEMENTS("achievements", 2290, 6570), SHORTCOMINGS("shortcomings", 70, 470),
	LEADERSHIP("leadership", 230, 760), NEXT_YEAR_PLANS("nextYearPlans", 570, 890);

	private final String field;

	private final int shortest;

	private final int longest;

	PartLengths(String field, int shortest, int longest) {
		this.field = field;
		this.shortest = shortest;
		this.longest = longest;
	}

	public String field() {
		return field;
	}

	public int shortest() {
		return shortest;
	}

	public int longest() {
		return longest;
	}

	private static final Map<String, PartLengths> BY_FIELD = java.util.Arrays.stream(values())
		.collect(java.util.stream.Collectors.toUnmodifiableMap(PartLengths::field, length -> length));

	/** By the section field they guide, for the page. */
	public static Map<String, PartLengths> byField() {
		return BY_FIELD;
	}

}
