package cn.fazhi.annualreport.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.SingleLine;
import cn.fazhi.annualreport.system.SideBySide;
import cn.fazhi.annualreport.system.TextDiff;
import cn.fazhi.annualreport.system.Trail;
import cn.fazhi.annualreport.section.SectionService;

@RestController
@RequestMapping("/api/campaigns/{campaignId}/report")
class ReportController {

	private final ReportService reports;

	private final ReportTrail trail;

	private final SectionService sections;

	ReportController(ReportService reports, ReportTrail trail, SectionService sections) {
		this.reports = reports;
		this.trail = trail;
		this.sections = sections;
	}

	/** 应报尽报 of the report: the items required of the government its sections address, and each one's gaps. */
	@GetMapping("/coverage")
	SectionService.ReportCoverage coverage(@PathVariable long campaignId, CurrentUser user) {
		return sections.reportCoverage(campaignId, user);
	}

	/** The latest revision, with the achievements that look duplicated across departments. */
	@GetMapping
	ReportAnswer read(@PathVariable long campaignId, CurrentUser user) {
		ReportView report = reports.read(campaignId, user);
		return new ReportAnswer(report, reports.duplicates(report));
	}

	/** What changed between two revisions ({@code from} defaults to the one before {@code to}, {@code to} to the latest). */
	@GetMapping("/diff")
	TextDiff.Revisions diff(@PathVariable long campaignId, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, CurrentUser user) {
		return reports.diff(campaignId, from, to, user);
	}

	/**
	 * Two revisions side by side ({@code from} defaults to the one before {@code to}, {@code to} to the latest): rows
	 * named by their headings, changed words marked, moved items as moved, and a summary.
	 */
	@GetMapping("/changes")
	SideBySide.Comparison changes(@PathVariable long campaignId, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, CurrentUser user) {
		return reports.changes(campaignId, from, to, user);
	}

	/** The report's history (留痕), oldest first. */
	@GetMapping("/history")
	List<Trail.Entry> history(@PathVariable long campaignId, CurrentUser user) {
		return trail.of(campaignId, user);
	}

	@PutMapping
	ReportView save(@PathVariable long campaignId, @Valid @RequestBody ReportRequest request, CurrentUser user) {
		return reports.save(campaignId, new ReportDocument(request.title(), request.opening(), request.parts()),
				request.version(), user);
	}

	@PostMapping("/edit-complete")
	ReportView editComplete(@PathVariable long campaignId, CurrentUser user) {
		reports.requestEditingComplete(campaignId, user);
		return reports.read(campaignId, user);
	}

	record ReportAnswer(@JsonUnwrapped ReportView report, List<DuplicateAchievements.Duplicate> duplicates) {
	}

	/**
	 * A save of the editors; the read-only fields of {@link ReportView} (the stage, the compiled figures, the
	 * duplicates found) are accepted and ignored.
	 */
	@JsonIgnoreProperties(value = { "campaignId", "stage", "stageLabel", "dueDate", "signedVersion", "signedAt", "updatedAt",
			"updatedBy", "figures", "duplicates" })
	record ReportRequest(@SingleLine String title, String opening,
			@Size(max = 20) List<ReportDocument.@Valid Part> parts,
			@NotNull @PositiveOrZero Long version) {
	}

}
