package cn.fazhi.annualreport.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	private final Markdown md = Markdown.TEMPLATES;

	@Test
	void whatPeopleTypedCannotBecomeHtmlLinksOrImages() {
		assertThat(md.escape("<img src=x onerror=alert(1)>")).isEqualTo("\\<img src\\=x onerror\\=alert\\(1\\)\\>");
		assertThat(md.escape("[链接](http://evil.example/)"))
			.isEqualTo("\\[链接\\]\\(http\\:\\/\\/evil\\.example\\/\\)");
		assertThat(md.escape("![](x)")).startsWith("\\!\\[");
		assertThat(md.escape("www.evil.example")).isEqualTo("www\\.evil\\.example");
	}

	@Test
	void lineStartsCannotMakeHeadingsOrLists() {
		assertThat(md.escape("# 标题\n- 一项\n1. 二项")).isEqualTo("\\# 标题\n\\- 一项\n1\\. 二项");
	}

	@Test
	void chineseTextAndItsPunctuationAreLeftAsTheyAre() {
		assertThat(md.escape("一是规范执法，二是加强监督；（一）“三项制度”。")).isEqualTo("一是规范执法，二是加强监督；（一）“三项制度”。");
		assertThat(md.escape(null)).isEmpty();
	}

}
