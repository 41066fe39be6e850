package cn.fazhi.annualreport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.fazhi.annualreport.system.TextDiff.Segment;

/** Paragraph by paragraph, and inside a changed paragraph the characters that changed. */
class TextDiffTests {

	@Test
	void findsTheWordsChangedInsideAParagraph() {
		List<TextDiff.Change> changes = TextDiff.between(List.of("一、成效", "全年办结案件120件。", "二、不足"),
				List.of("一、成效", "全年依法办结案件126件。", "二、不足"));

		assertThat(changes).singleElement().satisfies(change -> {
			assertThat(change.type()).isEqualTo(TextDiff.Type.CHANGE);
			assertThat(change.fromLine()).isEqualTo(2);
			assertThat(change.inline()).containsExactly(new Segment(Segment.Kind.SAME, "全年"),
					new Segment(Segment.Kind.ADDED, "依法"), new Segment(Segment.Kind.SAME, "办结案件12"),
					new Segment(Segment.Kind.REMOVED, "0"), new Segment(Segment.Kind.ADDED, "6"),
					new Segment(Segment.Kind.SAME, "件。"));
		});
	}

	@Test
	void reportsAddedAndRemovedParagraphsWithTheirPlace() {
		List<TextDiff.Change> changes = TextDiff.between(List.of("甲", "乙", "丙"), List.of("甲", "丙", "丁"));

		assertThat(changes).extracting(TextDiff.Change::type, TextDiff.Change::removed, TextDiff.Change::added)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(TextDiff.Type.DELETE, List.of("乙"), List.of()),
					org.assertj.core.groups.Tuple.tuple(TextDiff.Type.INSERT, List.of(), List.of("丁")));
		assertThat(changes.get(1).toLine()).isEqualTo(3);
		assertThat(TextDiff.between(List.of("同"), List.of("同"))).isEmpty();
	}

}
