package cn.fazhi.annualreport.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.deadline.DeadlineSettings;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.GovernmentRoles;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.system.FieldProblem;
import cn.fazhi.annualreport.system.InvalidInputException;
import cn.fazhi.annualreport.system.SingleLine;

@Service
@Transactional(readOnly = true)
public class CampaignService {

	private final CampaignRepository campaigns;

	private final Catalogue catalogue;

	private final DeadlineSettings defaults;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CampaignService(CampaignRepository campaigns, Catalogue catalogue, DeadlineSettings defaults,
			ApplicationEventPublisher events, Clock clock) {
		this.campaigns = campaigns;
		this.catalogue = catalogue;
		this.defaults = defaults;
		this.events = events;
		this.clock = clock;
	}

	/** Opens the campaign and, through {@link CampaignOpened}, its sections and process. */
	@Transactional
	public Campaign open(OpenCampaign request, CurrentUser actor) {
		String organization = request.organization() == null ? "" : request.organization().strip();
		if (organization.isEmpty() || organization.length() > 100) {
			throw new InvalidInputException("organization", "problem.campaign.organization");
		}
		// the API refuses it with @SingleLine; the home page's form comes here directly
		if (!SingleLine.Validator.isSingleLine(organization)) {
			throw new InvalidInputException("organization", "problem.text.single-line");
		}
		if (request.year() < 2000 || request.year() > 2100) {
			throw new InvalidInputException("year", "problem.campaign.year");
		}
		String government = governmentOf(organization, request.departments());
		actor.require(GovernmentRoles.of(government).reportAdmins());
		return open(government, organization, request, actor.id());
	}

	/**
	 * Opens the government's campaign for the annual exercise of the 依法治市办 (DESIGN §10), who answers for the
	 * caller's right to; the same checks of departments and deadlines as {@link #open(OpenCampaign, CurrentUser)}.
	 */
	@Transactional
	public Campaign openFor(String government, OpenCampaign request, String openedBy) {
		return open(government, request.organization(), request, openedBy);
	}

	/** The government's campaigns of the year (one, unless its editors opened another under a different title). */
	public List<Campaign> of(String government, int year) {
		return campaigns.findAllByGovernmentAndYearOrderByIdAsc(government, year);
	}

	private Campaign open(String government, String organization, OpenCampaign request, String openedBy) {
		List<String> departments = validDepartments(request.departments(), government);
		Deadlines deadlines = deadlines(request);
		if (campaigns.existsByOrganizationAndYear(organization, request.year())) {
			throw new CampaignExistsException(organization, request.year());
		}
		Campaign campaign = campaigns.save(new Campaign(organization, government, request.year(), departments,
				deadlines, openedBy, clock.instant()));
		events.publishEvent(new CampaignOpened(campaign.getId(), campaign.getDepartments()));
		return campaign;
	}

	/**
	 * An editor changes the campaign's deadlines; omitted ones stay as they are. The due dates of the open steps, and
	 * with them the reminders, follow through {@link DeadlinesChanged}.
	 */
	@Transactional
	public Campaign changeDeadlines(long campaignId, OpenCampaign changes, CurrentUser actor) {
		Campaign campaign = get(campaignId);
		actor.require(campaign.roles().reportAdmins());
		Deadlines current = campaign.getDeadlines();
		OpenCampaign merged = new OpenCampaign(campaign.getOrganization(), campaign.getYear(), campaign.getDepartments(),
				Objects.requireNonNullElse(changes.sectionsDue(), current.sections()),
				Objects.requireNonNullElse(changes.confirmationDays(), current.confirmationDays()),
				Objects.requireNonNullElse(changes.reviewDays(), current.reviewDays()),
				Objects.requireNonNullElse(changes.revisionDays(), current.revisionDays()),
				Objects.requireNonNullElse(changes.publicationDue(), current.publication()));
		campaign.reschedule(deadlines(merged));
		events.publishEvent(new DeadlinesChanged(campaignId));
		return campaign;
	}

	/** The groups of the campaign's government that act on its report. */
	public GovernmentRoles roles(long campaignId) {
		return get(campaignId).roles();
	}

