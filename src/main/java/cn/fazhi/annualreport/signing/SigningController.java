package cn.fazhi.annualreport.signing;

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
class SigningController {

	private final SigningService signing;

	private final ReportService reports;

	SigningController(SigningService signing, ReportService reports) {
		this.signing = signing;
		this.reports = reports;
	}

	@PostMapping("/api/campaigns/{campaignId}/report/sign")
	ReportView sign(@PathVariable long campaignId, @Valid @RequestBody SignRequest request, CurrentUser user) {
		signing.requestSigning(campaignId, request.decision(), request.opinion(), user);
		return reports.read(campaignId, user);
	}

	record SignRequest(@NotNull SignDecision decision, @Size(max = Decisions.MAX_COMMENT) String opinion) {
	}

}
