package cn.fazhi.annualreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.fazhi.annualreport.outline.PartType;
import cn.fazhi.annualreport.report.ReportDocument.Item;
import cn.fazhi.annualreport.report.ReportDocument.Part;

/** The editors are shown achievements two departments wrote about the same work. */
class DuplicateAchievementsTests {

	@Test
	void flagsTheSameWorkWrittenUpByTwoDepartmentsOnly() {
		ReportDocument report = report(
				item("开展“双随机、一公开”联合抽查", "会同市场监管部门开展联合抽查120次。", "sfj"),
				item("开展双随机一公开联合抽查", "全年联合抽查企业300家。", "scjgj"),
				item("推进行政复议规范化建设", "审结复议案件79件。", "sfj"),
				item("开展“双随机、一公开”联合抽查", "本局另一项同名工作。", "sfj"),
				item("加强生态环境执法", "查处环境违法案件45件。", "sthjj"));

		List<DuplicateAchievements.Duplicate> duplicates = DuplicateAchievements.in(report, code -> code + "局");

		assertThat(duplicates).extracting(DuplicateAchievements.Duplicate::firstDepartment,
				DuplicateAchievements.Duplicate::secondDepartment)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("sfj", "scjgj"),
					org.assertj.core.groups.Tuple.tuple("scjgj", "sfj"));
		assertThat(duplicates.get(0).firstDepartmentName()).isEqualTo("sfj局");
		// the same words once the quotation marks and the 顿号 are set aside
		assertThat(duplicates.get(0).similarity()).isEqualTo(100);
	}

	@Test
	void anItemMergedFromTwoDepartmentsIsNotADuplicateOfEitherDepartmentsWork() {
		ReportDocument report = report(item("开展双随机一公开联合抽查", "两部门联合抽查。", "sfj,scjgj"),
				item("开展双随机一公开联合抽查", "全年联合抽查企业300家。", "scjgj"),
				item("开展双随机一公开联合抽查", "联合抽查排污单位。", "sthjj"));

		List<DuplicateAchievements.Duplicate> duplicates = DuplicateAchievements.in(report, code -> code + "局");

		assertThat(duplicates).extracting(DuplicateAchievements.Duplicate::firstDepartment,
				DuplicateAchievements.Duplicate::secondDepartment)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("sfj,scjgj", "sthjj"),
					org.assertj.core.groups.Tuple.tuple("scjgj", "sthjj"));
	}

	private static ReportDocument report(Item... items) {
		return new ReportDocument("标题", "", List.of(new Part(PartType.ACHIEVEMENTS, "成效", "",
				List.of(new Item("主题", "", "enforcement", null, List.of(items))))));
	}

	private static Item item(String heading, String text, String department) {
		return new Item(heading, text, "enforcement", department, List.of());
	}

}
