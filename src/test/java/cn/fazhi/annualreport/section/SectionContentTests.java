package cn.fazhi.annualreport.section;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.fazhi.annualreport.section.SectionContent.AchievementItem;

/** An achievement's title is one printed heading, its text keeps its paragraphs. */
class SectionContentTests {

	@Test
	void joinsTheLinesOfATitleWrappedByHand() {
		assertThat(new AchievementItem("rules", "深化“放管服”改革\n持续优化营商环境", "").title())
			.isEqualTo("深化“放管服”改革持续优化营商环境");
		assertThat(new AchievementItem("rules", " 推进 \r\n  12345 热线\n\n建设 \n", "").title())
			.isEqualTo("推进12345 热线建设");
		assertThat(new AchievementItem("rules", "Open\nData 平台", "").title()).isEqualTo("Open Data 平台");
	}

	@Test
	void keepsTheParagraphsOfTheText() {
		assertThat(new AchievementItem("rules", "标题", "第一段。\n第二段。").text()).isEqualTo("第一段。\n第二段。");
	}

}
