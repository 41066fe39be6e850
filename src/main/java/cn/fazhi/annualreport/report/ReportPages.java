package cn.fazhi.annualreport.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cn.fazhi.annualreport.outline.ChineseNumbers;
import cn.fazhi.annualreport.outline.PartType;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.system.DomainProblem;
import cn.fazhi.annualreport.system.ProblemWriter;
import cn.fazhi.annualreport.section.SectionService;

/**
 * The compiled report as it will read, numbered the official way, and the editors' form for revising it while it
 * is being edited. Clearing an item's heading and text removes it.
 */
@Controller
class ReportPages {

	private final ReportService reports;

	private final ReportTrail trail;

	private final ProblemWriter problems;

	private final SectionService sections;

	ReportPages(ReportService reports, ReportTrail trail, ProblemWriter problems, SectionService sections) {
		this.sections = sections;
		this.reports = reports;
		this.trail = trail;
		this.problems = problems;
	}

	@GetMapping("/campaigns/{campaignId}/report")
	String show(@PathVariable long campaignId, CurrentUser user, Model model) {
		ReportView report = reports.read(campaignId, user);
		return page(report, ReportForm.of(report), null, user, model);
	}

	/**
	 * Two revisions of the report side by side, as sections are shown to the head and the reviewer: the link in the
	 * leader's signing form and in the report's history; the revisions can be chosen on the page.
	 */
	@GetMapping("/campaigns/{campaignId}/report/changes")
	String changes(@PathVariable long campaignId, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, CurrentUser user, Model model) {
		model.addAttribute("comparison", reports.changes(campaignId, from, to, user));
		model.addAttribute("versions", trail.versions(campaignId, user));
		model.addAttribute("zone", BusinessTime.ZONE);
		model.addAttribute("subject", "汇总报告");
		model.addAttribute("back", "/campaigns/" + campaignId + "/report");
		return "changes";
	}

