package cn.fazhi.annualreport.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.catalogue.Area;
import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.departmentreport.DepartmentReportService;
import cn.fazhi.annualreport.disclosure.ConfidentialityScan;
import cn.fazhi.annualreport.disclosure.Clearance;
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
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.signing.Signature;
import cn.fazhi.annualreport.signing.SigningService;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.system.Templates;
import cn.fazhi.annualreport.section.SectionRules;

/**
 * The digest a Camunda Form shows (task-local {@code summary}, Markdown): what the person must judge, the earlier
 * comments and a link to the full text in the product. The digest is a read-only view of the revision under
 * judgement; the content itself stays in the product's tables. People are named as the product shows them
 * ({@code people}: the directory's display names), never by user id.
 */
@Component
class TaskSummaries {

	/** Findings the officer's summary lists one by one; the rest are counted. */
	static final int LISTED_FINDINGS = 10;

	/**
	 * Characters of an earlier comment, opinion or notes the summaries quote: the section's page shows its comments
	 * whole, and a report's summary quotes the latest signature's and clearance's whole.
	 */
	static final int QUOTED_COMMENT = 500;

	private final SectionService sections;

	private final SectionExtensions extensions;

	private final ReviewService reviews;

	private final ReportService reports;

	private final SigningService signing;

	private final DisclosureService disclosure;

	private final DepartmentReportService departmentReports;

	private final Catalogue catalogue;

	private final Templates templates;

	private final MessageSource messages;

	private final UserDirectory directory;

	TaskSummaries(SectionService sections, SectionExtensions extensions, ReviewService reviews,
			ReportService reports, SigningService signing, DisclosureService disclosure,
			DepartmentReportService departmentReports,
			Catalogue catalogue, Templates templates, MessageSource messages, UserDirectory directory) {
		this.directory = directory;
		this.sections = sections;
		this.extensions = extensions;
		this.reviews = reviews;
		this.reports = reports;
		this.signing = signing;
		this.disclosure = disclosure;
		this.departmentReports = departmentReports;
		this.catalogue = catalogue;
		this.templates = templates;
		this.messages = messages;
	}

	/**
	 * The section under judgement, with a link to its comparison with the version judged before it: the one this step
	 * last judged, else the one last judged at all (a first submission has none).
	 */
	String section(SectionKey key, ReviewStep step) {
		Map<String, Object> model = new HashMap<>();
		SectionView section = sections.submitted(key);
		List<SectionDecision> decisions = reviews.history(key);
		model.put("section", section);
		model.put("people", directory);
		model.put("zone", BusinessTime.ZONE);
		model.put("decisions", decisions);
		OptionalInt byThisStep = decisions.stream()
			.filter(decision -> decision.getStep() == step && decision.getRevision() < section.version())
			.mapToInt(SectionDecision::getRevision)
			.max();
		OptionalInt byAnyStep = decisions.stream()
			.filter(decision -> decision.getRevision() < section.version())
			.mapToInt(SectionDecision::getRevision)
			.max();
		previous(byThisStep.isPresent() ? byThisStep : byAnyStep, section.version(),
				"/campaigns/" + key.campaignId() + "/sections/" + key.department(), model);
		model.put("areas", names(catalogue.areas()));
		model.put("metrics", catalogue.metrics());
		// 应报尽报: what the section leaves out of what is required of it, and why
		SectionRules.Coverage coverage = sections.coverage(section);
		model.put("coverage", coverage);
		model.put("missingItems", String.join("、", coverage.missing().stream().map(SectionRules.Coverage.Item::name).toList()));
		String link = "/campaigns/" + key.campaignId() + "/sections/" + key.department();
		model.put("link", link);
		model.put("quoted", QUOTED_COMMENT);
		return fit(templates.renderMarkdown("tasklist/section-summary", model), link);
	}

	/** The link 查看修改（与上一版对比）: from the version judged before to the one under judgement now. */
	private static void previous(OptionalInt judged, int current, String page, Map<String, Object> model) {
		judged.ifPresent(from -> {
			model.put("changesFrom", from);
			model.put("changesTo", current);
			model.put("changesLink", page + "/changes?from=" + from + "&to=" + current);
		});
	}

