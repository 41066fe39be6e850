package cn.fazhi.annualreport.deadline;

import java.time.LocalDate;
import java.time.MonthDay;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Default deadlines of a campaign for report year Y, used where the editor who opens the campaign leaves one out.
 * Dates are month-day in year Y+1; step durations are counted in working days (工作日) after the step starts.
 *
 * @param sections when liaisons must have submitted (end of January)
 * @param publication the legal publication limit (before 4月1日)
 * @param confirmationDays the department head's confirmation
 * @param reviewDays the legal bureau's review
 * @param revisionDays a liaison's revision after a return
 * @param extensionDecisionDays the editors' answer to a request for more time
 * @param editingDaysBeforePublication when the editors must hand the compiled report to the leader
 * @param signingDaysBeforePublication when the leader must have signed
 * @param clearanceDaysBeforePublication when the confidentiality review must be done
 * @param submissionDays the editors' record of the report sent to the 党委, 人大常委会 and the government above: by the
 * publication deadline, and at least this many working days after publication
 * @param departmentReportsBefore the day before which departments and streets report to their government and the
 * department above (3月1日 in the provincial 工作指引)
 */
@Validated
@ConfigurationProperties("report.deadlines")
public record DeadlineSettings(@DefaultValue("01-31") @Pattern(regexp = MONTH_DAY) String sections,
		@DefaultValue("03-31") @Pattern(regexp = MONTH_DAY) String publication,
		@DefaultValue("2") @Min(1) @Max(30) int confirmationDays, @DefaultValue("5") @Min(1) @Max(30) int reviewDays,
		@DefaultValue("3") @Min(1) @Max(30) int revisionDays,
		@DefaultValue("2") @Min(1) @Max(30) int extensionDecisionDays,
		@DefaultValue("15") @Min(0) @Max(60) int editingDaysBeforePublication,
		@DefaultValue("8") @Min(0) @Max(60) int signingDaysBeforePublication,
		@DefaultValue("3") @Min(0) @Max(60) int clearanceDaysBeforePublication,
		@DefaultValue("5") @Min(1) @Max(30) int submissionDays,
		@DefaultValue("03-01") @Pattern(regexp = MONTH_DAY) String departmentReportsBefore) {

	static final String MONTH_DAY = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";

	/** Default date by which sections are due for the report on {@code reportYear}. */
	public LocalDate sectionsDue(int reportYear) {
		return MonthDay.parse("--" + sections).atYear(reportYear + 1);
	}

	/** The last day on which departments' and streets' own reports on {@code reportYear} are on time. */
	public LocalDate departmentReportsDue(int reportYear) {
		return MonthDay.parse("--" + departmentReportsBefore).atYear(reportYear + 1).minusDays(1);
	}

	/** Default publication limit for the report on {@code reportYear}. */
	public LocalDate publicationDue(int reportYear) {
		return MonthDay.parse("--" + publication).atYear(reportYear + 1);
	}

}
