package cn.fazhi.annualreport.departmentreport;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.campaign.Campaign;
import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.disclosure.ClearanceDecision;
import cn.fazhi.annualreport.disclosure.DisclosureService;
import cn.fazhi.annualreport.disclosure.PublicationDetails;
import cn.fazhi.annualreport.report.ReportService;
import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.section.SectionService;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.ForbiddenException;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.signing.SignDecision;
import cn.fazhi.annualreport.system.Decisions;
import cn.fazhi.annualreport.system.StageConflictException;

/**
 * Every department publishes its own annual report too (厅字〔2019〕28号). Once the legal bureau has approved its
 * section, the department turns it into its report: its head signs it (签发), the same 保密审查 runs, and it is published
 * under the department's name on the same public pages.
 */
@Service
@Transactional(readOnly = true)
public class DepartmentReportService {

	private final DepartmentReportRepository departmentReports;

	private final DepartmentReportTasks tasks;

	private final ReportService reports;

	private final SectionService sections;

	private final CampaignService campaigns;

	private final DisclosureService disclosure;

	private final MessageSource messages;

	private final UserDirectory directory;

	private final Clock clock;

	DepartmentReportService(DepartmentReportRepository departmentReports, DepartmentReportTasks tasks,
			ReportService reports, SectionService sections, CampaignService campaigns, DisclosureService disclosure,
			MessageSource messages, UserDirectory directory, Clock clock) {
		this.directory = directory;
		this.departmentReports = departmentReports;
		this.tasks = tasks;
		this.reports = reports;
		this.sections = sections;
		this.campaigns = campaigns;
		this.disclosure = disclosure;
		this.messages = messages;
		this.clock = clock;
	}

	/** The department's liaison or head turns its approved section into its report, and it goes to the head. */
	@Transactional
	public DepartmentReportView start(SectionKey key, CurrentUser user) {
		// a second click waits here, then finds the report started (409) instead of starting a second one
		sections.lock(key);
		if (!user.worksFor(key.department())) {
			throw new ForbiddenException("problem.forbidden.department", sections.departmentName(key.department()));
		}
		var latest = latest(key);
		if (latest.isPresent() && latest.get().blocksANewVersion()) {
			throw new StageConflictException("problem.department-report.exists");
		}
		String organization = organization(campaigns.get(key.campaignId()), sections.departmentName(key.department()));
		var document = reports.departmentReport(key, organization)
			.orElseThrow(() -> new StageConflictException("problem.department-report.not-approved"));
		DepartmentReport report = departmentReports.save(new DepartmentReport(key,
				latest.map(r -> r.getVersion() + 1).orElse(1), organization, document, user.id(), clock.instant()));
		tasks.start(key, report.getId());
		return view(report);
	}

	/** The department's report for its own people and those who oversee the campaign; 404 if none was started. */
	public DepartmentReportView read(SectionKey key, CurrentUser reader) {
		return find(key, reader).orElseThrow(() -> new DepartmentReportNotFoundException(key));
	}

	/** The same, empty if the department has not started its report. */
	public Optional<DepartmentReportView> find(SectionKey key, CurrentUser reader) {
		sections.checkExists(key);
		if (!reader.worksFor(key.department()) && !reader.oversees(campaigns.roles(key.campaignId()))) {
			throw new ForbiddenException("problem.forbidden.department", sections.departmentName(key.department()));
		}
		return latest(key).map(this::view);
	}

	@Transactional
	public void requestSigning(SectionKey key, SignDecision decision, String opinion, CurrentUser head) {
		head.require(Roles.head(key.department()));
		current(key);
		tasks.completeSigning(key, head, decision, opinion);
	}

	/** The rule of the head's 签发, whoever completes the task. */
	@Transactional
	public void recordSigning(long departmentReportId, String decision, String opinion, CurrentUser head) {
		DepartmentReport report = find(departmentReportId);
		head.require(Roles.head(report.key().department()));
		SignDecision choice = Decisions.parse(SignDecision.class, "decision", decision);
		String reason = Decisions.reason("opinion", opinion, choice == SignDecision.RETURN);
		if (choice == SignDecision.SIGN) {
			report.sign(head.id(), clock.instant());
		}
		else {
			report.returnWith(reason);
		}
	}

