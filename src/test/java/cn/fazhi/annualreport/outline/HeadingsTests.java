package cn.fazhi.annualreport.outline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The numbering and punctuation the compiled report and an imported section share. */
class HeadingsTests {

	@Test
	void numbersItemsByLevelUnderAPart() {
		assertThat(Headings.label(1, 3)).isEqualTo("（三）");
		assertThat(Headings.label(1, 12)).isEqualTo("（十二）");
		assertThat(Headings.label(2, 3)).isEqualTo("3.");
		assertThat(Headings.label(3, 3)).isEqualTo("（3）");
		assertThat(Headings.label(4, 1)).isEqualTo("（1）");
	}

	@Test
	void endsARunInHeadingWithAFullStopUnlessItEndsASentenceAlready() {
		assertThat(Headings.sentence("深化“放管服”改革")).isEqualTo("深化“放管服”改革。");
		assertThat(Headings.sentence("加强执法监督：")).isEqualTo("加强执法监督：");
		assertThat(Headings.sentence("是否依法行政？")).isEqualTo("是否依法行政？");
		assertThat(Headings.sentence("规范执法。")).isEqualTo("规范执法。");
		assertThat(Headings.sentence("")).isEmpty();
	}

}
