package cn.fazhi.annualreport.disclosure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.report.ReportService;
import cn.fazhi.annualreport.report.ReportView;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.Decisions;

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
		disclosure.requestClearance(campaignId, request.decision(), request.notes(), user);
		return reports.read(campaignId, user);
	}

	record ClearanceRequest(@NotNull ClearanceDecision decision, @Size(max = Decisions.MAX_COMMENT) String notes) {
	}

}
