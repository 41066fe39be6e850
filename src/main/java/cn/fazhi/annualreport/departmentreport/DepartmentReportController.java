package cn.fazhi.annualreport.departmentreport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.disclosure.ClearanceDecision;
import cn.fazhi.annualreport.disclosure.PublicationDetails;
import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.signing.SignDecision;
import cn.fazhi.annualreport.system.Decisions;
import cn.fazhi.annualreport.system.SingleLine;

/** {@code /api/campaigns/{id}/sections/{dept}/department-report}: a department's own annual report. */
@RestController
class DepartmentReportController {

	private static final String PATH = "/api/campaigns/{campaignId}/sections/{department}/department-report";

	private final DepartmentReportService departmentReports;

	DepartmentReportController(DepartmentReportService departmentReports) {
		this.departmentReports = departmentReports;
	}

	/** The department's liaison or head turns its approved section into its report and sends it to the head. */
	@PostMapping(PATH)
	@ResponseStatus(HttpStatus.CREATED)
	DepartmentReportView start(@PathVariable long campaignId, @PathVariable String department, CurrentUser user) {
		return departmentReports.start(new SectionKey(campaignId, department), user);
	}

	@GetMapping(PATH)
	DepartmentReportView read(@PathVariable long campaignId, @PathVariable String department, CurrentUser user) {
		return departmentReports.read(new SectionKey(campaignId, department), user);
	}

	@PostMapping(PATH + "/sign")
	DepartmentReportView sign(@PathVariable long campaignId, @PathVariable String department,
			@Valid @RequestBody SignRequest request, CurrentUser user) {
		SectionKey key = new SectionKey(campaignId, department);
		departmentReports.requestSigning(key, request.decision(), request.opinion(), user);
		return departmentReports.read(key, user);
	}

	@PostMapping(PATH + "/confidentiality")
	DepartmentReportView clear(@PathVariable long campaignId, @PathVariable String department,
			@Valid @RequestBody ClearanceRequest request, CurrentUser user) {
		SectionKey key = new SectionKey(campaignId, department);
		departmentReports.requestClearance(key, request.decision(), request.notes(),
				new PublicationDetails(request.documentNumber(), request.subjectCategory()), user);
		return departmentReports.read(key, user);
	}

	record SignRequest(@NotNull SignDecision decision, @Size(max = Decisions.MAX_COMMENT) String opinion) {
	}

	record ClearanceRequest(@NotNull ClearanceDecision decision, @Size(max = Decisions.MAX_COMMENT) String notes,
			@SingleLine String documentNumber, @SingleLine String subjectCategory) {
	}

}
