package cn.fazhi.annualreport.departmentreport;

import java.time.Instant;

import cn.fazhi.annualreport.report.ReportDocument;
import cn.fazhi.annualreport.section.SectionKey;

/**
 * A department's own report as its people and the overseers see it. {@code comment} is the last decision's opinion
 * or notes; {@code publicationId} its page on the public site once published.
 */
public record DepartmentReportView(long campaignId, String department, String organization, int version,
		DepartmentReportStage stage, String stageLabel, String signedBy, Instant signedAt, String comment,
		Long publicationId, ReportDocument document) {

	/** The section the report was made from. */
	public SectionKey key() {
		return new SectionKey(campaignId, department);
	}

}