	public Campaign get(long campaignId) {
		return campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFoundException(campaignId));
	}

	/** The same government's campaign of the year before, for 同比. */
	public Optional<Campaign> previousYear(Campaign campaign) {
		return campaigns.findByOrganizationAndYear(campaign.getOrganization(), campaign.getYear() - 1);
	}

	/** The campaigns with these ids, by id, in one query. */
	public java.util.Map<Long, Campaign> byId(java.util.Collection<Long> ids) {
		return ids.isEmpty() ? java.util.Map.of()
				: campaigns.findAllByIdIn(ids)
					.stream()
					.collect(java.util.stream.Collectors.toMap(Campaign::getId, campaign -> campaign));
	}

	public List<Campaign> all() {
		return campaigns.findAllByOrderByYearDescIdDesc();
	}

	/** The campaigns the user takes part in or oversees, newest first. */
	public List<Campaign> visibleTo(CurrentUser user) {
		Set<String> governments = governmentsOf(user);
		return all().stream().filter(campaign -> isVisibleTo(campaign, user, governments)).toList();
	}

	/** The campaign, if the user takes part in it or oversees it; 404 otherwise, as if it did not exist. */
	public Campaign get(long campaignId, CurrentUser user) {
		Campaign campaign = get(campaignId);
		if (!isVisibleTo(campaign, user, governmentsOf(user))) {
			throw new CampaignNotFoundException(campaignId);
		}
		return campaign;
	}

	/**
	 * Its government's central roles, the liaisons and heads of the government's departments and streets, the
	 * 依法治市办 and administrators see a campaign; nobody of another government does (DESIGN §10).
	 */
	private static boolean isVisibleTo(Campaign campaign, CurrentUser user, Set<String> governments) {
		// a department moved to another government since keeps seeing the campaign it writes in
		return governments.contains(campaign.getGovernment()) || user.oversees(campaign.roles())
				|| user.isAdministrator() || user.isMemberOf(Roles.OVERSIGHT)
				|| campaign.getDepartments().stream().anyMatch(user::worksFor);
	}

	/** The governments whose departments or streets the user works for. */
	private Set<String> governmentsOf(CurrentUser user) {
		Set<String> governments = new HashSet<>();
		user.groups()
			.forEach(group -> Roles.departmentOf(group)
				.flatMap(catalogue::department)
				.map(Department::getParentCode)
				.ifPresent(governments::add));
		return governments;
	}

	/**
	 * The government whose report it is: the government of the tree that bears the name, otherwise the one whose
	 * departments are listed (a report's title may differ from the government's name in the tree), otherwise the
	 * default government.
	 */
	private String governmentOf(String organization, List<String> departments) {
		return catalogue.governmentNamed(organization)
			.map(Department::getCode)
			.or(() -> (departments == null ? List.<String>of() : departments).stream()
				.map(catalogue::department)
				.flatMap(Optional::stream)
				.filter(Department::writes)
				.map(Department::getParentCode)
				.findFirst())
			.orElse(Catalogue.ROOT);
	}

	/** The departments and streets of the government that write its sections, each once. */
	private List<String> validDepartments(List<String> codes, String government) {
		if (codes == null || codes.isEmpty()) {
			throw new InvalidInputException("departments", "problem.campaign.no-departments");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			Optional<Department> department = catalogue.department(code);
			if (department.isEmpty() || !department.get().writes()) {
				problems.add(new FieldProblem("departments[" + i + "]", "problem.department.unknown", code));
			}
			else if (!government.equals(department.get().getParentCode())) {
				problems.add(new FieldProblem("departments[" + i + "]", "problem.campaign.department-elsewhere",
						department.get().getName(), catalogue.department(government).map(Department::getName)
							.orElse(government)));
			}
			else if (!seen.add(code)) {
				problems.add(new FieldProblem("departments[" + i + "]", "problem.department.duplicate", code));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return List.copyOf(codes);
	}

	private Deadlines deadlines(OpenCampaign request) {
		int year = request.year();
		LocalDate sections = Objects.requireNonNullElse(request.sectionsDue(), defaults.sectionsDue(year));
		LocalDate publication = Objects.requireNonNullElse(request.publicationDue(), defaults.publicationDue(year));
		if (!sections.isBefore(publication)) {
			throw new InvalidInputException("deadlines.sections", "problem.deadlines.sections-after-publication",
					sections, publication);
		}
		if (sections.getYear() <= year - 1 || publication.getYear() > year + 2) {
			throw new InvalidInputException("deadlines", "problem.deadlines.outside-cycle", year);
		}
		return new Deadlines(sections,
				Objects.requireNonNullElse(request.confirmationDays(), defaults.confirmationDays()),
				Objects.requireNonNullElse(request.reviewDays(), defaults.reviewDays()),
				Objects.requireNonNullElse(request.revisionDays(), defaults.revisionDays()), publication);
	}

}