	@Transactional
	public void requestClearance(SectionKey key, ClearanceDecision decision, String notes, PublicationDetails details,
			CurrentUser officer) {
		officer.require(campaigns.roles(key.campaignId()).disclosureOfficers());
		current(key);
		tasks.completeClearance(key, officer, decision, notes, details);
	}

	/** The rule of the 保密审查 of a department's report, whoever completes the task. */
	@Transactional
	public void recordClearance(long departmentReportId, String decision, String notes, PublicationDetails details,
			CurrentUser officer) {
		DepartmentReport report = find(departmentReportId);
		DisclosureService.ClearanceChoice choice = disclosure.checkClearance(report.key().campaignId(), decision, notes,
				details, officer);
		if (choice.clears()) {
			report.clear(choice.details(), choice.reason());
		}
		else {
			report.returnWith(choice.reason());
		}
	}

	/** Publishes the cleared report under the department's name. Safe to repeat. */
	@Transactional
	public long publish(long departmentReportId) {
		DepartmentReport report = find(departmentReportId);
		long publicationId = disclosure.publishDepartmentReport(report.key().campaignId(), report.key().department(),
				report.getOrganization(), report.getVersion(), report.getDocument(), report.getSignedAt(),
				report.getSha256(), report.details());
		report.published(publicationId);
		return publicationId;
	}

	/** The campaign of the department's report with this id, if there is one. */
	public Optional<Long> campaignOf(long departmentReportId) {
		return departmentReports.findById(departmentReportId).map(report -> report.key().campaignId());
	}

	public DepartmentReportView view(long departmentReportId) {
		return view(find(departmentReportId));
	}

	/**
	 * The departments' own reports of these campaigns that their heads signed, the latest version of each, unless it
	 * was sent back: the reports that went up to the government and to the department above.
	 */
	public List<SignedDepartmentReport> signed(java.util.Collection<Long> campaignIds) {
		if (campaignIds.isEmpty()) {
			return List.of();
		}
		java.util.Map<SectionKey, DepartmentReport> latest = new java.util.LinkedHashMap<>();
		departmentReports.findAllByCampaignIdInAndSignedAtIsNotNullOrderByVersionAsc(campaignIds)
			.forEach(report -> latest.put(report.key(), report));
		return latest.values()
			.stream()
			.filter(report -> report.getStage() != DepartmentReportStage.RETURNED)
			.map(report -> new SignedDepartmentReport(report.getId(), report.key().campaignId(),
					report.key().department(), report.getOrganization(), report.getVersion(), report.getSignedAt(),
					report.getSha256(), report.getPublicationId(), report.getPublicationId() == null ? null
							: disclosure.publication(report.getPublicationId()).getPublishedAt(),
					report.getDocument()))
			.toList();
	}

	/** 发布机构 of a department: the government's place name and the department, e.g. 示范区 + 司法局. */
	static String organization(Campaign campaign, String departmentName) {
		String government = campaign.getOrganization();
		String place = government.endsWith("人民政府") ? government.substring(0, government.length() - 4) : government;
		// a district's departments carry its name already: 东区司法局
		return departmentName.startsWith(place) ? departmentName : place + departmentName;
	}

	private DepartmentReport current(SectionKey key) {
		sections.lock(key);
		return latest(key).orElseThrow(() -> new DepartmentReportNotFoundException(key));
	}

	private Optional<DepartmentReport> latest(SectionKey key) {
		return departmentReports.findFirstByCampaignIdAndDepartmentOrderByVersionDesc(key.campaignId(),
				key.department());
	}

	private DepartmentReport find(long id) {
		return departmentReports.findById(id).orElseThrow(() -> new IllegalStateException("No department report " + id));
	}

	private DepartmentReportView view(DepartmentReport report) {
		return new DepartmentReportView(report.key().campaignId(), report.key().department(), report.getOrganization(),
				report.getVersion(), report.getStage(),
				messages.getMessage("stage.department-report." + report.getStage(), null,
						LocaleContextHolder.getLocale()),
				report.getSignedBy() == null ? null : directory.displayName(report.getSignedBy()), report.getSignedAt(), report.getDecisionComment(), report.getPublicationId(),
				report.getDocument());
	}

}