	/**
	 * Saves the editors' revision. A page opened from the 统稿 task's form in Tasklist carries the task's id
	 * ({@code taskId}), and keeps it after saving, so the page still leads back to the task.
	 */
	@PostMapping("/campaigns/{campaignId}/report")
	String save(@PathVariable long campaignId, @ModelAttribute("form") ReportForm form,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) String taskId,
			CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		// only the editors write: anyone else is told so, whether or not the report exists yet
		reports.requireEditor(campaignId, user);
		ReportView current = reports.read(campaignId, user);
		try {
			ReportDocument document = form.document();
			if (current.version() != form.getVersion() || !document.equals(current.document())) {
				current = reports.save(campaignId, document, form.getVersion(), user);
				form.setVersion(current.version());
			}
			if ("complete".equals(action)) {
				reports.requestEditingComplete(campaignId, user);
				redirect.addFlashAttribute("message", "completed");
			}
			else {
				redirect.addFlashAttribute("message", "saved");
			}
			return "redirect:" + UriComponentsBuilder.fromPath("/campaigns/{c}/report")
				.queryParamIfPresent("taskId", Optional.ofNullable(taskId))
				.buildAndExpand(campaignId)
				.encode()
				.toUriString();
		}
		catch (DomainProblem problem) {
			response.setStatus(problem.getStatusCode().value());
			return page(reports.read(campaignId, user), form, problem, user, model);
		}
	}

	/**
	 * The 统稿 desk's 预览: the text the editors have in the page, saved or not, laid out as the export prints it.
	 * Saves nothing.
	 */
	@PostMapping("/campaigns/{campaignId}/report/preview")
	String preview(@PathVariable long campaignId, @ModelAttribute("form") ReportForm form, CurrentUser user,
			Model model) {
		reports.requireEditor(campaignId, user);
		reports.read(campaignId, user);
		ReportDocument document = form.document();
		model.addAttribute("title", document.title());
		model.addAttribute("paragraphs", ReportLayout.paragraphs(document));
		return "report-preview";
	}

	private String page(ReportView report, ReportForm form, DomainProblem problem, CurrentUser user, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("fieldErrors", problems.reasonsByField(problem));
		model.addAttribute("departmentLabels", departmentLabels(form));
		model.addAttribute("figuresSentence", reports.figuresSentence(report.figures()));
		model.addAttribute("emptyItem", new ItemForm());
		model.addAttribute("duplicates", reports.duplicates(report));
		model.addAttribute("coverage", sections.reportCoverage(report.campaignId(), user));
		model.addAttribute("paragraphs", ReportLayout.paragraphs(report.document()));
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("numerals", java.util.stream.IntStream.rangeClosed(1, PartType.values().length)
			.mapToObj(n -> ChineseNumbers.of(n) + "、")
			.toList());
		model.addAttribute("editable",
				reports.isEditor(report.campaignId(), user) && report.stage() == ReportStage.EDITING);
		model.addAttribute("trail", trail.of(report.campaignId(), user));
		model.addAttribute("zone", BusinessTime.ZONE);
		return "report";
	}

	/** Each department field of the form's items (sfj, or sfj,scjgj when merged) with the names it stands for. */
	private Map<String, String> departmentLabels(ReportForm form) {
		Map<String, String> labels = new HashMap<>();
		java.util.Deque<ItemForm> items = new java.util.ArrayDeque<>();
		form.getParts().forEach(part -> items.addAll(part.getItems()));
		while (!items.isEmpty()) {
			ItemForm item = items.pop();
			if (item.getDepartment() != null && !item.getDepartment().isBlank()) {
				labels.computeIfAbsent(item.getDepartment(), reports::departmentNames);
			}
			items.addAll(item.getItems());
		}
		return labels;
	}

	/** The report's text fields as the page binds them. */
	public static class ReportForm {

		private String title;

		private String opening;

		private long version;

		private List<PartForm> parts = new ArrayList<>();

		static ReportForm of(ReportView report) {
			ReportForm form = new ReportForm();
			form.title = report.title();
			form.opening = report.opening();
			form.version = report.version();
			report.parts().forEach(part -> form.parts.add(PartForm.of(part)));
			return form;
		}

		ReportDocument document() {
			return new ReportDocument(title, opening, parts.stream().map(PartForm::part).toList());
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getOpening() {
			return opening;
		}

		public void setOpening(String opening) {
			this.opening = opening;
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public List<PartForm> getParts() {
			return parts;
		}

		public void setParts(List<PartForm> parts) {
			this.parts = parts;
		}

	}

	public static class PartForm {

		private PartType part;

		private String heading;

		private String text;

		private List<ItemForm> items = new ArrayList<>();

		static PartForm of(ReportDocument.Part part) {
			PartForm form = new PartForm();
			form.part = part.part();
			form.heading = part.heading();
			form.text = part.text();
			part.items().forEach(item -> form.items.add(ItemForm.of(item)));
			return form;
		}

		ReportDocument.Part part() {
			return new ReportDocument.Part(part, heading, text, ItemForm.items(items));
		}

		public PartType getPart() {
			return part;
		}

		public void setPart(PartType part) {
			this.part = part;
		}

		public String getHeading() {
			return heading;
		}

		public void setHeading(String heading) {
			this.heading = heading;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public List<ItemForm> getItems() {
			return items;
		}

		public void setItems(List<ItemForm> items) {
			this.items = items;
		}

	}

	public static class ItemForm {

		private String heading;

		private String text;

		private String area;

		private String department;

		private List<ItemForm> items = new ArrayList<>();

		static ItemForm of(ReportDocument.Item item) {
			ItemForm form = new ItemForm();
			form.heading = item.heading();
			form.text = item.text();
			form.area = item.area();
			form.department = item.department();
			item.items().forEach(child -> form.items.add(of(child)));
			return form;
		}

		/** The items the editor kept: an item with no heading, text or children left is removed. */
		static List<ReportDocument.Item> items(List<ItemForm> forms) {
			return forms.stream()
				.map(form -> new ReportDocument.Item(form.heading, form.text, form.area, form.department,
						items(form.items)))
				.filter(item -> !item.heading().isEmpty() || !item.text().isEmpty() || !item.items().isEmpty())
				.toList();
		}

		public String getHeading() {
			return heading;
		}

		public void setHeading(String heading) {
			this.heading = heading;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public String getArea() {
			return area;
		}

		public void setArea(String area) {
			this.area = area;
		}

		public String getDepartment() {
			return department;
		}

		public void setDepartment(String department) {
			this.department = department;
		}

		public List<ItemForm> getItems() {
			return items;
		}

		public void setItems(List<ItemForm> items) {
			this.items = items;
		}

	}

}