	/** A request for more time, with the department's earlier ones. */
	String extension(SectionKey key, long requestId) {
		Map<String, Object> model = new HashMap<>();
		ExtensionRequest request = extensions.get(requestId);
		model.put("request", request);
		model.put("departmentName", sections.departmentName(key.department()));
		model.put("stageLabel", sections.label(request.getStage()));
		model.put("requesterName", directory.displayName(request.getRequestedBy()));
		model.put("history", extensions.history(key));
		model.put("zone", BusinessTime.ZONE);
		String link = "/campaigns/" + key.campaignId() + "/sections/" + key.department();
		model.put("link", link);
		return fit(templates.renderMarkdown("tasklist/extension-summary", model), link);
	}

	/** The report under judgement; for the confidentiality officer with what the automatic scan found. */
	String report(long campaignId, boolean withFindings) {
		Map<String, Object> model = new HashMap<>();
		ReportView report = reports.latest(campaignId);
		model.put("findings", withFindings ? ConfidentialityScan.scan(report.document()) : null);
		model.put("report", report);
		model.put("people", directory);
		model.put("zone", BusinessTime.ZONE);
		List<Signature> signatures = signing.history(campaignId);
		List<Clearance> clearances = disclosure.history(campaignId);
		model.put("signatures", signatures);
		model.put("clearances", clearances);
		// the version the leader or the officer judged last, if the report came back since
		OptionalInt judged = IntStream
			.concat(signatures.stream().mapToInt(Signature::getRevision),
					clearances.stream().mapToInt(Clearance::getRevision))
			.filter(revision -> revision < report.version())
			.max();
		previous(judged, report.version(), "/campaigns/" + campaignId + "/report", model);
		String link = "/campaigns/" + campaignId + "/report";
		model.put("link", link);
		model.put("pdfLink", "/api/campaigns/" + campaignId + "/report.pdf");
		model.put("listed", LISTED_FINDINGS);
		model.put("quoted", QUOTED_COMMENT);
		return fit(templates.renderMarkdown("tasklist/report-summary", model), link);
	}

	/** A department's own report under judgement; for the officer with what the automatic scan found. */
	String departmentReport(long departmentReportId, boolean withFindings) {
		Map<String, Object> model = new HashMap<>();
		var report = departmentReports.view(departmentReportId);
		model.put("report", report);
		model.put("findings", withFindings ? ConfidentialityScan.scan(report.document()) : null);
		model.put("people", directory);
		model.put("zone", BusinessTime.ZONE);
		String link = "/campaigns/" + report.campaignId() + "/sections/" + report.department() + "/department-report";
		model.put("link", link);
		model.put("listed", LISTED_FINDINGS);
		return fit(templates.renderMarkdown("tasklist/department-report-summary", model), link);
	}

	/**
	 * The summary as it fits in a string variable ({@link ProcessModel#MAX_STRING_VARIABLE}): a longer one would fail
	 * the step that opens the task. Cut at the last line that fits, or inside one very long line, with a note that
	 * links to the full text in the product.
	 */
	private String fit(String summary, String link) {
		return fit(summary, link, messages);
	}

	static String fit(String summary, String link, MessageSource messages) {
		if (summary.length() <= ProcessModel.MAX_STRING_VARIABLE) {
			return summary;
		}
		String note = "\n\n"
				+ messages.getMessage("tasklist.summary.cut", new Object[] { link }, Locale.SIMPLIFIED_CHINESE);
		int room = ProcessModel.MAX_STRING_VARIABLE - note.length();
		int cut = summary.lastIndexOf('\n', room);
		if (cut < room / 2) {
			// never between the two halves of a character outside the BMP
			cut = Character.isLowSurrogate(summary.charAt(room)) ? room - 1 : room;
		}
		return summary.substring(0, cut).stripTrailing() + note;
	}

	private Map<String, String> names(List<Area> areas) {
		Map<String, String> names = new HashMap<>();
		areas.forEach(area -> names.put(area.getCode(), area.getName()));
		return names;
	}

}
