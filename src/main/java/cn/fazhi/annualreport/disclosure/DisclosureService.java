package cn.fazhi.annualreport.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.campaign.Campaign;
import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.campaign.PublicationProgress;
import cn.fazhi.annualreport.report.ReportDocument;
import cn.fazhi.annualreport.report.ReportHistory;
import cn.fazhi.annualreport.report.ReportService;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.signing.Signature;
import cn.fazhi.annualreport.signing.SigningService;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.system.Decisions;
import cn.fazhi.annualreport.system.FieldProblem;
import cn.fazhi.annualreport.system.InvalidInputException;
import cn.fazhi.annualreport.system.StageConflictException;

/**
 * 保密审查 and 主动公开: the confidentiality review of the signed report and its publication on the public pages.
 */
@Service
@Transactional(readOnly = true)
public class DisclosureService implements PublicationProgress, ReportHistory {

	/** Longest 发文字号 kept. */
	public static final int MAX_DOCUMENT_NUMBER = 64;

	private final ClearanceRepository clearances;

	private final CorrectionRepository corrections;

	private final PublicationRepository publications;

	private final ReportService reports;

	private final SigningService signing;

	private final CampaignService campaigns;

	private final DisclosureTasks tasks;

	private final PublicationSettings settings;

	private final Clock clock;

