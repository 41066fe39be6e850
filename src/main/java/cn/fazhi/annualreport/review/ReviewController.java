package cn.fazhi.annualreport.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.section.SectionService;
import cn.fazhi.annualreport.section.SectionView;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.Decisions;

@RestController
@RequestMapping("/api/campaigns/{campaignId}/sections/{department}")
class ReviewController {

	private final ReviewService reviews;

	private final SectionService sections;

	ReviewController(ReviewService reviews, SectionService sections) {
		this.reviews = reviews;
		this.sections = sections;
	}

	@PostMapping("/confirm")
	SectionView confirm(@PathVariable long campaignId, @PathVariable String department,
			@Valid @RequestBody ConfirmRequest request, CurrentUser user) {
		SectionKey key = new SectionKey(campaignId, department);
		reviews.requestConfirmation(key, request.decision(), request.comment(), user);
		return sections.read(key, user);
	}

	@PostMapping("/review")
	SectionView review(@PathVariable long campaignId, @PathVariable String department,
			@Valid @RequestBody ReviewRequest request, CurrentUser user) {
		SectionKey key = new SectionKey(campaignId, department);
		reviews.requestReview(key, request.decision(), request.comment(), user);
		return sections.read(key, user);
	}

	record ConfirmRequest(@NotNull HeadDecision decision, @Size(max = Decisions.MAX_COMMENT) String comment) {
	}

	record ReviewRequest(@NotNull ReviewDecision decision, @Size(max = Decisions.MAX_COMMENT) String comment) {
	}

}
