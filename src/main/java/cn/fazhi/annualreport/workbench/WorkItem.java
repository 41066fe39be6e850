package cn.fazhi.annualreport.workbench;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of someone's work as the 工作台 and {@code GET /api/tasks} show it (DESIGN §8).
 *
 * @param taskName what distinguishes the task, e.g. 审核部门报告 · 司法局 · 2026年度
 * @param step the BPMN task id, e.g. {@code reviewSection}
 * @param stepName the step alone, e.g. 审核部门报告
 * @param department the department the step is about, {@code null} for the government's report
 * @param daysLeft working days until the due day, negative once it has passed; {@code null} without a due date
 * @param claimedBy the display name of whoever claimed the task, {@code null} while nobody has
 * @param link where the work is done, relative to the product's address
 * @param completedAt when the user finished it, for finished work only
 */
public record WorkItem(String taskId, String taskName, String step, String stepName, long campaignId,
		String organization, int year, String department, String departmentName, LocalDate due, Integer daysLeft,
		boolean overdue, String claimedBy, String link, Instant completedAt) {

}
