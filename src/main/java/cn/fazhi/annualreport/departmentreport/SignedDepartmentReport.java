package cn.fazhi.annualreport.departmentreport;

import java.time.Instant;

import cn.fazhi.annualreport.report.ReportDocument;

/**
 * A department's (or street's) own report as its head signed it: what went up (报送) to its government and to the
 * department one level up (DESIGN §10).
 *
 * @param valid the text still reads exactly as when it was signed (its fingerprint is {@code sha256})
 * @param publicationId its page on the public site, {@code null} until published
 */
public record SignedDepartmentReport(long id, long campaignId, String department, String organization, int version,
		Instant signedAt, String sha256, boolean valid, Long publicationId, Instant publishedAt,
		ReportDocument document) {

}
