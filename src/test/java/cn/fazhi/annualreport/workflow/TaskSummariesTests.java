package cn.fazhi.annualreport.workflow;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import cn.fazhi.annualreport.workflow.ProcessModel;

import static org.assertj.core.api.Assertions.assertThat;

/** A task's summary always fits in the string variable Camunda stores it in. */
class TaskSummariesTests {

	static final String LINK = "/campaigns/7/report";

	static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	@Test
	void keepsASummaryThatFits() {
		String summary = "**报告**\n\n" + "字".repeat(ProcessModel.MAX_STRING_VARIABLE - 8);

		assertThat(TaskSummaries.fit(summary, LINK, MESSAGES)).isEqualTo(summary);
	}

	@Test
	void cutsALongSummaryAtTheLastLineThatFitsAndLinksToTheFullText() {
		StringBuilder summary = new StringBuilder("**发现 38 处需要确认的内容**\n");
		for (int i = 1; i <= 38; i++) {
			summary.append("- 手机号“1381234").append(String.format("%04d", i)).append("”，第 ").append(i)
				.append(" 段：").append("全年接待来访群众".repeat(25)).append('\n');
		}

		String fitted = TaskSummaries.fit(summary.toString(), LINK, MESSAGES);

		assertThat(summary.length()).isGreaterThan(8_000);
		assertThat(fitted.length()).isLessThanOrEqualTo(ProcessModel.MAX_STRING_VARIABLE);
		assertThat(fitted).startsWith("**发现 38 处需要确认的内容**\n- 手机号“13812340001”")
			.endsWith("以下从略，请[在报告系统中查看全文](" + LINK + ")）");
		// whole lines only: the last one kept ends where the original line ended
		String kept = fitted.substring(0, fitted.indexOf("\n\n……"));
		assertThat(summary.toString()).startsWith(kept + "\n");
	}

	@Test
	void cutsInsideOneVeryLongLineWithoutSplittingACharacter() {
		// 𠀀 takes two UTF-16 units: a cut between them would leave half a character
		for (String padding : new String[] { "", "a" }) {
			String summary = padding + "𠀀".repeat(ProcessModel.MAX_STRING_VARIABLE);

			String fitted = TaskSummaries.fit(summary, LINK, MESSAGES);

			assertThat(fitted.length()).isLessThanOrEqualTo(ProcessModel.MAX_STRING_VARIABLE);
			assertThat(fitted.codePoints().filter(cp -> Character.getType(cp) == Character.SURROGATE)).isEmpty();
			assertThat(fitted).contains("𠀀".repeat(1_000)).endsWith("(" + LINK + ")）");
		}
	}

}
