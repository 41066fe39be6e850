package cn.fazhi.annualreport.oversight;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.campaign.Campaign;
import cn.fazhi.annualreport.campaign.PublicationProgress;
import cn.fazhi.annualreport.campaign.ReportProgress;
import cn.fazhi.annualreport.departmentreport.DepartmentReportService;
import cn.fazhi.annualreport.departmentreport.SignedDepartmentReport;
import cn.fazhi.annualreport.report.ReportDocument;
import cn.fazhi.annualreport.report.ReportLayout;
import cn.fazhi.annualreport.report.ReportService;
import cn.fazhi.annualreport.signing.Signature;
import cn.fazhi.annualreport.signing.SigningService;

/**
 * The signed reports of a set of campaigns: each government's report its leader signed, and each department's and
 * street's own report its head signed. Signing is what sends a report up (报送, DESIGN §10): nobody types it in.
 */
@Component
class SignedReports {

	private final ReportProgress reports;

	private final ReportService reportService;

	private final SigningService signing;

	private final DepartmentReportService departmentReports;

	private final PublicationProgress publications;

	SignedReports(ReportProgress reports, ReportService reportService, SigningService signing,
			DepartmentReportService departmentReports, PublicationProgress publications) {
		this.publications = publications;
		this.reports = reports;
		this.reportService = reportService;
		this.signing = signing;
		this.departmentReports = departmentReports;
	}

	/** A government's report as its leader signed it. */
	record GovernmentReport(Campaign campaign, Instant signedAt, String sha256, boolean valid, String title,
			ReportDocument document, Long publicationId) {
	}

	/** When the government's leader signed the campaign's report, if the leader did; nothing recomputed. */
	Optional<Instant> signedAt(Campaign campaign) {
		if (reports.reportOf(campaign.getId()).isEmpty()) {
			return Optional.empty();
		}
		return signing.currentSignature(campaign.getId()).map(Signature::getSignedAt);
	}

	/** The government's signed report of the campaign, if its leader signed it. */
	Optional<GovernmentReport> government(Campaign campaign) {
		if (reports.reportOf(campaign.getId()).isEmpty()) {
			return Optional.empty();
		}
		Optional<Signature> signature = signing.currentSignature(campaign.getId());
		return signature.filter(s -> s.getSha256() != null).map(s -> {
			ReportDocument signed = reportService.revision(campaign.getId(), s.getRevision());
			return new GovernmentReport(campaign, s.getSignedAt(), s.getSha256(),
					s.getSha256().equals(ReportLayout.fingerprint(signed)), signed.title(), signed,
					publications.publicationOf(campaign.getId()).map(PublicationProgress.Published::id).orElse(null));
		});
	}

	/** The departments' and streets' signed reports of the campaigns, by campaign and department. */
	Map<String, SignedDepartmentReport> departments(Collection<Long> campaignIds) {
		Map<String, SignedDepartmentReport> byKey = new HashMap<>();
		departmentReports.signed(campaignIds).forEach(r -> byKey.put(key(r.campaignId(), r.department()), r));
		return byKey;
	}

	/** The campaign of a department's or street's report, if the id names one. */
	Optional<Long> campaignOfDepartmentReport(long id) {
		return departmentReports.campaignOf(id);
	}

	static String key(long campaignId, String department) {
		return campaignId + ":" + department;
	}

	static List<Long> ids(Collection<Campaign> campaigns) {
		return campaigns.stream().map(Campaign::getId).toList();
	}

}
