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
import cn.fazhi.annualreport.deadline.DeadlineSettings;
import cn.fazhi.annualreport.security.CurrentUser;
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
		actor.require(Roles.REPORT_ADMINS);
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
		List<String> departments = validDepartments(request.departments());
		Deadlines deadlines = deadlines(request);
		if (campaigns.existsByOrganizationAndYear(organization, request.year())) {
			throw new CampaignExistsException(organization, request.year());
		}
		Campaign campaign = campaigns.save(new Campaign(organization, request.year(), departments, deadlines,
				actor.id(), clock.instant()));
		events.publishEvent(new CampaignOpened(campaign.getId(), campaign.getDepartments()));
		return campaign;
	}

	/**
	 * An editor changes the campaign's deadlines; omitted ones stay as they are. The due dates of the open steps, and
	 * with them the reminders, follow through {@link DeadlinesChanged}.
	 */
	@Transactional
	public Campaign changeDeadlines(long campaignId, OpenCampaign changes, CurrentUser actor) {
		actor.require(Roles.REPORT_ADMINS);
		Campaign campaign = get(campaignId);
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

	private List<String> validDepartments(List<String> codes) {
		if (codes == null || codes.isEmpty()) {
			throw new InvalidInputException("departments", "problem.campaign.no-departments");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			if (catalogue.department(code).isEmpty()) {
				problems.add(new FieldProblem("departments[" + i + "]", "problem.department.unknown", code));
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
