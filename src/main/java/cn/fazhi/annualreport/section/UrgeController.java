package cn.fazhi.annualreport.section;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.security.CurrentUser;

/** 催办 (DESIGN §8): the report editors ask whoever must act on a section, or on every overdue one, to act now. */
@RestController
class UrgeController {

	private final SectionUrges urges;

	UrgeController(SectionUrges urges) {
		this.urges = urges;
	}

	/** 202: the messages are written and the mails on their way; 429 when urged already today. */
	@PostMapping("/api/campaigns/{campaignId}/sections/{department}/urge")
	@ResponseStatus(HttpStatus.ACCEPTED)
	SectionUrges.Urged urge(@PathVariable long campaignId, @PathVariable String department, CurrentUser user) {
		return urges.urge(new SectionKey(campaignId, department), user);
	}

	/** Every section whose step is overdue and that nobody urged today. */
	@PostMapping("/api/campaigns/{campaignId}/urge-overdue")
	@ResponseStatus(HttpStatus.ACCEPTED)
	SectionUrges.OverdueUrged urgeOverdue(@PathVariable long campaignId, CurrentUser user) {
		return urges.urgeOverdue(campaignId, user);
	}

}
