package cn.fazhi.annualreport.section;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A section as its readers see it: one revision's content with where the section stands. {@code version} is the
 * revision shown, which a client sends back when it saves an edit of it; {@code updatedBy} the display name of who
 * saved it.
 */
public record SectionView(long campaignId, String department, String departmentName, SectionStage stage,
		String stageLabel, LocalDate dueDate, int version, Integer submittedVersion, Integer approvedVersion,
		Instant updatedAt, String updatedBy, List<SectionContent.AchievementItem> achievements, String shortcomings,
		String leadership, String nextYearPlans, String other, Map<String, Long> metrics, String omissions) {

	public SectionContent content() {
		return new SectionContent(achievements, shortcomings, leadership, nextYearPlans, other, metrics, omissions);
	}

}
