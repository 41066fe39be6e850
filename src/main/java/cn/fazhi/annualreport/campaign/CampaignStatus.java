package cn.fazhi.annualreport.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.system.BusinessTime;

/**
 * The answer to "where does the report stand": the campaign's own stage, each department's stage and due date, and
 * the compiled report's. {@code publication} is the report on the public pages (empty until published);
 * {@code publicationLate} says it was published after the legal limit, or is still unpublished after it (逾期公开);
 * {@code reportedUp} where the signed report was sent (报送).
 */
public record CampaignStatus(long id, String organization, int year, String stage, String stageLabel,
		DeadlineView deadlines, List<DepartmentStatus> departments, ReportStatus report, int overdueSteps,
		PublicationProgress.Published publication, boolean publicationLate, List<SubmissionProgress.Sent> reportedUp) {

	/** {@code publicationLimit}: the last day of the legal limit, 3月31日 of the following year. */
	public record DeadlineView(LocalDate sections, int confirmation, int review, int revision, LocalDate publication,
			LocalDate publicationLimit) {

	}

	/** {@code overdue}: the step under way is past its due date (Beijing). */
	public record DepartmentStatus(String code, String name, String stage, String stageLabel, LocalDate dueDate,
			boolean overdue, int version) {

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

		Assembler(Catalogue catalogue, SectionProgress sections, ReportProgress reports,
				PublicationProgress publications, SubmissionProgress submissions, MessageSource messages, Clock clock) {
			this.submissions = submissions;
			this.catalogue = catalogue;
			this.sections = sections;
			this.reports = reports;
			this.publications = publications;
			this.messages = messages;
			this.clock = clock;
		}

		CampaignStatus of(Campaign campaign) {
			LocalDate today = BusinessTime.today(clock);
			Map<String, StepProgress> progress = sections.sectionsOf(campaign.getId());
			List<DepartmentStatus> departments = campaign.getDepartments().stream().map(code -> {
				String name = catalogue.department(code).map(Department::getName).orElse(code);
				StepProgress step = progress.get(code);
				return step == null ? new DepartmentStatus(code, name, null, null, null, false, 0)
						: new DepartmentStatus(code, name, step.stage(), step.stageLabel(), step.dueDate(),
								overdue(step.dueDate(), today), step.version());
			}).toList();
			Optional<StepProgress> report = reports.reportOf(campaign.getId());
			String stage = report.map(StepProgress::stage).orElse(COLLECTING);
			String stageLabel = report.map(StepProgress::stageLabel)
				.orElseGet(() -> messages.getMessage("stage.campaign." + COLLECTING, null,
						LocaleContextHolder.getLocale()));
			Deadlines d = campaign.getDeadlines();
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
					stageLabel, new DeadlineView(d.sections(), d.confirmationDays(), d.reviewDays(), d.revisionDays(),
							d.publication(), campaign.publicationLimit()),
					departments, reportStatus, overdueSteps, published.orElse(null), late,
					submissions.reportedUp(campaign.getId()));
		}

		private static boolean overdue(LocalDate due, LocalDate today) {
			return due != null && due.isBefore(today);
		}

	}

}
