package cn.fazhi.annualreport.notification;

import java.time.LocalDate;
import java.util.List;

import cn.fazhi.annualreport.security.GovernmentRoles;

/**
 * A step someone has to do, as messages describe it. The workflow fills it from the engine's task.
 *
 * @param taskName the task's full name, e.g. 审核部门报告 · 司法局 · 2026年度
 * @param stepName the step alone, e.g. 审核部门报告
 * @param department the department whose section the step is about, {@code null} for the report's own steps
 * @param link the page where the step is done, relative to the product's address
 * @param roles the central roles of the government whose report it is, who are told when a step is overdue
 */
public record OpenTask(String taskId, String taskName, String stepName, String organization, int year,
		GovernmentRoles roles, String department, String departmentName, LocalDate dueDate, String assignee, List<String> candidateGroups,
		String link) {

}
