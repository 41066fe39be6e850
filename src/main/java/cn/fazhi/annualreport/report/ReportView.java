package cn.fazhi.annualreport.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One revision of the report with where the report stands. {@code version} is the revision shown;
 * {@code signedVersion} and {@code signedAt} the leader's 签发 while it covers the text.
 */
public record ReportView(long campaignId, ReportStage stage, String stageLabel, LocalDate dueDate, int version,
		Integer signedVersion, Instant signedAt, Instant updatedAt, String updatedBy, String title, String opening,
		List<ReportDocument.Part> parts, ReportFigures figures) {

	public ReportDocument document() {
		return new ReportDocument(title, opening, parts, figures);
	}

	/** Whether this revision is the one the leader signed. */
	public boolean signed() {
		return signedVersion != null && signedVersion == version;
	}

}
