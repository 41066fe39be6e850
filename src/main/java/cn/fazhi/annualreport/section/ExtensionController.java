package cn.fazhi.annualreport.section;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.Decisions;

/** 申请延期 through the API: the liaison asks, a report editor answers. */
@RestController
@RequestMapping("/api/campaigns/{campaignId}/sections/{department}")
class ExtensionController {

	private final SectionExtensions extensions;

	private final SectionService sections;

	ExtensionController(SectionExtensions extensions, SectionService sections) {
		this.extensions = extensions;
		this.sections = sections;
	}

	@PostMapping("/extension")
	ResponseEntity<ExtensionView> request(@PathVariable long campaignId, @PathVariable String department,
			@Valid @RequestBody ExtensionRequestBody body, CurrentUser user) {
		ExtensionRequest request = extensions.request(new SectionKey(campaignId, department), body.until(),
				body.reason(), user);
		return ResponseEntity
			.created(URI.create("/api/campaigns/" + campaignId + "/sections/" + department + "/extensions"))
			.body(ExtensionView.of(request));
	}

	@PostMapping("/extension/decision")
	ExtensionView decide(@PathVariable long campaignId, @PathVariable String department,
			@Valid @RequestBody ExtensionDecisionBody body, CurrentUser user) {
		return ExtensionView.of(extensions.requestDecision(new SectionKey(campaignId, department), body.decision(),
				body.until(), body.comment(), user));
	}

	/** Every request of the section, newest first, for those who may read the section. */
	@GetMapping("/extensions")
	List<ExtensionView> history(@PathVariable long campaignId, @PathVariable String department, CurrentUser user) {
		SectionKey key = new SectionKey(campaignId, department);
		sections.read(key, user);
		return extensions.history(key).stream().map(ExtensionView::of).toList();
	}

	record ExtensionRequestBody(@NotNull LocalDate until, @Size(max = SectionExtensions.MAX_REASON) String reason) {
	}

	record ExtensionDecisionBody(@NotNull ExtensionDecision decision, LocalDate until,
			@Size(max = Decisions.MAX_COMMENT) String comment) {
	}

	record ExtensionView(long id, SectionStage stage, LocalDate currentDue, LocalDate requestedUntil, String reason,
			String requestedBy, Instant requestedAt, ExtensionRequest.Status status, LocalDate grantedUntil,
			String comment, String decidedBy, Instant decidedAt) {

		static ExtensionView of(ExtensionRequest r) {
			return new ExtensionView(r.getId(), r.getStage(), r.getCurrentDue(), r.getRequestedUntil(), r.getReason(),
					r.getRequestedBy(), r.getRequestedAt(), r.getStatus(), r.getGrantedUntil(), r.getComment(),
					r.getDecidedBy(), r.getDecidedAt());
		}

	}

}
