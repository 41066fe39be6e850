package cn.fazhi.annualreport.section;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.campaign.Campaign;
import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.deadline.WorkingCalendar;
import cn.fazhi.annualreport.notification.NotificationKind;
import cn.fazhi.annualreport.notification.NotificationService;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.ForbiddenException;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.system.Decisions;
import cn.fazhi.annualreport.system.InvalidInputException;
import cn.fazhi.annualreport.system.StageConflictException;

/**
 * 申请延期: a liaison asks for more time for the step the section is in; the report editors decide in the section's
 * process. A granted extension moves the step's due date, and with it the reminders.
 */
@Service
@Transactional(readOnly = true)
public class SectionExtensions {

	/**
	 * Longest reason for a request. The editors read it whole in their Tasklist form's summary, a string variable of
	 * at most 4,000 units that also holds the request's dates and the earlier requests.
	 */
	static final int MAX_REASON = 3_000;

	private final ExtensionRequestRepository requests;

	private final SectionRepository sections;

	private final ExtensionTasks tasks;

	private final CampaignService campaigns;

	private final NotificationService notifications;

	private final UserDirectory directory;

	private final SectionService sectionService;

	private final WorkingCalendar calendar;

	private final Clock clock;

	SectionExtensions(ExtensionRequestRepository requests, SectionRepository sections, ExtensionTasks tasks,
			CampaignService campaigns, NotificationService notifications, UserDirectory directory,
			SectionService sectionService, WorkingCalendar calendar, Clock clock) {
		this.requests = requests;
		this.sections = sections;
		this.tasks = tasks;
		this.campaigns = campaigns;
		this.notifications = notifications;
		this.directory = directory;
		this.sectionService = sectionService;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The liaison asks for time until {@code until} for the step under way, with a reason. */
	@Transactional
	public ExtensionRequest request(SectionKey key, LocalDate until, String reason, CurrentUser liaison) {
		// a second click waits here, then finds the first request pending (409): one request, one editors' task
		Section section = locked(key);
		if (!liaison.isLiaisonOf(key.department())) {
			throw new ForbiddenException("problem.forbidden.liaison", sectionService.departmentName(key.department()));
		}
		if (!section.getStage().isEditable() || section.getDueDate() == null) {
			throw new StageConflictException("problem.extension.not-writing", key.department());
		}
		if (pending(key).isPresent()) {
			throw new StageConflictException("problem.extension.pending");
		}
		checkUntil(key, until, section.getDueDate());
		String why = Decisions.reason("reason", reason, true, MAX_REASON);
		ExtensionRequest request = requests.save(new ExtensionRequest(key, section.getStage(), section.getDueDate(),
				until, why, liaison.id(), clock.instant()));
		tasks.decisionRequested(key, request.getId());
		return request;
	}

	/** The editors' decision task opened: tell them, with a link to it. */
	@Transactional
	public void decisionOpened(long requestId, String link) {
		ExtensionRequest request = get(requestId);
		notifications.send(NotificationKind.EXTENSION_REQUESTED, "extension:" + requestId + ":requested",
				directory.membersOf(campaigns.roles(request.key().campaignId()).reportAdmins()), model(request), link);
	}

	/** An editor answers through the API or a page: completes the decision task. */
	@Transactional
	public ExtensionRequest requestDecision(SectionKey key, ExtensionDecision decision, LocalDate until,
			String comment, CurrentUser editor) {
		locked(key);
		editor.require(campaigns.roles(key.campaignId()).reportAdmins());
		ExtensionRequest request = pending(key)
			.orElseThrow(() -> new StageConflictException("problem.extension.none-pending"));
		tasks.completeDecision(key, editor, decision, until, comment);
		return get(request.getId());
	}

	/**
	 * The rule of the decision, whoever completes the task: a grant needs a date after the current due date (the one
	 * asked for by default, moved to a working day), a refusal a reason.
	 *
	 * @return the new due date of the step if granted
	 */
	@Transactional
	public Optional<LocalDate> decide(long requestId, String decision, String until, String comment,
			CurrentUser editor) {
		ExtensionRequest request = get(requestId);
		editor.require(campaigns.roles(request.key().campaignId()).reportAdmins());
		ExtensionDecision choice = Decisions.parse(ExtensionDecision.class, "decision", decision);
		String reason = Decisions.reason("comment", comment, choice == ExtensionDecision.REFUSE);
		Optional<LocalDate> granted = Optional.empty();
		if (choice == ExtensionDecision.GRANT) {
			LocalDate asked = until == null || until.isBlank() ? request.getRequestedUntil() : Decisions.date("until", until);
			LocalDate date = calendar.onOrAfter(asked);
			checkUntil(request.key(), date, request.getCurrentDue());
			request.grant(date, reason, editor.id(), clock.instant());
			sectionService.dueBy(request.key(), date);
			granted = Optional.of(date);
		}
		else {
			request.refuse(reason, editor.id(), clock.instant());
		}
		notifications.send(NotificationKind.EXTENSION_DECIDED, "extension:" + requestId + ":decided",
				directory.membersOf(Roles.liaison(request.key().department())), model(request),
				"/campaigns/" + request.key().campaignId() + "/sections/" + request.key().department());
		return granted;
	}

	public Optional<ExtensionRequest> pending(SectionKey key) {
		return requests.findFirstByCampaignIdAndDepartmentAndStatus(key.campaignId(), key.department(),
				ExtensionRequest.Status.PENDING);
	}

	/** The date granted for the step that started at {@code stepStarted}, if its request was granted. */
	public Optional<LocalDate> grantedSince(SectionKey key, Instant stepStarted) {
		return history(key).stream()
			.filter(r -> r.getStatus() == ExtensionRequest.Status.GRANTED && !r.getRequestedAt().isBefore(stepStarted))
			.map(ExtensionRequest::getGrantedUntil)
			.max(LocalDate::compareTo);
	}

	public List<ExtensionRequest> history(SectionKey key) {
		return requests.findAllByCampaignIdAndDepartmentOrderByRequestedAtDescIdDesc(key.campaignId(),
				key.department());
	}

	public ExtensionRequest get(long requestId) {
		return requests.findById(requestId).orElseThrow(() -> new IllegalStateException("No extension " + requestId));
	}

	private void checkUntil(SectionKey key, LocalDate until, LocalDate currentDue) {
		if (until == null || !until.isAfter(currentDue)) {
			throw new InvalidInputException("until", "problem.extension.until-not-later", currentDue);
		}
		LocalDate publication = campaigns.get(key.campaignId()).getDeadlines().publication();
		if (!until.isBefore(publication)) {
			throw new InvalidInputException("until", "problem.extension.until-after-publication", publication);
		}
	}

	private Map<String, Object> model(ExtensionRequest request) {
		Campaign campaign = campaigns.get(request.key().campaignId());
		return Map.of("request", request, "campaign", campaign, "departmentName",
				sectionService.departmentName(request.key().department()), "stageLabel",
				sectionService.label(request.getStage()), "requesterName",
				directory.displayName(request.getRequestedBy()));
	}

	private Section locked(SectionKey key) {
		return sections.findForUpdateByCampaignIdAndDepartment(key.campaignId(), key.department())
			.orElseThrow(() -> new SectionNotFoundException(key));
	}

}
