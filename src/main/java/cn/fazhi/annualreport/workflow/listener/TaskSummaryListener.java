package cn.fazhi.annualreport.workflow.listener;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.catalogue.Area;
import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.departmentreport.DepartmentReportService;
import cn.fazhi.annualreport.disclosure.ConfidentialityScan;
import cn.fazhi.annualreport.disclosure.DisclosureService;
import cn.fazhi.annualreport.report.ReportService;
import cn.fazhi.annualreport.report.ReportView;
import cn.fazhi.annualreport.review.ReviewService;
import cn.fazhi.annualreport.review.ReviewStep;
import cn.fazhi.annualreport.review.SectionDecision;
import cn.fazhi.annualreport.section.ExtensionRequest;
import cn.fazhi.annualreport.section.SectionExtensions;
import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.section.SectionService;
import cn.fazhi.annualreport.section.SectionView;
import cn.fazhi.annualreport.signing.SigningService;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.system.Templates;
import cn.fazhi.annualreport.workflow.ProcessModel;

/**
 * When a task with a Camunda Form starts, writes the digest its form shows (task-local {@code summary}, Markdown):
 * what the person must judge, the earlier comments and a link to the full text in the product. The digest is a
 * read-only view of the revision under judgement; the content itself stays in the product's tables. The previous
 * round's decision variables are removed so the form opens empty.
 */
@Component("taskSummary")
class TaskSummaryListener implements TaskListener {

	private static final Map<String, List<String>> DECISION_VARIABLES = Map.of(ProcessModel.CONFIRM_SECTION,
			List.of(ProcessModel.HEAD_DECISION, ProcessModel.HEAD_COMMENT), ProcessModel.REVIEW_SECTION,
			List.of(ProcessModel.REVIEW_DECISION, ProcessModel.REVIEW_COMMENT), ProcessModel.SIGN_REPORT,
			List.of(ProcessModel.SIGN_DECISION, ProcessModel.SIGN_OPINION), ProcessModel.CONFIDENTIALITY_REVIEW,
			List.of(ProcessModel.CLEARANCE_DECISION, ProcessModel.CLEARANCE_NOTES), ProcessModel.DECIDE_EXTENSION,
			List.of(ProcessModel.EXTENSION_DECISION, ProcessModel.EXTENSION_UNTIL, ProcessModel.EXTENSION_COMMENT));

	private final SectionService sections;

	private final SectionExtensions extensions;

	private final ReviewService reviews;

	private final ReportService reports;

	private final SigningService signing;

	private final DisclosureService disclosure;

	private final DepartmentReportService departmentReports;

	private final Catalogue catalogue;

	private final Templates templates;

	TaskSummaryListener(SectionService sections, SectionExtensions extensions, ReviewService reviews, ReportService reports,
			SigningService signing, DisclosureService disclosure,
			DepartmentReportService departmentReports, Catalogue catalogue,
			Templates templates) {
		this.departmentReports = departmentReports;
		this.sections = sections;
		this.extensions = extensions;
		this.reviews = reviews;
		this.reports = reports;
		this.signing = signing;
		this.disclosure = disclosure;
		this.catalogue = catalogue;
		this.templates = templates;
	}

	@Override
	public void notify(DelegateTask task) {
		DECISION_VARIABLES.getOrDefault(task.getTaskDefinitionKey(), List.of())
			.forEach(variable -> task.getExecution().removeVariable(variable));
		String summary = switch (task.getTaskDefinitionKey()) {
			case ProcessModel.CONFIRM_SECTION -> sectionSummary(ProcessModel.sectionKey(task), ReviewStep.CONFIRMATION);
			case ProcessModel.REVIEW_SECTION -> sectionSummary(ProcessModel.sectionKey(task), ReviewStep.REVIEW);
			case ProcessModel.DECIDE_EXTENSION -> extensionSummary(ProcessModel.sectionKey(task),
					ProcessModel.ownedId(task.getExecution(), ProcessModel.EXTENSION_ID, id -> extensions.get(id).key()));
			case ProcessModel.CONFIDENTIALITY_REVIEW -> reportSummary(ProcessModel.campaignId(task), true);
			case ProcessModel.SIGN_DEPARTMENT_REPORT -> departmentReportSummary(departmentReportId(task), false);
			case ProcessModel.DEPARTMENT_CONFIDENTIALITY_REVIEW -> departmentReportSummary(departmentReportId(task),
					true);
			default -> reportSummary(ProcessModel.campaignId(task), false);
		};
		task.setVariableLocal(ProcessModel.SUMMARY, summary);
		if ((ProcessModel.CONFIDENTIALITY_REVIEW.equals(task.getTaskDefinitionKey())
				|| ProcessModel.DEPARTMENT_CONFIDENTIALITY_REVIEW.equals(task.getTaskDefinitionKey()))
				&& task.getVariable(ProcessModel.SUBJECT_CATEGORY) == null) {
			// the form opens with the usual 主题分类; an earlier round's choice and 发文字号 are kept
			task.getExecution().setVariable(ProcessModel.SUBJECT_CATEGORY, disclosure.defaultSubjectCategory());
		}
	}

