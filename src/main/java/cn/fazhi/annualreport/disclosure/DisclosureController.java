package cn.fazhi.annualreport.disclosure;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.report.ReportService;
import cn.fazhi.annualreport.report.ReportView;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.Decisions;
import cn.fazhi.annualreport.system.SingleLine;

@RestController
class DisclosureController {

	private final DisclosureService disclosure;

	private final ReportService reports;

	DisclosureController(DisclosureService disclosure, ReportService reports) {
		this.disclosure = disclosure;
		this.reports = reports;
	}

	@PostMapping("/api/campaigns/{campaignId}/report/confidentiality")
	ReportView clear(@PathVariable long campaignId, @Valid @RequestBody ClearanceRequest request, CurrentUser user) {
		disclosure.requestClearance(campaignId, request.decision(), request.notes(),
				new PublicationDetails(request.documentNumber(), request.subjectCategory()), user);
		return reports.read(campaignId, user);
	}

	/** What the automatic scan found in the report: {@code [{type, match, excerpt, location}]}. Never public. */
	@GetMapping("/api/campaigns/{campaignId}/report/findings")
	List<ConfidentialityScan.Finding> findings(@PathVariable long campaignId, CurrentUser user) {
		return disclosure.findings(campaignId, user);
	}

	/** {@code documentNumber} (发文字号) and {@code subjectCategory} (主题分类) are what the report is published under. */
	/** The editors correct the published report; it is published again as a new version with the reason. */
	@PostMapping("/api/campaigns/{campaignId}/report/corrections")
	ReportView correct(@PathVariable long campaignId, @Valid @RequestBody CorrectionRequest request, CurrentUser user) {
		disclosure.requestCorrection(campaignId, request.reason(), user);
		return reports.read(campaignId, user);
	}

	record CorrectionRequest(@Size(max = Decisions.MAX_COMMENT) String reason) {
	}

	record ClearanceRequest(@NotNull ClearanceDecision decision, @Size(max = Decisions.MAX_COMMENT) String notes,
			@SingleLine String documentNumber, @SingleLine String subjectCategory) {
	}

}
