package cn.fazhi.annualreport.section;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.SideBySide;
import cn.fazhi.annualreport.system.TextDiff;
import cn.fazhi.annualreport.system.Trail;

@RestController
@RequestMapping("/api/campaigns/{campaignId}/sections/{department}")
class SectionController {

	private final SectionService sections;

	private final SectionTrail trail;

	SectionController(SectionService sections, SectionTrail trail) {
		this.sections = sections;
		this.trail = trail;
	}

	@GetMapping
	SectionView read(@PathVariable long campaignId, @PathVariable String department, CurrentUser user) {
		return sections.read(new SectionKey(campaignId, department), user);
	}

	/** 应报尽报: which report items required of the department the revision the reader may see addresses. */
	@GetMapping("/coverage")
	SectionRules.Coverage coverage(@PathVariable long campaignId, @PathVariable String department,
			CurrentUser user) {
		return sections.coverage(new SectionKey(campaignId, department), user);
	}

	/** What changed between two revisions ({@code from} defaults to the one before {@code to}, {@code to} to the latest). */
	@GetMapping("/diff")
	TextDiff.Revisions diff(@PathVariable long campaignId, @PathVariable String department,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			CurrentUser user) {
		return sections.diff(new SectionKey(campaignId, department), from, to, user);
	}

	/**
	 * Two revisions side by side ({@code from} defaults to the one before {@code to}, {@code to} to the latest the
	 * reader may see): rows named by their place, changed words marked, moved items as moved, and a summary.
	 */
	@GetMapping("/changes")
	SideBySide.Comparison changes(@PathVariable long campaignId, @PathVariable String department,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			CurrentUser user) {
		return sections.changes(new SectionKey(campaignId, department), from, to, user);
	}

	/** The section's history (留痕), oldest first. */
	@GetMapping("/history")
	List<Trail.Entry> history(@PathVariable long campaignId, @PathVariable String department, CurrentUser user) {
		return trail.of(new SectionKey(campaignId, department), user);
	}

	@PutMapping
	SectionView save(@PathVariable long campaignId, @PathVariable String department,
			@Valid @RequestBody SectionRequest request, CurrentUser user) {
		return sections.saveDraft(new SectionKey(campaignId, department), request.content(), request.version(), user);
	}

	@PostMapping("/submit")
	ResponseEntity<SectionView> submit(@PathVariable long campaignId, @PathVariable String department,
			CurrentUser user) {
		SectionKey key = new SectionKey(campaignId, department);
		sections.requestSubmission(key, user);
		return ResponseEntity.ok(sections.read(key, user));
	}

	/** 撤回: 200 while the head has not acted, the section back in drafting or revising; 409 afterwards. */
	@PostMapping("/withdraw")
	SectionView withdraw(@PathVariable long campaignId, @PathVariable String department, CurrentUser user) {
		return sections.withdraw(new SectionKey(campaignId, department), user);
	}

	/**
	 * The body of a save: the section's content and the revision it was edited from. The read-only fields of
	 * {@link SectionView} are accepted and ignored, so a client may send back what it read.
	 */
	@JsonIgnoreProperties(value = { "campaignId", "department", "departmentName", "stage", "stageLabel", "dueDate",
			"submittedVersion", "approvedVersion", "updatedAt", "updatedBy" })
	record SectionRequest(@Size(max = SectionRules.MAX_ITEMS) List<SectionContent.AchievementItem> achievements,
			String shortcomings, String leadership, String nextYearPlans, String other, Map<String, Long> metrics,
			String omissions, @NotNull @PositiveOrZero Long version) {

		SectionContent content() {
			return new SectionContent(achievements, shortcomings, leadership, nextYearPlans, other, metrics,
					omissions);
		}

	}

}
