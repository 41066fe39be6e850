package cn.fazhi.annualreport.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.campaign.Campaign;
import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.campaign.ReportProgress;
import cn.fazhi.annualreport.campaign.StepProgress;
import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.section.ApprovedSection;
import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.section.SectionService;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.ForbiddenException;
import cn.fazhi.annualreport.system.SideBySide;
import cn.fazhi.annualreport.system.TextDiff;

/**
 * The compiled report: compilation of the approved sections, the editors' revisions and the report's stage. The
 * signing and disclosure modules move it on through {@link #signed}, {@link #cleared} and {@link #published}.
 */
@Service
@Transactional(readOnly = true)
public class ReportService implements ReportProgress {

	private final ReportRepository reports;

	private final ReportRevisionRepository revisions;

	private final ReportCompiler compiler;

	private final ReportRules rules;

	private final ReportTasks tasks;

	private final CampaignService campaigns;

	private final SectionService sections;

	private final Catalogue catalogue;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final ReportEventRepository steps;

	private final Clock clock;

	ReportService(ReportRepository reports, ReportRevisionRepository revisions, ReportCompiler compiler,
			ReportRules rules, ReportTasks tasks, CampaignService campaigns, SectionService sections,
			Catalogue catalogue, MessageSource messages, ApplicationEventPublisher events, ReportEventRepository steps,
			Clock clock) {
		this.steps = steps;
		this.reports = reports;
		this.revisions = revisions;
		this.compiler = compiler;
		this.rules = rules;
		this.tasks = tasks;
		this.campaigns = campaigns;
		this.sections = sections;
		this.catalogue = catalogue;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** Compiles the approved sections into a new revision of the campaign's report, creating the report if needed. */
	@Transactional
	public int compile(long campaignId) {
		Campaign campaign = campaigns.get(campaignId);
		List<ApprovedSection> approved = sections.approvedSections(campaignId);
		ReportDocument document = compiler.compile(campaign.getOrganization(), campaign.getYear(),
				catalogue.areas(), figures(campaign, approved), approved);
		Report report = reports.findForUpdateByCampaignId(campaignId)
			.orElseGet(() -> reports.save(new Report(campaignId)));
		return revisions.save(report.recompile(document, ReportRevision.COMPILER, clock.instant())).getNumber();
	}

	/**
	 * The report's figures as they stand now: the approved sections' figures summed, with 同比 against the figures of
	 * the same government's report of the year before as it was signed and published (what the public read), or,
	 * before that report was signed, against the sections it is compiled from.
	 */
	private ReportFigures figures(Campaign campaign, List<ApprovedSection> approved) {
		java.util.Collection<java.util.Map<String, Long>> previous = campaigns.previousYear(campaign)
			.map(last -> signedFigures(last.getId())
				.map(ReportCompiler::figuresOf)
				.orElseGet(() -> sections.approvedSections(last.getId())
					.stream()
					.map(section -> section.content().metrics())
					.toList()))
			.orElse(List.of());
		return ReportCompiler.figures(catalogue.metrics(), approved, previous);
	}

	private Optional<ReportFigures> signedFigures(long campaignId) {
		return reports.findByCampaignId(campaignId)
			.filter(report -> report.getSignedRevision() != null)
			.map(report -> revisionOf(report, report.getSignedRevision()).getDocument().figures())
			.filter(stated -> !stated.totals().isEmpty());
	}

	/**
	 * A department's own annual report, compiled from its approved section alone under the department's name, with
	 * its figures against its section of the year before. Empty until the section is approved.
	 */
	public Optional<ReportDocument> departmentReport(SectionKey key, String organization) {
		Campaign campaign = campaigns.get(key.campaignId());
		List<ApprovedSection> previousYear = campaigns.previousYear(campaign)
			.flatMap(previous -> sections.approvedSection(new SectionKey(previous.getId(), key.department())))
			.map(List::of)
			.orElse(List.of());
		return sections.approvedSection(key)
			.map(section -> compiler.compile(organization, campaign.getYear(), catalogue.areas(), catalogue.metrics(),
					List.of(section), previousYear));
	}

	/** The latest revision, for the editors, the leaders, the legal bureau and the disclosure officers. */
	public ReportView read(long campaignId, CurrentUser reader) {
		requireReader(campaignId, reader);
		return latest(campaignId);
	}

	/** The latest revision without a reader check: for the workflow's task summaries and for publication. */
	public ReportView latest(long campaignId) {
		Report report = find(campaignId);
		return view(report, revisionOf(report, report.getLatestRevision()));
	}

	@Transactional
	public ReportView save(long campaignId, ReportDocument document, long basedOnVersion, CurrentUser editor) {
		requireEditor(campaignId, editor);
		Report report = locked(campaignId);
		rules.checkWellFormed(document, departments(campaignId));
		// the figures are compiled from the sections, not edited: each save states them afresh
		ReportDocument withFigures = document
			.withFigures(figures(campaigns.get(campaignId), sections.approvedSections(campaignId)));
		ReportRevision revision = revisions
			.save(report.revise(withFigures, basedOnVersion, editor.id(), clock.instant()));
		events.publishEvent(new ReportRevised(campaignId, revision.getNumber()));
		return view(report, revision);
	}

	/** The editors ask to hand the report to the leader: completes the workflow task. */
	@Transactional
	public void requestEditingComplete(long campaignId, CurrentUser editor) {
		requireEditor(campaignId, editor);
		locked(campaignId);
		tasks.completeEditing(campaignId, editor);
	}

	/** The rule of the editing step, run whenever the editors' task completes. */
	@Transactional
	public void finishEditing(long campaignId, CurrentUser editor) {
		requireEditor(campaignId, editor);
		Report report = locked(campaignId);
		rules.checkComplete(revisionOf(report, report.getLatestRevision()).getDocument(), departments(campaignId));
		report.handToLeader();
		steps.save(new ReportEvent(campaignId, ReportEvent.Kind.HANDED_TO_LEADER, report.getLatestRevision(),
				editor.id(), clock.instant()));
	}

	/** The leader signed; returns the revision the signature covers. */
	@Transactional
	public int signed(long campaignId, Instant at) {
		return locked(campaignId).sign(at);
	}

	@Transactional
	public void returnedToEditing(long campaignId) {
		locked(campaignId).returnToEditing();
	}

	/** Cleared by the confidentiality review; returns the revision to publish. */
	@Transactional
	public int cleared(long campaignId) {
		Report report = locked(campaignId);
		report.clear();
		return report.getSignedRevision();
	}

	@Transactional
	public void published(long campaignId) {
		locked(campaignId).publish();
	}

	@Transactional
	public void reopenedForCorrection(long campaignId) {
		locked(campaignId).reopenForCorrection();
	}

	@Transactional
	public void dueBy(long campaignId, LocalDate dueDate) {
		locked(campaignId).dueBy(dueDate);
	}

	/** One revision's text, e.g. the signed one that is published. */
	public ReportDocument revision(long campaignId, int number) {
		return revisionOf(find(campaignId), number).getDocument();
	}

	/** What changed between two revisions of the report, paragraph by paragraph as it prints. */
	public TextDiff.Revisions diff(long campaignId, Integer from, Integer to, CurrentUser reader) {
		requireReader(campaignId, reader);
		Report report = find(campaignId);
		return TextDiff.revisions(from, to, report.getLatestRevision(), number -> printed(report, number));
	}

	/**
	 * Two revisions of the report side by side, by default the latest against the one before: rows named by their
	 * headings as printed, changed words marked, items moved under another topic or within one shown as moved.
	 */
	public SideBySide.Comparison changes(long campaignId, Integer from, Integer to, CurrentUser reader) {
		Report report = readable(campaignId, reader);
		return SideBySide.revisions(from, to, report.getLatestRevision(),
				number -> number == 0 ? List.of() : ReportUnits.of(revisionOf(report, number).getDocument()));
	}

	/** The report, for a reader who may read it (403 otherwise). */
	Report readable(long campaignId, CurrentUser reader) {
		requireReader(campaignId, reader);
		return find(campaignId);
	}

	private List<String> printed(Report report, int number) {
		if (number == 0) {
			return List.of();
		}
		return ReportLayout.paragraphs(revisionOf(report, number).getDocument())
			.stream()
			.map(ReportLayout.Paragraph::line)
			.toList();
	}

	/** Throws 404 unless the campaign exists and its sections have been compiled. */
	public void checkExists(long campaignId) {
		find(campaignId);
	}

	@Override
	public Optional<StepProgress> reportOf(long campaignId) {
		return reports.findByCampaignId(campaignId)
			.map(r -> new StepProgress(r.getStage().name(), label(r.getStage()), r.getDueDate(),
					r.getLatestRevision()));
	}

	public String label(ReportStage stage) {
		return messages.getMessage("stage.report." + stage, null, LocaleContextHolder.getLocale());
	}

	private void requireReader(long campaignId, CurrentUser reader) {
		if (!reader.oversees(campaigns.roles(campaignId))) {
			throw new ForbiddenException("problem.forbidden.report");
		}
	}

	/** 403 unless the user is one of the editors of the campaign's government. */
	public void requireEditor(long campaignId, CurrentUser editor) {
		editor.require(campaigns.roles(campaignId).reportAdmins());
	}

	/** Whether the user is one of the editors of the campaign's government. */
	public boolean isEditor(long campaignId, CurrentUser user) {
		return user.isMemberOf(campaigns.roles(campaignId).reportAdmins());
	}

	private Report find(long campaignId) {
		campaigns.get(campaignId);
		return reports.findByCampaignId(campaignId).orElseThrow(() -> new ReportNotFoundException(campaignId));
	}

	/**
	 * The report, locked until the transaction ends (404 as {@link #checkExists}). Every write to a report starts
	 * here, so a double click or two editors at once run one after the other: the second sees what the first did
	 * and gets a clean 409 instead of a duplicate revision or a second process.
	 */
	@Transactional
	public void lock(long campaignId) {
		locked(campaignId);
	}

	private Report locked(long campaignId) {
		campaigns.get(campaignId);
		return reports.findForUpdateByCampaignId(campaignId)
			.orElseThrow(() -> new ReportNotFoundException(campaignId));
	}

	private int departments(long campaignId) {
		return campaigns.get(campaignId).getDepartments().size();
	}

	private ReportRevision revisionOf(Report report, int number) {
		return revisions.findByReportIdAndNumber(report.getId(), number)
			.orElseThrow(() -> new IllegalStateException(
					"Revision " + number + " of report " + report.getId() + " is missing"));
	}

	private ReportView view(Report report, ReportRevision revision) {
		ReportDocument document = revision.getDocument();
		return new ReportView(report.getCampaignId(), report.getStage(), label(report.getStage()),
				report.getDueDate(), revision.getNumber(), report.getSignedRevision(), report.getSignedAt(),
				revision.getCreatedAt(),
				revision.getAuthor(), document.title(), document.opening(), document.parts(), document.figures());
	}

	/** The figures as the report's achievements part states them (全年主要数据：…), for the editors to keep in step. */
	public String figuresSentence(ReportFigures figures) {
		return compiler.describe(figures);
	}

	/** Achievements of different departments that read as the same work, for the editors to merge. */
	public List<DuplicateAchievements.Duplicate> duplicates(ReportView report) {
		return DuplicateAchievements.in(report.document(), this::departmentNames);
	}

	/** The names of the departments an item names (司法局, or 司法局、市场监督管理局 for a merged one). */
	public String departmentNames(String departments) {
		return java.util.Arrays.stream(departments.split(","))
			.map(String::strip)
			.map(code -> catalogue.department(code).map(Department::getName).orElse(code))
			.collect(java.util.stream.Collectors.joining("、"));
	}

}
