package cn.fazhi.annualreport.campaign;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.ForbiddenException;
import cn.fazhi.annualreport.system.SingleLine;

@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

	private final CampaignService campaigns;

	private final CampaignStatus.Assembler status;

	private final DashboardExport export;

	CampaignController(CampaignService campaigns, CampaignStatus.Assembler status, DashboardExport export) {
		this.export = export;
		this.campaigns = campaigns;
		this.status = status;
	}

	@PostMapping
	ResponseEntity<CampaignStatus> open(@Valid @RequestBody OpenCampaignRequest request, CurrentUser user) {
		DeadlinesRequest deadlines = request.deadlines() == null ? DeadlinesRequest.NONE : request.deadlines();
		Campaign campaign = campaigns.open(new OpenCampaign(request.organization(), request.year(),
				request.departments(), deadlines.sections(), deadlines.confirmation(), deadlines.review(),
				deadlines.revision(), deadlines.publication()), user);
		return ResponseEntity.created(URI.create("/api/campaigns/" + campaign.getId())).body(status.of(campaign));
	}

	@GetMapping
	List<CampaignSummary> list(CurrentUser user) {
		return campaigns.visibleTo(user).stream().map(c -> {
			CampaignStatus s = status.of(c);
			return new CampaignSummary(s.id(), s.organization(), s.year(), s.stage(), s.stageLabel());
		}).toList();
	}

	@GetMapping("/{id}")
	CampaignStatus get(@PathVariable long id, CurrentUser user) {
		return status.dashboard(campaigns.get(id, user));
	}

	/** The dashboard's table for Excel, for those who oversee the campaign. */
	@GetMapping("/{id}/dashboard.xlsx")
	ResponseEntity<byte[]> dashboardWorkbook(@PathVariable long id, CurrentUser user) {
		Campaign visible = campaigns.get(id, user);
		if (!user.oversees(visible.roles())) {
			throw new ForbiddenException("problem.forbidden.report");
		}
		CampaignStatus campaign = status.dashboard(visible);
		String file = campaign.organization() + campaign.year() + "年度报告各部门进度.xlsx";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(DashboardExport.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
			.body(export.workbook(campaign));
	}

	/** Changes some of the campaign's deadlines; the due dates of the open steps follow. */
	@PutMapping("/{id}/deadlines")
	CampaignStatus changeDeadlines(@PathVariable long id, @Valid @RequestBody DeadlinesRequest deadlines,
			CurrentUser user) {
		Campaign campaign = campaigns.changeDeadlines(id, new OpenCampaign(null, 0, null, deadlines.sections(),
				deadlines.confirmation(), deadlines.review(), deadlines.revision(), deadlines.publication()), user);
		return status.of(campaign);
	}

	record OpenCampaignRequest(@NotBlank @Size(max = 100) @SingleLine String organization,
			@NotNull @Min(2000) @Max(2100) Integer year,
			@NotEmpty @Size(max = 200) List<@NotBlank @Pattern(regexp = Department.CODE_PATTERN) String> departments,
			@Valid DeadlinesRequest deadlines) {
	}

	/** Step durations in days; dates as YYYY-MM-DD. Anything left out takes its default. */
	record DeadlinesRequest(LocalDate sections, @Min(1) @Max(30) Integer confirmation,
			@Min(1) @Max(30) Integer review, @Min(1) @Max(30) Integer revision, LocalDate publication) {

		static final DeadlinesRequest NONE = new DeadlinesRequest(null, null, null, null, null);

	}

	record CampaignSummary(long id, String organization, int year, String stage, String stageLabel) {
	}

}
