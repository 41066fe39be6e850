package cn.fazhi.annualreport.section;

/** The revision of a department's section that the legal bureau approved, as it goes into the report. */
public record ApprovedSection(String department, String departmentName, int revision, SectionContent content) {

}
