package cn.fazhi.annualreport.departmentreport;

import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.system.DomainProblem;

/** The department has not started its own report (404). */
class DepartmentReportNotFoundException extends DomainProblem {

	DepartmentReportNotFoundException(SectionKey key) {
		super(HttpStatus.NOT_FOUND, "department-report-not-found", "problem.department-report.not-found", key.department());
	}

}
