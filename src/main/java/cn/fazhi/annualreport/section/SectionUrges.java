package cn.fazhi.annualreport.section;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.notification.OpenTask;
import cn.fazhi.annualreport.notification.WorkNotices;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.system.StageConflictException;

/**
 * 催办 by the report editors: whoever must act on a section now is told in the inbox and by mail, at most once per
 * section and Beijing day, and the urge stays in the section's history. The daily reminders of the workflow run
 * beside this; an urge is a person asking.
 */
@Service
@Transactional(readOnly = true)
public class SectionUrges {

	private final SectionUrgeRepository urges;

	private final SectionService sectionService;

	private final SectionSteps steps;

	private final WorkNotices notices;

	private final UserDirectory directory;

	private final Clock clock;

	private final CampaignService campaigns;

	private final TransactionTemplate ownTransaction;

	SectionUrges(SectionUrgeRepository urges, SectionService sectionService,
			SectionSteps steps, WorkNotices notices, UserDirectory directory, Clock clock,
			PlatformTransactionManager transactions, CampaignService campaigns) {
		this.campaigns = campaigns;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.urges = urges;
		this.sectionService = sectionService;
		this.steps = steps;
		this.notices = notices;
		this.directory = directory;
		this.clock = clock;
	}

	/** Urges whoever must act on the section; 409 once approved, 429 when urged already today. */
	@Transactional
	public Urged urge(SectionKey key, CurrentUser editor) {
		editor.require(campaigns.roles(key.campaignId()).reportAdmins());
		sectionService.lock(key);
		String departmentName = sectionService.departmentName(key.department());
		OpenTask step = steps.openStep(key)
			.orElseThrow(() -> new StageConflictException("problem.section.nothing-to-urge", departmentName));
		LocalDate today = BusinessTime.today(clock);
		if (urges.existsByCampaignIdAndDepartmentAndUrgedOn(key.campaignId(), key.department(), today)) {
			throw new AlreadyUrgedException(departmentName, today, clock.instant());
		}
		urges.save(new SectionUrge(key, step.stepName(), today, editor.id(), clock.instant()));
		List<String> told = notices.urged(step, directory.displayName(editor.id()), today);
		return new Urged(key.department(), step.stepName(), told);
	}

	/**
	 * Urges every section of the campaign whose step is overdue and that was not urged today, each in a transaction of
	 * its own, so that one section's refusal does not undo the others.
	 */
	@Transactional(propagation = Propagation.NEVER)
	public OverdueUrged urgeOverdue(long campaignId, CurrentUser editor) {
		editor.require(campaigns.roles(campaignId).reportAdmins());
		LocalDate today = BusinessTime.today(clock);
		List<Urged> urged = new ArrayList<>();
		List<String> urgedAlready = new ArrayList<>();
		sectionService.sectionsOf(campaignId).forEach((department, state) -> {
			LocalDate due = state.step().dueDate();
			if (due == null || !due.isBefore(today)) {
				return;
			}
			if (today.equals(state.lastUrged())) {
				urgedAlready.add(department);
				return;
			}
			try {
				urged.add(ownTransaction.execute(status -> urge(new SectionKey(campaignId, department), editor)));
			}
			catch (AlreadyUrgedException | StageConflictException raced) {
				// urged or finished between the listing and now: nothing left to do for it today
				urgedAlready.add(department);
			}
		});
		return new OverdueUrged(urged, urgedAlready);
	}

	/** The urges of a section, oldest first, for its history. */
	public List<Entry> history(SectionKey key) {
		return urges.findAllByCampaignIdAndDepartmentOrderByUrgedAtAsc(key.campaignId(), key.department())
			.stream()
			.map(urge -> new Entry(urge.getUrgedAt(), directory.displayName(urge.getUrgedBy()), urge.getStepName()))
			.toList();
	}

	/** One urge as the section's history shows it: when, by whom (display name), which step. */
	public record Entry(java.time.Instant at, String urgedBy, String stepName) {

	}

	/** @param people display names of who was told */
	public record Urged(String department, String stepName, List<String> people) {

	}

	/** @param urgedAlready departments whose sections were urged already today */
	public record OverdueUrged(List<Urged> urged, List<String> urgedAlready) {

	}

}
