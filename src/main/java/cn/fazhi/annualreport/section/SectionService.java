package cn.fazhi.annualreport.section;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.campaign.Campaign;
import cn.fazhi.annualreport.campaign.CampaignOpened;
import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.campaign.SectionProgress;
import cn.fazhi.annualreport.campaign.StepProgress;
import cn.fazhi.annualreport.catalogue.Area;
import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.catalogue.OrganizationKind;
import cn.fazhi.annualreport.catalogue.Metric;
import cn.fazhi.annualreport.notification.WorkNotices;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.system.StageConflictException;
import cn.fazhi.annualreport.security.ForbiddenException;
import cn.fazhi.annualreport.system.SideBySide;
import cn.fazhi.annualreport.system.TextDiff;
import cn.fazhi.annualreport.system.Trail;
import cn.fazhi.annualreport.catalogue.ReportItem;

/**
 * Drafting and submitting sections. Actions that end a workflow step go through the engine ({@link SectionTasks}),
 * whose listener calls back the step's rule here, so a page, the API, Tasklist and engine-rest all meet the same
 * checks.
 */
@Service
@Transactional(readOnly = true)
public class SectionService implements SectionProgress {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final SectionRepository sections;

	private final SectionRevisionRepository revisions;

	private final SectionRules rules;

	private final SectionTasks tasks;

	private final CampaignService campaigns;

	private final Catalogue catalogue;

	private final MessageSource messages;

	private final SectionSettings settings;

	private final Clock clock;

	private final SectionUrgeRepository urges;

	private final UserDirectory directory;

	private final WorkNotices notices;

	private final WorkingCopyRepository workingCopies;

	private final SectionEventRepository events;

	private final SectionAnnotationRepository annotations;

