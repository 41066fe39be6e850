package cn.fazhi.annualreport.submission;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.campaign.SubmissionProgress;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.SingleLine;

/**
 * {@code POST /api/campaigns/{id}/report/submissions}: the editors record the report sent to the 党委, 人大常委会 and the
 * government above, one entry each; {@code GET} lists what was recorded.
 */
@RestController
class SubmissionController {

	private final SubmissionService submissions;

	SubmissionController(SubmissionService submissions) {
		this.submissions = submissions;
	}

	@PostMapping("/api/campaigns/{campaignId}/report/submissions")
	List<SubmissionProgress.Sent> record(@PathVariable long campaignId,
			@Valid @RequestBody SubmissionsRequest request, CurrentUser user) {
		submissions.request(campaignId, request.submissions()
			.stream()
			.map(s -> new SubmissionEntry(s.recipient(), s.submittedOn(), s.channel(), s.documentNumber()))
			.toList(), user);
		return submissions.reportedUp(campaignId);
	}

	@GetMapping("/api/campaigns/{campaignId}/report/submissions")
	List<SubmissionProgress.Sent> list(@PathVariable long campaignId, CurrentUser user) {
		return submissions.reportedUp(campaignId, user);
	}

	record SubmissionsRequest(@NotNull @Size(min = 1, max = 3) List<@Valid @NotNull SubmissionRequest> submissions) {
	}

	record SubmissionRequest(@NotNull Recipient recipient, LocalDate submittedOn, Channel channel,
			@SingleLine String documentNumber) {
	}

}
