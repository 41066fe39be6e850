package cn.fazhi.annualreport.oversight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.campaign.Campaign;
import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.campaign.PublicationProgress;
import cn.fazhi.annualreport.campaign.SectionProgress;
import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.catalogue.OrganizationKind;
import cn.fazhi.annualreport.deadline.DeadlineSettings;
import cn.fazhi.annualreport.departmentreport.SignedDepartmentReport;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.system.InvalidInputException;

/**
 * Where every organization of a subtree stands in the year (DESIGN §10): for the 依法治市办's dashboard and for a
 * government's editors and leaders over their own subtree. Only stages, dates and signed or published facts: never
 * a draft, a comment or a finding.
 */
@Service
@Transactional(readOnly = true)
public class YearOverview {

	private final Oversight oversight;

	private final CampaignService campaigns;

	private final SectionProgress sections;

	private final PublicationProgress publications;

	private final SignedReports signed;

	private final DeadlineSettings deadlines;

	private final MessageSource messages;

	private final Clock clock;

	YearOverview(Oversight oversight, CampaignService campaigns, SectionProgress sections,
			PublicationProgress publications, SignedReports signed, DeadlineSettings deadlines,
			MessageSource messages, Clock clock) {
		this.oversight = oversight;
		this.campaigns = campaigns;
		this.sections = sections;
		this.publications = publications;
		this.signed = signed;
		this.deadlines = deadlines;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * One organization's year.
	 *
	 * @param depth 0 for the root of the overview, 1 for what is directly under it…
	 * @param due the day its duty is due: a government's publication (before 4月1日), a department's or street's own
	 * report to its government and the department above (before 3月1日)
	 * @param submittedOn the Beijing day its report was signed and so went up (报送)
	 * @param publishedOn the Beijing day its report went on the public pages
	 * @param late a government published, or a department or street reported, after {@code due}, or has not and
	 * {@code due} has passed
	 */
	public record OrganizationProgress(String code, String name, OrganizationKind kind, String parent, int depth,
			Long campaignId, String stage, String stageLabel, LocalDate due, LocalDate submittedOn,
			LocalDate publishedOn, boolean late) {

		OrganizationProgress at(String stage, String stageLabel) {
			return new OrganizationProgress(code, name, kind, parent, depth, campaignId, stage, stageLabel, due,
					submittedOn, publishedOn, late);
		}

	}

	/**
	 * The rates of one level (本级政府, 本级政府部门, 下级政府…): 报送率, 公开率 and 按时率 in whole percent.
	 */
	public record LevelRates(String level, String label, int count, int submitted, int published, int onTime,
			int submissionRate, int publicationRate, int onTimeRate) {
	}

	/**
	 * @param departmentReportsDue the last day on which departments and streets report on time
	 * @param publicationLimit the last day of the legal publication limit
	 */
	public record Overview(int year, String root, String rootName, LocalDate today, LocalDate departmentReportsDue,
			LocalDate publicationLimit, List<OrganizationProgress> organizations, List<LevelRates> levels) {
	}

	public Overview of(int year, String root, CurrentUser reader) {
		if (year < 2000 || year > 2100) {
			throw new InvalidInputException("year", "problem.campaign.year");
		}
		Department top = oversight.organization(root);
		if (top.getKind() != OrganizationKind.GOVERNMENT) {
			throw new InvalidInputException("root", "problem.year.root", root);
		}
		oversight.requireOverseerOf(top, reader);
		LocalDate today = BusinessTime.today(clock);
		List<Department> subtree = oversight.subtree(top.getCode());
		Map<String, Integer> depths = new HashMap<>();
		Map<String, Campaign> campaignOf = new HashMap<>();
		for (Department organization : subtree) {
			depths.put(organization.getCode(),
					organization == subtree.get(0) ? 0 : depths.get(organization.getParentCode()) + 1);
			if (organization.getKind() == OrganizationKind.GOVERNMENT) {
				campaigns.of(organization.getCode(), year)
					.stream()
					.findFirst()
					.ifPresent(campaign -> campaignOf.put(organization.getCode(), campaign));
			}
		}
		Map<String, SignedDepartmentReport> signedUnits = signed.departments(SignedReports.ids(campaignOf.values()));
		Map<Long, Map<String, SectionProgress.State>> sectionsOf = new HashMap<>();
		List<OrganizationProgress> organizations = new ArrayList<>();
		for (Department organization : subtree) {
			int depth = depths.get(organization.getCode());
			organizations.add(organization.getKind() == OrganizationKind.GOVERNMENT
					? government(organization, depth, campaignOf.get(organization.getCode()), year, today)
					: unit(organization, depth, campaignOf.get(organization.getParentCode()), signedUnits, sectionsOf,
							year, today));
		}
		return new Overview(year, top.getCode(), top.getName(), today, deadlines.departmentReportsDue(year),
				Campaign.publicationLimit(year), organizations, levels(organizations));
	}

	/**
	 * One organization's year, as the overview shows it (depth 0), without computing its government's whole subtree;
	 * the caller has checked the user may follow it.
	 */
	OrganizationProgress of(int year, Department organization) {
		LocalDate today = BusinessTime.today(clock);
		boolean isGovernment = organization.getKind() == OrganizationKind.GOVERNMENT;
		Campaign campaign = campaigns.of(isGovernment ? organization.getCode() : organization.getParentCode(), year)
			.stream()
			.findFirst()
			.orElse(null);
		if (isGovernment) {
			return government(organization, 0, campaign, year, today);
		}
		Map<String, SignedDepartmentReport> signedUnits = campaign == null ? Map.of()
				: signed.departments(List.of(campaign.getId()));
		return unit(organization, 0, campaign, signedUnits, new HashMap<>(), year, today);
	}

	private OrganizationProgress government(Department government, int depth, Campaign campaign, int year,
			LocalDate today) {
		LocalDate due = campaign == null ? Campaign.publicationLimit(year) : campaign.getDeadlines().publication();
		if (campaign == null) {
			return progress(government, depth, null, "NOT_OPENED", due, null, null, today);
		}
		Optional<PublicationProgress.Published> published = publications.publicationOf(campaign.getId());
		Optional<Instant> signedAt = signed.signedAt(campaign);
		LocalDate submittedOn = signedAt.map(YearOverview::day).orElse(null);
		LocalDate publishedOn = published.map(p -> day(p.publishedAt())).orElse(null);
		String stage = published.isPresent() ? "PUBLISHED" : signedAt.isPresent() ? "SIGNED" : "WRITING";
		return progress(government, depth, campaign.getId(), stage, due, submittedOn, publishedOn, today);
	}

	private OrganizationProgress unit(Department unit, int depth, Campaign campaign,
			Map<String, SignedDepartmentReport> signedUnits, Map<Long, Map<String, SectionProgress.State>> sectionsOf,
			int year, LocalDate today) {
		LocalDate due = deadlines.departmentReportsDue(year);
		if (campaign == null || !campaign.includes(unit.getCode())) {
			return progress(unit, depth, null, "NOT_OPENED", due, null, null, today);
		}
		SignedDepartmentReport report = signedUnits.get(SignedReports.key(campaign.getId(), unit.getCode()));
		LocalDate submittedOn = report == null ? null : day(report.signedAt());
		LocalDate publishedOn = report == null || report.publishedAt() == null ? null : day(report.publishedAt());
		if (report != null) {
			return progress(unit, depth, campaign.getId(), publishedOn != null ? "PUBLISHED" : "SIGNED", due,
					submittedOn, publishedOn, today);
		}
		// still writing: the section's own stage (待确认, 待审核…), no text
		SectionProgress.State section = sectionsOf.computeIfAbsent(campaign.getId(), sections::sectionsOf)
			.get(unit.getCode());
		OrganizationProgress writing = progress(unit, depth, campaign.getId(), "WRITING", due, null, null, today);
		return section == null ? writing : writing.at(section.step().stage(), section.step().stageLabel());
	}

	private OrganizationProgress progress(Department organization, int depth, Long campaignId, String stage,
			LocalDate due, LocalDate submittedOn, LocalDate publishedOn, LocalDate today) {
		// a government's duty is to publish, a department's or street's to report to those above it
		LocalDate done = organization.getKind() == OrganizationKind.GOVERNMENT ? publishedOn : submittedOn;
		boolean late = (done == null ? today : done).isAfter(due);
		return new OrganizationProgress(organization.getCode(), organization.getName(), organization.getKind(),
				organization.getParentCode(), depth, campaignId, stage, label("year.stage." + stage), due,
				submittedOn, publishedOn, late);
	}

	/** 报送率, 公开率 and 按时率 of each level, in the order the levels first appear in the tree. */
	private List<LevelRates> levels(List<OrganizationProgress> organizations) {
		Map<String, List<OrganizationProgress>> byLevel = new LinkedHashMap<>();
		for (OrganizationProgress organization : organizations) {
			byLevel.computeIfAbsent(level(organization), level -> new ArrayList<>()).add(organization);
		}
		List<LevelRates> levels = new ArrayList<>();
		byLevel.forEach((level, members) -> {
			int submitted = (int) members.stream().filter(o -> o.submittedOn() != null).count();
			int published = (int) members.stream().filter(o -> o.publishedOn() != null).count();
			int onTime = (int) members.stream()
				.filter(o -> !o.late() && (o.kind() == OrganizationKind.GOVERNMENT ? o.publishedOn() != null
						: o.submittedOn() != null))
				.count();
			levels.add(new LevelRates(level, label("year.level." + level), members.size(), submitted, published,
					onTime, percent(submitted, members.size()), percent(published, members.size()),
					percent(onTime, members.size())));
		});
		return levels;
	}

	/** The root government, the departments and streets directly under it, and those further down. */
	private static String level(OrganizationProgress organization) {
		boolean own = organization.depth() <= 1;
		return switch (organization.kind()) {
			case GOVERNMENT -> organization.depth() == 0 ? "GOVERNMENT" : "LOWER_GOVERNMENTS";
			case DEPARTMENT -> own ? "DEPARTMENTS" : "LOWER_DEPARTMENTS";
			case STREET -> own ? "STREETS" : "LOWER_STREETS";
		};
	}

	private static int percent(int part, int whole) {
		return whole == 0 ? 0 : Math.round(100f * part / whole);
	}

	private static LocalDate day(Instant instant) {
		return instant.atZone(BusinessTime.ZONE).toLocalDate();
	}

	private String label(String code) {
		return messages.getMessage(code, null, Locale.SIMPLIFIED_CHINESE);
	}

}