	/** The section under judgement, with a link to what changed since this step last judged it. */
	private String sectionSummary(SectionKey key, ReviewStep step) {
		Map<String, Object> model = new HashMap<>();
		SectionView section = sections.submitted(key);
		List<SectionDecision> decisions = reviews.history(key);
		model.put("section", section);
		model.put("zone", BusinessTime.ZONE);
		model.put("decisions", decisions);
		decisions.stream()
			.filter(decision -> decision.getStep() == step)
			.mapToInt(SectionDecision::getRevision)
			.max()
			.ifPresent(judged -> {
				if (judged < section.version()) {
					model.put("changesFrom", judged);
					model.put("changesLink", "/campaigns/" + key.campaignId() + "/sections/" + key.department()
							+ "/changes?from=" + judged + "&to=" + section.version());
				}
			});
		model.put("areas", names(catalogue.areas()));
		model.put("metrics", catalogue.metrics());
		model.put("link", "/campaigns/" + key.campaignId() + "/sections/" + key.department());
		return templates.renderMarkdown("tasklist/section-summary", model);
	}

	private String extensionSummary(SectionKey key, long requestId) {
		Map<String, Object> model = new HashMap<>();
		ExtensionRequest request = extensions.get(requestId);
		model.put("request", request);
		model.put("departmentName", sections.departmentName(key.department()));
		model.put("stageLabel", sections.label(request.getStage()));
		model.put("history", extensions.history(key));
		model.put("zone", BusinessTime.ZONE);
		model.put("link", "/campaigns/" + key.campaignId() + "/sections/" + key.department());
		return templates.renderMarkdown("tasklist/extension-summary", model);
	}

	/** The report under judgement; for the confidentiality officer with what the automatic scan found. */
	private String reportSummary(long campaignId, boolean withFindings) {
		Map<String, Object> model = new HashMap<>();
		ReportView report = reports.latest(campaignId);
		model.put("findings", withFindings ? ConfidentialityScan.scan(report.document()) : null);
		model.put("report", report);
		model.put("zone", BusinessTime.ZONE);
		model.put("signatures", signing.history(campaignId));
		model.put("clearances", disclosure.history(campaignId));
		model.put("link", "/campaigns/" + campaignId + "/report");
		model.put("pdfLink", "/api/campaigns/" + campaignId + "/report.pdf");
		return templates.renderMarkdown("tasklist/report-summary", model);
	}

	/** A department's own report under judgement; for the officer with what the automatic scan found. */
	private String departmentReportSummary(long departmentReportId, boolean withFindings) {
		Map<String, Object> model = new HashMap<>();
		var report = departmentReports.view(departmentReportId);
		model.put("report", report);
		model.put("findings", withFindings ? ConfidentialityScan.scan(report.document()) : null);
		model.put("zone", BusinessTime.ZONE);
		model.put("link", "/campaigns/" + report.campaignId() + "/sections/" + report.department() + "/department-report");
		return templates.renderMarkdown("tasklist/department-report-summary", model);
	}

	private long departmentReportId(DelegateTask task) {
		return ProcessModel.ownedId(task.getExecution(), ProcessModel.DEPARTMENT_REPORT_ID,
				id -> departmentReports.view(id).key());
	}

	private Map<String, String> names(List<Area> areas) {
		Map<String, String> names = new HashMap<>();
		areas.forEach(area -> names.put(area.getCode(), area.getName()));
		return names;
	}

}