	DisclosureService(ClearanceRepository clearances, CorrectionRepository corrections,
			PublicationRepository publications, ReportService reports,
			SigningService signing, CampaignService campaigns, DisclosureTasks tasks, PublicationSettings settings,
			Clock clock) {
		this.clearances = clearances;
		this.corrections = corrections;
		this.publications = publications;
		this.reports = reports;
		this.signing = signing;
		this.campaigns = campaigns;
		this.tasks = tasks;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional
	public void requestClearance(long campaignId, ClearanceDecision decision, String notes, PublicationDetails details,
			CurrentUser officer) {
		officer.require(campaigns.roles(campaignId).disclosureOfficers());
		reports.lock(campaignId);
		tasks.completeClearance(campaignId, officer, decision, notes, details);
	}

	/**
	 * The rule of the confidentiality review, whoever completes the task. Clearing also fixes the 发文字号 and
	 * 主题分类 the report is published under.
	 */
	@Transactional
	public void recordClearance(long campaignId, String decision, String notes, PublicationDetails details,
			CurrentUser officer) {
		ClearanceChoice choice = checkClearance(campaignId, decision, notes, details, officer);
		int revision = reports.latest(campaignId).version();
		if (choice.clears()) {
			requireValidSignature(campaignId);
			reports.cleared(campaignId);
		}
		else {
			reports.returnedToEditing(campaignId);
		}
		clearances.save(new Clearance(campaignId, revision, choice.decision(), choice.reason(), choice.details(),
				officer.id(), clock.instant()));
	}

	/**
	 * An officer's 保密审查 decision as Tasklist or the API submitted it, checked: a return needs notes, and a clearance
	 * fixes the 发文字号 and 主题分类. The same rule for the government's report and the departments' own.
	 */
	public ClearanceChoice checkClearance(long campaignId, String decision, String notes, PublicationDetails details,
			CurrentUser officer) {
		officer.require(campaigns.roles(campaignId).disclosureOfficers());
		ClearanceDecision choice = Decisions.parse(ClearanceDecision.class, "decision", decision);
		String reason = Decisions.reason("notes", notes, choice == ClearanceDecision.RETURN);
		return new ClearanceChoice(choice, reason, checkDetails(details));
	}

	public record ClearanceChoice(ClearanceDecision decision, String reason, PublicationDetails details) {

		public boolean clears() {
			return decision == ClearanceDecision.CLEAR;
		}

	}

	/** The 主题分类 offered first in the officer's form. */
	public String defaultSubjectCategory() {
		return settings.defaultSubjectCategory();
	}

	/**
	 * Publishes a department's own report under the department's name, with the head's signature. Safe to repeat.
	 *
	 * @return the publication's id
	 */
	@Transactional
	public long publishDepartmentReport(long campaignId, String department, String organization, int version,
			ReportDocument document, Instant signedAt, String sha256, PublicationDetails details) {
		var existing = publications.findByCampaignIdAndDepartmentAndRevision(campaignId, department, version);
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		Campaign campaign = campaigns.get(campaignId);
		return publications
			.save(new Publication(campaignId, department, version, organization, campaign.getYear(),
					nextIndexNumber(settings.agencyCode() + "-" + department.toUpperCase(java.util.Locale.ROOT)),
					document, new Publication.Signed(signedAt, sha256), details, clock.instant(), null, null))
			.getId();
	}

	/** The 发文字号 and 主题分类 as they will be published, or 400. */
	private PublicationDetails checkDetails(PublicationDetails details) {
		List<FieldProblem> problems = new ArrayList<>();
		String number = details.documentNumber() == null ? "" : details.documentNumber().strip();
		if (number.codePoints().anyMatch(Character::isISOControl)) {
			problems.add(new FieldProblem("documentNumber", "problem.disclosure.document-number"));
		}
		FieldProblem.checkLength(problems, "documentNumber", number, MAX_DOCUMENT_NUMBER);
		String category = details.subjectCategory() == null || details.subjectCategory().isBlank()
				? settings.defaultSubjectCategory() : details.subjectCategory().strip();
		if (!settings.subjectCategories().contains(category)) {
			problems.add(new FieldProblem("subjectCategory", "problem.disclosure.subject-category", category,
					String.join("、", settings.subjectCategories())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new PublicationDetails(number.isEmpty() ? null : number, category);
	}

	/**
	 * Publishes the signed and cleared revision. Safe to repeat: a retried job finds the publication it made.
	 *
	 * @return the publication's id
	 */
	@Transactional
	public long publish(long campaignId) {
		Signature signature = requireValidSignature(campaignId);
		var existing = publications.findByCampaignIdAndDepartmentAndRevision(campaignId, Publication.GOVERNMENT,
				signature.getRevision());
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		Campaign campaign = campaigns.get(campaignId);
		PublicationDetails details = clearances
			.findFirstByCampaignIdAndRevisionAndDecisionOrderByIdDesc(campaignId, signature.getRevision(),
					ClearanceDecision.CLEAR)
			.map(Clearance::details)
			.orElseThrow(() -> new StageConflictException("problem.disclosure.not-cleared"));
		// a correction supersedes the version on the public pages, which stays readable as it was
		Publication corrected = publications.findFirstByCampaignIdAndDepartmentOrderByIdDesc(campaignId, Publication.GOVERNMENT).orElse(null);
		String notice = corrected == null ? null
				: corrections.findFirstByPublicationIdOrderByIdDesc(corrected.getId())
					.map(Correction::getReason)
					.orElse(null);
		Publication publication = publications.save(new Publication(campaignId, null, signature.getRevision(),
				campaign.getOrganization(), campaign.getYear(), nextIndexNumber(settings.agencyCode()),
				reports.revision(campaignId, signature.getRevision()),
				new Publication.Signed(signature.getSignedAt(), signature.getSha256()), details, clock.instant(),
				corrected, notice));
		reports.published(campaignId);
		return publication.getId();
	}

	/** Only a report whose signature still covers exactly its text may be cleared and published (409 otherwise). */
	private Signature requireValidSignature(long campaignId) {
		return signing.validSignature(campaignId)
			.orElseThrow(() -> new StageConflictException(signing.currentSignature(campaignId).isPresent()
					? "problem.disclosure.signature-void" : "problem.disclosure.not-signed"));
	}

	@Override
	public Optional<Published> publicationOf(long campaignId) {
		return publications.findFirstByCampaignIdAndDepartmentOrderByIdDesc(campaignId, Publication.GOVERNMENT)
			.map(p -> new Published(p.getId(), p.getIndexNumber(), p.getPublishedAt(), p.isPublishedLate()));
	}

	/** The current version of every published report, newest first; corrected versions stay readable by id. */
	public List<Publication> publications() {
		List<Publication> all = publications.findAllByOrderByPublishedAtDescIdDesc();
		java.util.Set<Long> superseded = all.stream()
			.map(Publication::getSupersedesId)
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.toSet());
		return all.stream().filter(p -> !superseded.contains(p.getId())).toList();
	}

	/** The version that corrected this one, if it was corrected. */
	public Optional<Publication> correctedBy(Publication publication) {
		return publications.findFirstBySupersedesId(publication.getId());
	}

	/**
	 * The editors reopen the published report to correct it: it goes back to editing, 签发 and 保密审查, and is
	 * published again as a new version carrying the reason as its 更正说明.
	 */
	@Transactional
	public void requestCorrection(long campaignId, String reason, CurrentUser editor) {
		editor.require(campaigns.roles(campaignId).reportAdmins());
		String why = Decisions.reason("reason", reason, true);
		// a double click waits here and then finds the report reopened already (409), instead of a second process
		reports.lock(campaignId);
		Publication current = publications.findFirstByCampaignIdAndDepartmentOrderByIdDesc(campaignId, Publication.GOVERNMENT)
			.orElseThrow(() -> new StageConflictException("problem.disclosure.not-published"));
		reports.reopenedForCorrection(campaignId);
		corrections.save(new Correction(campaignId, current.getId(), why, editor.id(), clock.instant()));
		tasks.startCorrection(campaignId);
	}

	/** The published reports of a report year and of a government whose name contains the given words, if given. */
	public List<Publication> publications(Integer year, String organization) {
		return matching(publications(), year, organization);
	}

	/** Those of the publications that match the filter. */
	static List<Publication> matching(List<Publication> publications, Integer year, String organization) {
		String words = organization == null ? "" : organization.strip();
		return publications.stream()
			.filter(p -> year == null || p.getYear() == year)
			.filter(p -> words.isEmpty() || p.getOrganization().contains(words))
			.toList();
	}

	public Publication publication(long id) {
		return publications.findById(id).orElseThrow(() -> new PublicationNotFoundException(id));
	}

	/** 保密审查's automatic first pass over the report's latest revision, for those who may read the report. */
	public List<ConfidentialityScan.Finding> findings(long campaignId, CurrentUser reader) {
		return ConfidentialityScan.scan(reports.read(campaignId, reader).document());
	}

	public List<Clearance> history(long campaignId) {
		return clearances.findAllByCampaignIdOrderByDecidedAtAscIdAsc(campaignId);
	}

	/**
	 * For the report's history: the officers' decisions with their notes, each publication with its 索引号, and the
	 * editors reopening a published report to correct it, with the reason.
	 */
	@Override
	public List<ReportHistory.Entry> of(long campaignId) {
		List<ReportHistory.Entry> entries = new ArrayList<>();
		for (Clearance c : history(campaignId)) {
			entries.add(new ReportHistory.Entry(c.getDecidedAt(),
					c.getDecision() == ClearanceDecision.CLEAR ? "CLEARED" : "RETURNED_BY_OFFICER", c.getOfficer(),
					c.getRevision(), c.getNotes(), null));
		}
		java.util.Map<Long, Integer> revisions = new java.util.HashMap<>();
		for (Publication p : publications.findAllByCampaignIdAndDepartmentOrderByIdAsc(campaignId,
				Publication.GOVERNMENT)) {
			revisions.put(p.getId(), p.getRevision());
			entries.add(new ReportHistory.Entry(p.getPublishedAt(), "PUBLISHED", null, p.getRevision(), null,
					p.getIndexNumber()));
		}
		for (Correction c : corrections.findAllByCampaignIdOrderByIdAsc(campaignId)) {
			entries.add(new ReportHistory.Entry(c.getRequestedAt(), "CORRECTION_REQUESTED", c.getRequestedBy(),
					revisions.get(c.getPublicationId()), c.getReason(), null));
		}
		return entries;
	}

	/** 索引号 after the configured scheme, e.g. {@code <机构代码>/<年>-<序号>}, numbered from 1 each publication year. */
	private String nextIndexNumber(String agency) {
		String prefix = settings.indexPrefix(agency, BusinessTime.today(clock).getYear());
		return settings.indexNumber(prefix, publications.countByIndexNumberStartingWith(prefix) + 1);
	}

}
