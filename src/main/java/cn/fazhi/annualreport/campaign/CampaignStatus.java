package cn.fazhi.annualreport.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.Department;

/**
 * The answer to "where does the report stand": the campaign's own stage, each department's stage and due date, and
 * the compiled report's.
 */
public record CampaignStatus(long id, String organization, int year, String stage, String stageLabel,
		DeadlineView deadlines, List<DepartmentStatus> departments, StepProgress report) {

	public record DeadlineView(LocalDate sections, int confirmation, int review, int revision, LocalDate publication) {

	}

	public record DepartmentStatus(String code, String name, String stage, String stageLabel, LocalDate dueDate,
			int version) {

	}

	/** Assembles the status from the campaign and the progress the other modules report. */
	@Component
	static class Assembler {

		static final String COLLECTING = "SECTIONS";

		private final Catalogue catalogue;

		private final SectionProgress sections;

		private final ReportProgress reports;

		private final MessageSource messages;

		Assembler(Catalogue catalogue, SectionProgress sections, ReportProgress reports, MessageSource messages) {
			this.catalogue = catalogue;
			this.sections = sections;
			this.reports = reports;
			this.messages = messages;
		}

		CampaignStatus of(Campaign campaign) {
			Map<String, StepProgress> progress = sections.sectionsOf(campaign.getId());
			List<DepartmentStatus> departments = campaign.getDepartments().stream().map(code -> {
				String name = catalogue.department(code).map(Department::getName).orElse(code);
				StepProgress step = progress.get(code);
				return step == null ? new DepartmentStatus(code, name, null, null, null, 0)
						: new DepartmentStatus(code, name, step.stage(), step.stageLabel(), step.dueDate(),
								step.version());
			}).toList();
			Optional<StepProgress> report = reports.reportOf(campaign.getId());
			String stage = report.map(StepProgress::stage).orElse(COLLECTING);
			String stageLabel = report.map(StepProgress::stageLabel)
				.orElseGet(() -> messages.getMessage("stage.campaign." + COLLECTING, null,
						LocaleContextHolder.getLocale()));
			Deadlines d = campaign.getDeadlines();
			return new CampaignStatus(campaign.getId(), campaign.getOrganization(), campaign.getYear(), stage,
					stageLabel, new DeadlineView(d.sections(), d.confirmationDays(), d.reviewDays(), d.revisionDays(),
							d.publication()),
					departments, report.orElse(null));
		}

	}

}
