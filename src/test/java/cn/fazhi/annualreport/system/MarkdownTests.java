package cn.fazhi.annualreport.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

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

	/**
	 * Every value a Tasklist summary prints goes through {@code md.escape}, but for the few below, which print no
	 * text anybody typed (dates, counts, versions, the product's own links and wordings). A new one must be escaped,
	 * or added here knowingly.
	 */
	@Test
	void theTasklistSummariesEscapeEveryTextTheyPrint() throws Exception {
		Set<String> printedAsTheyAre = Set.of("link", "pdfLink", "changesLink", "changesFrom", "changesTo", "section.version",
				"report.version", "d.revision", "s.revision", "c.revision", "stat.count", "r.percent", "t.value",
				"section.metrics[m.code]", "stageLabel", "report.stageLabel", "#lists.size(section.achievements)",
				"#lists.size(topic.items)", "#lists.size(findings) - listed", "#lists.size(coverage.covered)",
				"t.change() != null ? '（同比 ' + (t.change().signum() >= 0 ? '+' : '') + t.change() + '%）' : ''",
				"findings.isEmpty() ? '未发现身份证号、手机号、银行卡号、电子邮箱或密级标志。' : '发现 ' + #lists.size(findings)"
						+ " + ' 处需要确认的内容，请逐一核对后决定：'",
				"part.part.name() == 'ACHIEVEMENTS' ? '' : '：' + #lists.size(part.items) + ' 段'",
				"report.dueDate != null ? '本环节截止：' + #temporals.format(report.dueDate, 'yyyy年M月d日') + '。' : ''",
				"section.dueDate != null ? '本环节截止：' + #temporals.format(section.dueDate, 'yyyy年M月d日') + '。' : ''",
				"s.sha256 != null ? '，内容指纹 ' + #strings.substring(s.sha256, 0, 16) : ''",
				"h.status.name() == 'GRANTED' ? '已同意' : (h.status.name() == 'REFUSED' ? '未同意' : '待审批')");
		Pattern printed = Pattern.compile("\\[\\(\\$\\{(.*?)}\\)]");
		List<String> unescaped = new ArrayList<>();
		for (Resource template : new PathMatchingResourcePatternResolver()
			.getResources("classpath:templates/text/tasklist/*.txt")) {
			Matcher expression = printed.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (expression.find()) {
				String value = expression.group(1);
				// dates and the product's own wordings of enum values
				boolean formatted = value.startsWith("#temporals.format(") || value.startsWith("#messages.msg(");
				if (!value.contains("md.escape(") && !formatted && !printedAsTheyAre.contains(value)) {
					unescaped.add(template.getFilename() + ": " + value);
				}
			}
		}
		assertThat(unescaped).isEmpty();
	}

	@Test
	void chineseTextAndItsPunctuationAreLeftAsTheyAre() {
		assertThat(md.escape("一是规范执法，二是加强监督；（一）“三项制度”。")).isEqualTo("一是规范执法，二是加强监督；（一）“三项制度”。");
		assertThat(md.escape(null)).isEmpty();
	}

}
