package cn.fazhi.annualreport.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.deadline.WorkingCalendar;
import cn.fazhi.annualreport.system.BusinessTime;

/**
 * The answer to "where does the report stand": the campaign's own stage, each department's stage and due date, and
 * the compiled report's. {@code publication} is the report on the public pages (empty until published);
 * {@code publicationLate} says it was published after the legal limit, or is still unpublished after it (逾期公开);
 * {@code reportedUp} where the signed report was sent (报送).
 */
public record CampaignStatus(long id, String organization, int year, String stage, String stageLabel,
		DeadlineView deadlines, List<DepartmentStatus> departments, List<StageTotal> totals, ReportStatus report,
		int overdueSteps,
		PublicationProgress.Published publication, boolean publicationLate, List<SubmissionProgress.Sent> reportedUp) {

	/**
	 * @param sectionsDueDay the day the departments' sections are due: {@code sections}, or the next working day when
	 * it falls on a rest day (《民法典》第二百零三条)
	 * @param sectionsRestDay why {@code sections} is not a working day (周末, 春节…), {@code null} when it is one
	 * @param publicationLimit the last day of the legal limit, 3月31日 of the following year
	 */
	public record DeadlineView(LocalDate sections, LocalDate sectionsDueDay, String sectionsRestDay, int confirmation,
			int review, int revision, LocalDate publication, LocalDate publicationLimit) {

	}

	/**
	 * One department's section (DESIGN §8).
	 *
	 * @param overdue the step under way is past its due date (Beijing)
	 * @param step the BPMN id of the open step, e.g. {@code confirmSection}; {@code null} once approved, and in lists
	 * @param holder display names of who must act now: whoever claimed the step, or else everyone who may take it;
	 * empty once approved, and in lists
	 * @param daysLeft working days until the due date, negative when overdue; {@code null} once approved
	 * @param returns how often the head or the legal bureau sent it back
	 * @param urgedToday an editor urged it today (催办, once per Beijing day)
	 */
	public record DepartmentStatus(String code, String name, String stage, String stageLabel, LocalDate dueDate,
			boolean overdue, int version, String step, List<String> holder, Integer daysLeft, int returns,
			boolean urgedToday) {

	}

	/** How many sections are at a stage, and how many of them are overdue. */
	public record StageTotal(String stage, String stageLabel, int count, int overdue) {

	}

	public record ReportStatus(String stage, String stageLabel, LocalDate dueDate, boolean overdue, int version) {

	}

	/** Assembles the status from the campaign and the progress the other modules report. */
	@Component
	static class Assembler {

		static final String COLLECTING = "SECTIONS";

		private final Catalogue catalogue;

		private final SectionProgress sections;

		private final ReportProgress reports;

		private final PublicationProgress publications;

		private final SubmissionProgress submissions;

		private final MessageSource messages;

		private final Clock clock;

		private final SectionHolders holders;

		private final WorkingCalendar calendar;

		Assembler(Catalogue catalogue, SectionProgress sections, ReportProgress reports,
				PublicationProgress publications, SubmissionProgress submissions, MessageSource messages,
				SectionHolders holders, WorkingCalendar calendar, Clock clock) {
			this.holders = holders;
			this.calendar = calendar;
			this.submissions = submissions;
			this.catalogue = catalogue;
			this.sections = sections;
			this.reports = reports;
			this.publications = publications;
			this.messages = messages;
			this.clock = clock;
		}

		/** Where the campaign stands, as lists show it: without who holds each section. */
		CampaignStatus of(Campaign campaign) {
			return assemble(campaign, Map.of());
		}

		/** Where the campaign stands, with who must act on each section now: the campaign's dashboard. */
		CampaignStatus dashboard(Campaign campaign) {
			return assemble(campaign, holders.holdersOf(campaign.getId()));
		}

		private CampaignStatus assemble(Campaign campaign, Map<String, SectionHolders.Holder> holding) {
			LocalDate today = BusinessTime.today(clock);
			Map<String, SectionProgress.State> progress = sections.sectionsOf(campaign.getId());
			// the sections share a few due days: count the working days of each once
			Map<LocalDate, Integer> daysLeftByDue = new HashMap<>();
			Map<String, String> names = catalogue.writingUnitsOf(campaign.getGovernment())
				.stream()
				.collect(Collectors.toMap(Department::getCode, Department::getName));
			List<DepartmentStatus> departments = campaign.getDepartments().stream().map(code -> {
				String name = names.getOrDefault(code, code);
				SectionProgress.State state = progress.get(code);
				if (state == null) {
					return new DepartmentStatus(code, name, null, null, null, false, 0, null, List.of(), null, 0,
							false);
				}
				StepProgress step = state.step();
				Optional<SectionHolders.Holder> holder = Optional.ofNullable(holding.get(code));
				Integer daysLeft = step.dueDate() == null ? null
						: daysLeftByDue.computeIfAbsent(step.dueDate(), due -> calendar.workingDaysLeft(today, due));
				return new DepartmentStatus(code, name, step.stage(), step.stageLabel(), step.dueDate(),
						overdue(step.dueDate(), today), step.version(),
						holder.map(SectionHolders.Holder::step).orElse(null),
						holder.map(SectionHolders.Holder::names).orElse(List.of()), daysLeft, state.returns(),
						today.equals(state.lastUrged()));
			}).toList();
			Optional<StepProgress> report = reports.reportOf(campaign.getId());
			String stage = report.map(StepProgress::stage).orElse(COLLECTING);
			String stageLabel = report.map(StepProgress::stageLabel)
				.orElseGet(() -> messages.getMessage("stage.campaign." + COLLECTING, null,
						LocaleContextHolder.getLocale()));
			ReportStatus reportStatus = report
				.map(r -> new ReportStatus(r.stage(), r.stageLabel(), r.dueDate(), overdue(r.dueDate(), today),
						r.version()))
				.orElse(null);
			int overdueSteps = (int) departments.stream().filter(DepartmentStatus::overdue).count()
					+ (reportStatus != null && reportStatus.overdue() ? 1 : 0);
			Optional<PublicationProgress.Published> published = publications.publicationOf(campaign.getId());
			boolean late = published.map(PublicationProgress.Published::late)
				.orElseGet(() -> today.isAfter(campaign.publicationLimit()));
			return new CampaignStatus(campaign.getId(), campaign.getOrganization(), campaign.getYear(), stage,
					stageLabel, deadlines(campaign),
					departments, totals(departments), reportStatus, overdueSteps, published.orElse(null), late,
					submissions.reportedUp(campaign.getId()));
		}

		private DeadlineView deadlines(Campaign campaign) {
			Deadlines d = campaign.getDeadlines();
			WorkingCalendar.Day sectionsDay = calendar.day(d.sections());
			return new DeadlineView(d.sections(), calendar.onOrAfter(d.sections()),
					sectionsDay.working() ? null : sectionsDay.name(), d.confirmationDays(), d.reviewDays(),
					d.revisionDays(), d.publication(), campaign.publicationLimit());
		}

		/** The sections at each stage, in the order of the stages. */
		private List<StageTotal> totals(List<DepartmentStatus> departments) {
			Map<String, StageTotal> totals = new LinkedHashMap<>();
			sections.stages().forEach((stage, label) -> totals.put(stage, new StageTotal(stage, label, 0, 0)));
			departments.stream().filter(d -> d.stage() != null).forEach(d -> totals.computeIfPresent(d.stage(),
					(stage, t) -> new StageTotal(stage, t.stageLabel(), t.count() + 1, t.overdue() + (d.overdue() ? 1 : 0))));
			return List.copyOf(totals.values());
		}

		private static boolean overdue(LocalDate due, LocalDate today) {
			return due != null && due.isBefore(today);
		}

	}

}
