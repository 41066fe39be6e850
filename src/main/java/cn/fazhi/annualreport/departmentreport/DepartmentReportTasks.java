package cn.fazhi.annualreport.departmentreport;

import cn.fazhi.annualreport.disclosure.ClearanceDecision;
import cn.fazhi.annualreport.disclosure.PublicationDetails;
import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.signing.SignDecision;

/** The department report's workflow: the head's 签发 and the officer's 保密审查 as tasks of {@code department-report}. */
public interface DepartmentReportTasks {

	/** Starts the department report's workflow for the given version. */
	void start(SectionKey key, long departmentReportId);

	void completeSigning(SectionKey key, CurrentUser head, SignDecision decision, String opinion);

	void completeClearance(SectionKey key, CurrentUser officer, ClearanceDecision decision, String notes,
			PublicationDetails details);

}