	SectionService(SectionRepository sections, SectionRevisionRepository revisions, SectionRules rules,
			SectionTasks tasks, CampaignService campaigns, Catalogue catalogue, MessageSource messages,
			SectionSettings settings, SectionUrgeRepository urges, UserDirectory directory, WorkNotices notices,
			WorkingCopyRepository workingCopies, SectionEventRepository events,
			SectionAnnotationRepository annotations, Clock clock) {
		this.notices = notices;
		this.workingCopies = workingCopies;
		this.events = events;
		this.annotations = annotations;
		this.urges = urges;
		this.directory = directory;
		this.sections = sections;
		this.revisions = revisions;
		this.rules = rules;
		this.tasks = tasks;
		this.campaigns = campaigns;
		this.catalogue = catalogue;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	/** Every department of a new campaign starts with an empty section, before the process starts. */
	@EventListener
	@Order(1)
	@Transactional
	public void on(CampaignOpened opened) {
		opened.departments().forEach(department -> sections.save(new Section(opened.campaignId(), department)));
	}

	/**
	 * The department's own people see the latest draft; the legal bureau, the editors, the leaders and the
	 * disclosure officers see what was last submitted. Nobody else sees a department's section.
	 */
	public SectionView read(SectionKey key, CurrentUser reader) {
		Section section = find(key);
		return view(section, visibleRevision(section, reader));
	}

	/** 403 unless the reader may read the section (see {@link #read}), without reading its text. */
	void requireReader(SectionKey key, CurrentUser reader) {
		visibleRevision(find(key), reader);
	}

	/**
	 * The section as its liaison writes it: 403 for anyone else, 409 once it is no longer being written. Reads
	 * only; see {@link #lockForWriting} to change it.
	 */
	public SectionView requireWriter(SectionKey key, CurrentUser liaison) {
		Section section = writing(find(key), key, liaison, "problem.section.not-editable");
		return view(section, section.getLatestRevision());
	}

	/**
	 * Locks the section for its liaison while it is being written: 403 for anyone else, 409 with {@code refusal}
	 * (department and stage as its arguments) at any other stage. Runs in the caller's transaction.
	 */
	Section lockForWriting(SectionKey key, CurrentUser liaison, String refusal) {
		return writing(locked(key), key, liaison, refusal);
	}

	private Section writing(Section section, SectionKey key, CurrentUser liaison, String refusal) {
		requireLiaison(key, liaison);
		if (!section.getStage().isEditable()) {
			throw new StageConflictException(refusal, departmentName(key.department()), label(section.getStage()));
		}
		return section;
	}

	/** The last revision the reader may see (see {@link #read}); 403 for anyone else. */
	int visibleRevision(SectionKey key, CurrentUser reader) {
		return visibleRevision(find(key), reader);
	}

	private int visibleRevision(Section section, CurrentUser reader) {
		if (reader.worksFor(section.getDepartment())) {
			return section.getLatestRevision();
		}
		if (reader.oversees(campaigns.roles(section.getCampaignId()))) {
			if (section.getSubmittedRevision() == null) {
				throw new ForbiddenException("problem.section.not-submitted", section.getDepartment());
			}
			return section.getSubmittedRevision();
		}
		throw new ForbiddenException("problem.forbidden.department", departmentName(section.getDepartment()));
	}

	/**
	 * Saves a draft as a new revision; {@code basedOnVersion} is the revision the liaison edited. A save that changes
	 * nothing answers the latest revision and stores nothing; a new revision must stay within what the section may
	 * store ({@link SectionSettings}).
	 */
	@Transactional
	public SectionView saveDraft(SectionKey key, SectionContent content, long basedOnVersion, CurrentUser liaison) {
		Section section = locked(key);
		requireLiaison(key, liaison);
		rules.checkDraft(content);
		section.requireRevisable(basedOnVersion);
		// a named revision holds what the liaison meant to keep: the autosaved working copy has served its turn
		dropWorkingCopy(section);
		if (content.equals(contentOf(section, section.getLatestRevision()))) {
			return view(section, section.getLatestRevision());
		}
		Instant now = clock.instant();
		checkSaveRate(section, liaison, now);
		SectionRevision revision = section.revise(content, basedOnVersion, liaison.id(), now);
		checkStorage(section, revision);
		SectionRevision saved = revisions.save(revision);
		annotations.stampResolved(section.getCampaignId(), section.getDepartment(), saved.getNumber());
		return view(section, saved);
	}

	/** 429 when the author already saved as many new revisions of the section within the last minute as allowed. */
	private void checkSaveRate(Section section, CurrentUser author, Instant now) {
		int allowed = settings.revisionsPerMinute();
		List<Instant> recent = revisions.savedBetween(section.getId(), author.id(), now.minus(MINUTE), now);
		if (recent.size() >= allowed) {
			// one more is allowed once enough of these are older than a minute
			Duration wait = Duration.between(now, recent.get(recent.size() - allowed).plus(MINUTE));
			throw new TooManySavesException(allowed, Math.max(1, (wait.toMillis() + 999) / 1000));
		}
	}

	/** 413 when the new revision would take the section's revisions past their storage. */
	private void checkStorage(Section section, SectionRevision revision) {
		long stored = revisions.storedCharacters(section.getId());
		if (stored + revision.getContentLength() > settings.storageQuota()) {
			throw new StorageQuotaExceededException(stored, revision.getContentLength(), settings.storageQuota());
		}
	}

	/** The liaison asks to hand the section to the department head: completes the workflow task. */
	@Transactional
	public void requestSubmission(SectionKey key, CurrentUser liaison) {
		locked(key);
		requireLiaison(key, liaison);
		tasks.completeDrafting(key, liaison);
	}

	private void dropWorkingCopy(Section section) {
		workingCopies.findById(section.getId()).ifPresent(workingCopies::delete);
	}

	/**
	 * 撤回: the liaison takes back a submission the head has not acted on. The section returns to drafting or revising
	 * with its text and due date; the head is told that nothing waits any more.
	 */
	@Transactional
	public SectionView withdraw(SectionKey key, CurrentUser liaison) {
		Section section = locked(key);
		requireLiaison(key, liaison);
		section.withdraw();
		events.save(new SectionEvent(key, SectionEvent.Kind.WITHDRAWN, section.getSubmittedRevision(), liaison.id(),
				clock.instant()));
		tasks.withdrawSubmission(key);
		Campaign campaign = campaigns.get(key.campaignId());
		notices.decided("withdrawn:" + key.campaignId() + ":" + key.department() + ":" + section.getSubmittedRevision(),
				List.of(Roles.head(key.department())), "notice.submission-withdrawn",
				new Object[] { directory.displayName(liaison.id()), departmentName(key.department()),
						campaign.getOrganization(), campaign.getYear() },
				"/campaigns/" + key.campaignId() + "/sections/" + key.department());
		return read(key, liaison);
	}

	/** The rule of the drafting step, run whenever the liaison's task completes. */
	@Transactional
	public void submit(SectionKey key, CurrentUser liaison) {
		Section section = locked(key);
		requireLiaison(key, liaison);
		rules.checkComplete(contentOf(section, section.getLatestRevision()), kindOf(key.department()));
		section.submit();
		events.save(new SectionEvent(key, SectionEvent.Kind.SUBMITTED, section.getSubmittedRevision(), liaison.id(),
				clock.instant()));
		// whatever was typed after the submitted revision was not meant for the head
		dropWorkingCopy(section);
		// annotations resolved after the revision was saved are resolved in it
		annotations.stampResolved(section.getCampaignId(), section.getDepartment(), section.getLatestRevision());
	}

	/** The head confirmed the submitted revision; the legal bureau reviews it next. */
	@Transactional
	public int confirmed(SectionKey key) {
		Section section = locked(key);
		section.confirm();
		return section.getSubmittedRevision();
	}

	/** The head or the reviewer sent the section back; the liaison revises it. */
	@Transactional
	public int returned(SectionKey key) {
		Section section = locked(key);
		section.returnForRevision();
		return section.getSubmittedRevision();
	}

	@Transactional
	public int approved(SectionKey key) {
		Section section = locked(key);
		section.approve();
		return section.getApprovedRevision();
	}

	/** The workflow started a step on the section that is due on {@code dueDate}. */
	@Transactional
	public void dueBy(SectionKey key, LocalDate dueDate) {
		locked(key).dueBy(dueDate);
	}

	/**
	 * What changed between two revisions, as the reader may see them: by default from the revision before {@code to},
	 * to the latest the reader may read. Revision 0 is the empty section.
	 */
	public TextDiff.Revisions diff(SectionKey key, Integer from, Integer to, CurrentUser reader) {
		Section section = find(key);
		Map<String, String> areaNames = catalogue.areas()
			.stream()
			.collect(Collectors.toMap(Area::getCode, Area::getName));
		List<Metric> metrics = catalogue.metrics();
		return TextDiff.revisions(from, to, visibleRevision(section, reader),
				number -> lines(contentOf(section, number), areaNames, metrics));
	}

	/**
	 * Two revisions side by side, as the reader may see them: by default the latest the reader may read against the
	 * one before. Revision 0 is the empty section.
	 */
	public SideBySide.Comparison changes(SectionKey key, Integer from, Integer to, CurrentUser reader) {
		Section section = find(key);
		Map<String, String> areaNames = catalogue.areas()
			.stream()
			.collect(Collectors.toMap(Area::getCode, Area::getName));
		List<Metric> metrics = catalogue.metrics();
		return SideBySide.revisions(from, to, visibleRevision(section, reader),
				number -> SectionOutline.of(contentOf(section, number), areaNames, metrics, this::message));
	}

	/** The revisions the reader may see, oldest first, each with who saved it and when. */
	public List<Trail.Version> versions(SectionKey key, CurrentUser reader) {
		Section section = find(key);
		int visible = visibleRevision(section, reader);
		return revisions.headersOf(section.getId())
			.stream()
			.filter(header -> header.getNumber() <= visible)
			.map(header -> new Trail.Version(header.getNumber(), directory.displayName(header.getAuthor()),
					header.getCreatedAt()))
			.toList();
	}

	private SectionContent contentOf(Section section, int number) {
		return number == 0 ? SectionContent.EMPTY : revisionOf(section, number).getContent();
	}

	/** The section as paragraphs, part by part, in the order the editor shows them. */
	private List<String> lines(SectionContent content, Map<String, String> areaNames, List<Metric> metrics) {
		List<String> lines = new ArrayList<>();
		lines.add(message("field.achievements"));
		for (SectionContent.AchievementItem item : content.achievements()) {
			String area = item.area() == null ? "" : areaNames.getOrDefault(item.area(), item.area());
			lines.add("【" + area + "】" + item.title());
			item.text().lines().filter(line -> !line.isBlank()).forEach(lines::add);
		}
		for (Map.Entry<String, String> part : List.of(Map.entry("field.shortcomings", content.shortcomings()),
				Map.entry("field.leadership", content.leadership()),
				Map.entry("field.nextYearPlans", content.nextYearPlans()),
				Map.entry("field.other", content.other()))) {
			lines.add(message(part.getKey()));
			part.getValue().lines().filter(line -> !line.isBlank()).forEach(lines::add);
		}
		lines.add(message("field.metrics"));
		for (Metric metric : metrics) {
			Long value = content.metrics().get(metric.getCode());
			if (value != null) {
				lines.add(metric.getName() + "：" + value + metric.getUnit());
			}
		}
		return lines;
	}

	private String message(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

	/** Throws 404 unless the campaign has a section for the department. */
	public void checkExists(SectionKey key) {
		find(key);
	}

	/** The revision under the head's or the reviewer's eyes, without a reader check: for the workflow's forms. */
	public SectionView submitted(SectionKey key) {
		Section section = find(key);
		if (section.getSubmittedRevision() == null) {
			throw new ForbiddenException("problem.section.not-submitted", key.department());
		}
		return view(section, section.getSubmittedRevision());
	}

	/** The approved sections of a campaign, in the campaign's order of departments. */
	public List<ApprovedSection> approvedSections(long campaignId) {
		Map<String, Section> byDepartment = sections.findAllByCampaignId(campaignId)
			.stream()
			.collect(Collectors.toMap(Section::getDepartment, Function.identity()));
		List<ApprovedSection> approved = new ArrayList<>();
		for (String department : campaigns.get(campaignId).getDepartments()) {
			approved(byDepartment.get(department)).ifPresent(approved::add);
		}
		return approved;
	}

	/** One department's approved section, if the legal bureau has approved it. */
	public Optional<ApprovedSection> approvedSection(SectionKey key) {
		return approved(sections.findByCampaignIdAndDepartment(key.campaignId(), key.department()).orElse(null));
	}

	private Optional<ApprovedSection> approved(Section section) {
		if (section == null || section.getApprovedRevision() == null) {
			return Optional.empty();
		}
		return Optional.of(new ApprovedSection(section.getDepartment(), departmentName(section.getDepartment()),
				section.getApprovedRevision(), revisionOf(section, section.getApprovedRevision()).getContent()));
	}

	@Override
	public Map<String, SectionProgress.State> sectionsOf(long campaignId) {
		Map<String, LocalDate> lastUrged = urges.lastUrgedOf(campaignId)
			.stream()
			.collect(Collectors.toMap(SectionUrgeRepository.LastUrged::getDepartment,
					SectionUrgeRepository.LastUrged::getUrgedOn));
		return sections.findAllByCampaignId(campaignId)
			.stream()
			.collect(Collectors.toMap(Section::getDepartment,
					s -> new SectionProgress.State(new StepProgress(s.getStage().name(), label(s.getStage()),
							s.getDueDate(), s.getLatestRevision()), s.getReturns(),
							lastUrged.get(s.getDepartment()))));
	}

	@Override
	public Map<String, String> stages() {
		Map<String, String> stages = new java.util.LinkedHashMap<>();
		for (SectionStage stage : SectionStage.values()) {
			stages.put(stage.name(), label(stage));
		}
		return stages;
	}

	public String label(SectionStage stage) {
		return messages.getMessage("stage.section." + stage, null, LocaleContextHolder.getLocale());
	}

	private void requireLiaison(SectionKey key, CurrentUser user) {
		if (!user.isLiaisonOf(key.department())) {
			throw new ForbiddenException("problem.forbidden.liaison", departmentName(key.department()));
		}
	}

	Section find(SectionKey key) {
		return sections.findByCampaignIdAndDepartment(key.campaignId(), key.department())
			.orElseThrow(() -> new SectionNotFoundException(key));
	}

	/**
	 * Waits until no one else writes the section, and keeps it until the transaction ends (404 as
	 * {@link #checkExists}). Every write concerning a section starts here, so a double click or a page sent twice
	 * runs after the first and gets a clean 409 (stale version, step done) instead of a duplicate revision, a second
	 * extension request or a server error.
	 */
	@Transactional
	public void lock(SectionKey key) {
		locked(key);
	}

	private Section locked(SectionKey key) {
		return sections.findForUpdateByCampaignIdAndDepartment(key.campaignId(), key.department())
			.orElseThrow(() -> new SectionNotFoundException(key));
	}

	private SectionRevision revisionOf(Section section, int number) {
		return revisions.findBySectionIdAndNumber(section.getId(), number)
			.orElseThrow(() -> new IllegalStateException(
					"Revision " + number + " of section " + section.getId() + " is missing"));
	}

	private SectionView view(Section section, int number) {
		if (number == 0) {
			return view(section, null, SectionContent.EMPTY);
		}
		SectionRevision revision = revisionOf(section, number);
		return view(section, revision);
	}

	private SectionView view(Section section, SectionRevision revision) {
		return view(section, revision, revision.getContent());
	}

	private SectionView view(Section section, SectionRevision revision, SectionContent content) {
		return new SectionView(section.getCampaignId(), section.getDepartment(),
				departmentName(section.getDepartment()), section.getStage(), label(section.getStage()),
				section.getDueDate(), revision == null ? 0 : revision.getNumber(), section.getSubmittedRevision(),
				section.getApprovedRevision(), revision == null ? null : revision.getCreatedAt(),
				revision == null ? null : directory.displayName(revision.getAuthor()), content.achievements(), content.shortcomings(),
				content.leadership(), content.nextYearPlans(), content.other(), content.metrics(), content.omissions());
	}

	/**
	 * 应报尽报 of the whole report: the items required of a government that the approved sections address between
	 * them, and for each approved section the items required of it that it leaves out, with its reason. For the
	 * government's overseers.
	 */
	public ReportCoverage reportCoverage(long campaignId, CurrentUser reader) {
		Campaign campaign = campaigns.get(campaignId);
		if (!reader.oversees(campaign.roles())) {
			throw new ForbiddenException("problem.forbidden.report");
		}
		List<ApprovedSection> approved = approvedSections(campaignId);
		SectionContent together = new SectionContent(
				approved.stream().flatMap(section -> section.content().achievements().stream()).toList(), null, null,
				null, null, null);
		List<ReportItem> items = catalogue.reportItems();
		SectionRules.Coverage report = rules.coverage(together, OrganizationKind.GOVERNMENT, items);
		List<ReportCoverage.Department> departments = approved.stream().map(section -> {
			SectionRules.Coverage own = rules.coverage(section.content(), kindOf(section.department()), items);
			return new ReportCoverage.Department(section.department(), section.departmentName(), own.missing(),
					own.omissions());
		}).toList();
		return new ReportCoverage(report.covered(), report.missing(), departments);
	}

	/**
	 * @param departments each approved section's own missing items and its reason (报告中未涉及的事项及原因)
	 */
	public record ReportCoverage(List<SectionRules.Coverage.Item> covered, List<SectionRules.Coverage.Item> missing,
			List<Department> departments) {

		public record Department(String code, String name, List<SectionRules.Coverage.Item> missing,
				String omissions) {
		}

	}

	/** Department or street: which report items the catalogue requires of it. */
	OrganizationKind kindOf(String code) {
		return catalogue.department(code).map(Department::getKind).orElse(OrganizationKind.DEPARTMENT);
	}

	/** Which required report items the revision the reader may see addresses, and which it misses. */
	public SectionRules.Coverage coverage(SectionKey key, CurrentUser reader) {
		return coverage(read(key, reader));
	}

	/** Which required report items the section as read addresses, and which it misses. */
	public SectionRules.Coverage coverage(SectionView section) {
		return rules.coverage(section.content(), kindOf(section.department()));
	}

	public String departmentName(String code) {
		return catalogue.department(code).map(Department::getName).orElse(code);
	}

}
