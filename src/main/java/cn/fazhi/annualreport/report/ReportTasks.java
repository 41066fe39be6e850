package cn.fazhi.annualreport.report;

import cn.fazhi.annualreport.security.CurrentUser;

/** The editors' open task in the workflow engine; completing it runs {@link ReportService#finishEditing}. */
public interface ReportTasks {

	/** Completes the open editing task; 409 if there is none. */
	void completeEditing(long campaignId, CurrentUser editor);

}
