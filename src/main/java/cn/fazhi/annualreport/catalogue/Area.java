package cn.fazhi.annualreport.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A topic of 《法治政府建设实施纲要》. Achievement items carry one, and the compiled report groups them under one
 * （一） heading per topic, in catalogue order.
 */
@Entity
@Table(name = "area")
public class Area {

	@Id
	private String code;

	private String name;

	/** The wording of the （一） heading in the compiled report. */
	private String heading;

	@Column(name = "sort_order")
	private int order;

	/** Comma-separated words that mark a text as belonging to this topic. */
	private String keywords;

	protected Area() {
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getHeading() {
		return heading;
	}

	public int getOrder() {
		return order;
	}

	/**
	 * How strongly a text speaks of this topic: each keyword found counts, three times over in the heading.
	 */
	public int relevance(String heading, String text) {
		int score = 0;
		for (String keyword : keywords == null ? new String[0] : keywords.split(",")) {
			String word = keyword.strip();
			if (!word.isEmpty()) {
				score += 3 * occurrences(heading, word) + occurrences(text, word);
			}
		}
		return score;
	}

	private static int occurrences(String text, String word) {
		int count = 0;
		for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
			count++;
		}
		return count;
	}

}
