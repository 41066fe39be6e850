package cn.fazhi.annualreport.departmentreport;

import java.time.Instant;

import cn.fazhi.annualreport.report.ReportDocument;
import cn.fazhi.annualreport.report.ReportLayout;

/**
 * A department's (or street's) own report as its head signed it: what went up (报送) to its government and to the
 * department one level up (DESIGN §10).
 *
 * @param publicationId its page on the public site, {@code null} until published
 */
public record SignedDepartmentReport(long id, long campaignId, String department, String organization, int version,
		Instant signedAt, String sha256, Long publicationId, Instant publishedAt, ReportDocument document) {

	/** The text still reads exactly as when it was signed; recomputed on asking, as 收文 does and overviews do not. */
	public boolean valid() {
		return sha256.equals(ReportLayout.fingerprint(document));
	}

}
