package cn.fazhi.annualreport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Each kind of character the product does not keep, and what it keeps as it is. */
class TextCleanerTests {

	@Nested
	class LineBreaks {

		@Test
		void becomeLineFeeds() {
			assertThat(TextCleaner.clean("第一段\r\n第二段\r第三段\n第四段")).isEqualTo("第一段\n第二段\n第三段\n第四段");
		}

		@Test
		void ofUnicodeBecomeLineFeedsToo() {
			assertThat(TextCleaner.clean("第一段\u2028第二段\u2029第三段")).isEqualTo("第一段\n第二段\n第三段");
		}

		@Test
		void countOnceForCarriageReturnAndLineFeedButTwiceForTwoCarriageReturns() {
			assertThat(TextCleaner.clean("甲\r\n\r\n乙")).isEqualTo("甲\n\n乙");
			assertThat(TextCleaner.clean("甲\r\r乙")).isEqualTo("甲\n\n乙");
			assertThat(TextCleaner.clean("甲\n\r乙")).isEqualTo("甲\n\n乙");
		}

	}

	@Nested
	class ControlCharacters {

		@Test
		void ofC0AreRemovedButTabAndLineFeed() {
			assertThat(TextCleaner.clean("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Bg\u001Fh")).isEqualTo("abcdefgh");
			assertThat(TextCleaner.clean("项目\t说明\n下一行")).isEqualTo("项目\t说明\n下一行");
		}

		@Test
		void deleteAndC1AreRemoved() {
			assertThat(TextCleaner.clean("a\u007Fb\u0080c\u0085d\u009Fe")).isEqualTo("abcde");
			// the first printable characters on either side stay
			assertThat(TextCleaner.clean("~\u00A0¡")).isEqualTo("~\u00A0¡");
		}

	}

	@Nested
	class Surrogates {

		@Test
		void thatAreAloneAreRemoved() {
			assertThat(TextCleaner.clean("前\uD800后")).isEqualTo("前后");
			assertThat(TextCleaner.clean("前\uDC00后")).isEqualTo("前后");
			assertThat(TextCleaner.clean("末尾\uD83D")).isEqualTo("末尾");
			assertThat(TextCleaner.clean("\uDE00开头")).isEqualTo("开头");
			// a low surrogate before a high one is no pair
			assertThat(TextCleaner.clean("\uDE00\uD83D")).isEmpty();
		}

		@Test
		void inPairsStay() {
			// 𠀀 (U+20000, a CJK character beyond the BMP) and an emoji
			assertThat(TextCleaner.clean("𠀀字😀")).isEqualTo("𠀀字😀");
			assertThat(TextCleaner.clean("\uD800\uD83D\uDE00")).isEqualTo("😀");
		}

	}

	@Test
	void removesTheByteOrderMarkAndTheNoncharacters() {
		assertThat(TextCleaner.clean("\uFEFF报告\uFFFE正文\uFFFF")).isEqualTo("报告正文");
	}

	@Test
	void keepsOrdinaryTextAsTheSameInstance() {
		String text = "一、2026年主要举措和成效：全面推进依法行政（详见附件）。\n\t“放管服”改革 ① ½ €";

		assertThat(TextCleaner.clean(text)).isSameAs(text);
		assertThat(TextCleaner.clean("")).isEmpty();
		assertThat(TextCleaner.clean(null)).isNull();
	}

	@Test
	void leavesNothingAnXmlParserRefuses() throws Exception {
		StringBuilder every = new StringBuilder();
		for (char c = 0; c < 0xFFFF; c++) {
			every.append(c);
		}
		every.append('\uFFFF');

		String cleaned = TextCleaner.clean(every.toString());

		DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new InputSource(new StringReader("<p>" + cleaned.replace("&", "&amp;").replace("<", "&lt;") + "</p>")));
		assertThat(cleaned).contains("\t", "\n", " ", "中").doesNotContain("\r");
	}

}
