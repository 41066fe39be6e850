package cn.fazhi.annualreport.review;

import java.time.Clock;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.section.SectionHistory;
import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.section.SectionService;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.ForbiddenException;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.system.Decisions;
import cn.fazhi.annualreport.campaign.CampaignService;

/**
 * The head's confirmation and the legal bureau's review of sections. The {@code request…} methods serve the API and
 * pages and go through the engine; the {@code record…} methods are the rules the engine runs when the task
 * completes, whoever completes it.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService implements SectionHistory {

	private final SectionDecisionRepository decisions;

	private final SectionService sections;

	private final ReviewTasks tasks;

	private final MessageSource messages;

	private final Clock clock;

	private final UserDirectory directory;

	private final CampaignService campaigns;

	ReviewService(SectionDecisionRepository decisions, SectionService sections, ReviewTasks tasks,
			MessageSource messages, UserDirectory directory, CampaignService campaigns, Clock clock) {
		this.directory = directory;
		this.campaigns = campaigns;
		this.decisions = decisions;
		this.sections = sections;
		this.tasks = tasks;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public void requestConfirmation(SectionKey key, HeadDecision decision, String comment, CurrentUser head) {
		sections.lock(key);
		requireHead(key, head);
		tasks.completeConfirmation(key, head, decision, comment);
	}

	@Transactional
	public void requestReview(SectionKey key, ReviewDecision decision, String comment, CurrentUser reviewer) {
		sections.lock(key);
		reviewer.require(campaigns.roles(key.campaignId()).legalReviewers());
		tasks.completeReview(key, reviewer, decision, comment);
	}

	/** The rule of the head's step: confirm, or return with a reason. */
	@Transactional
	public void recordConfirmation(SectionKey key, String decision, String comment, CurrentUser head) {
		requireHead(key, head);
		HeadDecision choice = Decisions.parse(HeadDecision.class, "decision", decision);
		String reason = Decisions.reason("comment", comment, choice == HeadDecision.RETURN);
		int revision = choice == HeadDecision.CONFIRM ? sections.confirmed(key) : sections.returned(key);
		decisions.save(new SectionDecision(key.campaignId(), key.department(), revision, ReviewStep.CONFIRMATION,
				choice.name(), reason, head.id(), clock.instant()));
	}

	/** The rule of the legal bureau's step: approve, or return with comments. */
	@Transactional
	public void recordReview(SectionKey key, String decision, String comment, CurrentUser reviewer) {
		reviewer.require(campaigns.roles(key.campaignId()).legalReviewers());
		ReviewDecision choice = Decisions.parse(ReviewDecision.class, "decision", decision);
		String reason = Decisions.reason("comment", comment, choice == ReviewDecision.RETURN);
		int revision = choice == ReviewDecision.APPROVE ? sections.approved(key) : sections.returned(key);
		decisions.save(new SectionDecision(key.campaignId(), key.department(), revision, ReviewStep.REVIEW,
				choice.name(), reason, reviewer.id(), clock.instant()));
	}

	/** Every judgement of the section, oldest first. */
	public List<SectionDecision> history(SectionKey key) {
		return decisions.findAllByCampaignIdAndDepartmentOrderByDecidedAtAscIdAsc(key.campaignId(),
				key.department());
	}

	@Override
	public List<SectionHistory.Entry> of(SectionKey key) {
		return history(key).stream()
			.map(d -> new SectionHistory.Entry(d.getDecidedAt(), kind(d), directory.displayName(d.getAuthor()),
					d.getRevision(),
					messages.getMessage("decision." + d.getStep() + "." + d.getDecision(), null,
							LocaleContextHolder.getLocale()),
					d.isReturn(), d.getComment()))
			.toList();
	}

	private static String kind(SectionDecision decision) {
		boolean head = decision.getStep() == ReviewStep.CONFIRMATION;
		if (decision.isReturn()) {
			return head ? "RETURNED_BY_HEAD" : "RETURNED_BY_REVIEWER";
		}
		return head ? "CONFIRMED" : "APPROVED";
	}

	private void requireHead(SectionKey key, CurrentUser user) {
		if (!user.isHeadOf(key.department())) {
			throw new ForbiddenException("problem.forbidden.head", sections.departmentName(key.department()));
		}
	}

}
