package cn.fazhi.annualreport.section;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.ReportItem;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.ForbiddenException;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.system.DomainProblem;
import cn.fazhi.annualreport.system.ProblemWriter;
import cn.fazhi.annualreport.system.FieldProblem;
import cn.fazhi.annualreport.system.InvalidInputException;
import cn.fazhi.annualreport.system.StageConflictException;

/**
 * The section editor: the liaison's page for writing the department's section over days, saved on the server as
 * revisions. It is also the external form of the {@code draftSection} and {@code reviseSection} tasks: Tasklist
 * opens it with {@code taskId} and {@code callbackUrl}, and submitting returns there; saving a draft keeps both, so
 * the page still leads back to the task. Others who may read the section see it read-only.
 */
@Controller
class SectionPages {

	private static final String TASKLIST = "/camunda/app/tasklist/";

	private final SectionService sections;

	private final SectionTrail trail;

	private final SectionAttachments attachments;

	private final SectionAnnotations annotations;

	private final ObjectMapper json;

	private final ProblemWriter problemWriter;

	private final SectionExtensions extensions;

	private final Catalogue catalogue;

	private final SectionImport sectionImport;

	private final SectionWorkingCopies workingCopies;

	SectionPages(SectionService sections, SectionTrail trail, SectionAttachments attachments,
			SectionAnnotations annotations, ObjectMapper json, ProblemWriter problemWriter,
			SectionExtensions extensions, Catalogue catalogue, SectionImport sectionImport,
			SectionWorkingCopies workingCopies) {
		this.workingCopies = workingCopies;
		this.sections = sections;
		this.trail = trail;
		this.attachments = attachments;
		this.annotations = annotations;
		this.json = json;
		this.problemWriter = problemWriter;
		this.extensions = extensions;
		this.catalogue = catalogue;
		this.sectionImport = sectionImport;
	}

	@GetMapping("/campaigns/{campaignId}/sections/{department}")
	String show(@PathVariable long campaignId, @PathVariable String department,
			@RequestParam(required = false) String callbackUrl, CurrentUser user, Model model) {
		SectionKey key = new SectionKey(campaignId, department);
		SectionView section = sections.read(key, user);
		// what the liaison typed and the editor kept by itself comes back, whatever ended the last visit
		java.util.Optional<SectionWorkingCopies.Draft> restored = workingCopies.find(key, user);
		SectionForm form = restored.map(draft -> SectionForm.of(draft.content(), draft.basedOn()))
			.orElseGet(() -> SectionForm.of(section));
		form.setCallbackUrl(callbackUrl);
		model.addAttribute("restored", restored.orElse(null));
		return page(key, section, form, null, user, model);
	}

	/** 放弃自动保存的内容: the page shows the latest revision again. */
	@PostMapping("/campaigns/{campaignId}/sections/{department}/working-copy/discard")
	String discardWorkingCopy(@PathVariable long campaignId, @PathVariable String department, CurrentUser user,
			RedirectAttributes redirect) {
		workingCopies.discard(new SectionKey(campaignId, department), user);
		redirect.addFlashAttribute("message", "working-copy-discarded");
		return "redirect:/campaigns/" + campaignId + "/sections/" + department;
	}

	@PostMapping("/campaigns/{campaignId}/sections/{department}")
	String save(@PathVariable long campaignId, @PathVariable String department,
			@ModelAttribute("form") SectionForm form, @RequestParam(defaultValue = "save") String action,
			@RequestParam(required = false) String taskId, CurrentUser user, Model model,
			HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		SectionKey key = new SectionKey(campaignId, department);
		SectionView current = sections.read(key, user);
		try {
			SectionContent content = form.content();
			if (current.version() != form.getVersion() || !content.equals(current.content())) {
				current = sections.saveDraft(key, content, form.getVersion(), user);
				form.setVersion(current.version());
			}
			if ("submit".equals(action)) {
				sections.requestSubmission(key, user);
				String back = tasklistCallback(form.getCallbackUrl(), request);
				if (back != null) {
					return "redirect:" + back;
				}
				redirect.addFlashAttribute("message", "submitted");
			}
			else {
				redirect.addFlashAttribute("message", "saved");
			}
			return "redirect:" + UriComponentsBuilder.fromPath("/campaigns/{c}/sections/{d}")
				.queryParamIfPresent("taskId", java.util.Optional.ofNullable(taskId))
				.queryParamIfPresent("callbackUrl", java.util.Optional.ofNullable(form.getCallbackUrl()))
				.buildAndExpand(campaignId, department)
				.encode()
				.toUriString();
		}
		catch (DomainProblem problem) {
			// Keep everything the liaison typed on the page; only the refusal is new.
			refuse(problem, response);
			return page(key, sections.read(key, user), form, problem, user, model);
		}
	}

	/**
	 * 从文件导入: fills the editor from the department's own Word or text file. Nothing is saved: the liaison checks
	 * the items and their guessed topics, then saves the draft as usual.
	 */
	@PostMapping(path = "/campaigns/{campaignId}/sections/{department}/import", consumes = "multipart/form-data")
	String importFile(@PathVariable long campaignId, @PathVariable String department,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String callbackUrl,
			CurrentUser user, Model model, HttpServletResponse response) throws IOException {
		SectionKey key = new SectionKey(campaignId, department);
		SectionView section = sections.requireWriter(key, user);
		SectionForm form = SectionForm.of(section);
		form.setCallbackUrl(callbackUrl);
		try {
			SectionForm imported = SectionForm.of(sectionImport.read(file, section.metrics()), section.version());
			imported.setCallbackUrl(callbackUrl);
			model.addAttribute("imported", file.getOriginalFilename());
			model.addAttribute("importedItems", imported.getAchievements().size());
			return page(key, section, imported, null, user, model);
		}
		catch (DomainProblem problem) {
			response.setStatus(problem.getStatusCode().value());
			return page(key, section, form, problem, user, model);
		}
	}

	/**
	 * Two revisions side by side, for the head and the reviewer (the link in their Tasklist forms) and from the
	 * section's history; the revisions can be chosen on the page.
	 */
	@GetMapping("/campaigns/{campaignId}/sections/{department}/changes")
	String changes(@PathVariable long campaignId, @PathVariable String department,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, CurrentUser user,
			Model model) {
		SectionKey key = new SectionKey(campaignId, department);
		model.addAttribute("comparison", sections.changes(key, from, to, user));
		model.addAttribute("versions", sections.versions(key, user));
		model.addAttribute("subject", sections.departmentName(department) + "报告");
		model.addAttribute("back", "/campaigns/" + campaignId + "/sections/" + department);
		model.addAttribute("zone", BusinessTime.ZONE);
		return "changes";
	}

	/** 申请延期 from the editor: the request goes to the report editors; the page shows it as pending. */
	/** 上传佐证材料 from the section page; a refusal shows on the page with what was typed still unsaved there. */
	@PostMapping(path = "/campaigns/{campaignId}/sections/{department}/attachments", consumes = "multipart/form-data")
	String uploadAttachment(@PathVariable long campaignId, @PathVariable String department,
			@RequestParam(required = false) MultipartFile file, CurrentUser user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		SectionKey key = new SectionKey(campaignId, department);
		try {
			SectionAttachments.Attachment saved = attachments.upload(key,
					file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(), user);
			redirect.addFlashAttribute("message", "attachment-uploaded");
			redirect.addFlashAttribute("attachmentName", saved.name());
			return "redirect:/campaigns/" + campaignId + "/sections/" + department + "#attachments";
		}
		catch (DomainProblem problem) {
			refuse(problem, response);
			SectionView section = sections.read(key, user);
			return page(key, section, SectionForm.of(section), problem, user, model);
		}
	}

	@PostMapping("/campaigns/{campaignId}/sections/{department}/attachments/{id}/delete")
	String deleteAttachment(@PathVariable long campaignId, @PathVariable String department, @PathVariable long id,
			CurrentUser user, RedirectAttributes redirect) {
		SectionKey key = new SectionKey(campaignId, department);
		SectionAttachments.Attachment deleted = attachments.delete(key, id, user);
		redirect.addFlashAttribute("message", "attachment-deleted");
		redirect.addFlashAttribute("attachmentName", deleted.name());
		return "redirect:/campaigns/" + campaignId + "/sections/" + department + "#attachments";
	}

	/** 撤回 from the editor: the section comes back to the liaison, the page says so and what comes next. */
	@PostMapping("/campaigns/{campaignId}/sections/{department}/withdraw")
	String withdraw(@PathVariable long campaignId, @PathVariable String department, CurrentUser user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		SectionKey key = new SectionKey(campaignId, department);
		try {
			sections.withdraw(key, user);
			redirect.addFlashAttribute("message", "withdrawn");
			return "redirect:/campaigns/" + campaignId + "/sections/" + department;
		}
		catch (DomainProblem problem) {
			refuse(problem, response);
			SectionView section = sections.read(key, user);
			return page(key, section, SectionForm.of(section), problem, user, model);
		}
	}

	@PostMapping("/campaigns/{campaignId}/sections/{department}/extension")
	String requestExtension(@PathVariable long campaignId, @PathVariable String department,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate until,
			@RequestParam(required = false) String reason, CurrentUser user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		SectionKey key = new SectionKey(campaignId, department);
		try {
			extensions.request(key, until, reason, user);
			redirect.addFlashAttribute("message", "extension-requested");
			return "redirect:/campaigns/" + campaignId + "/sections/" + department;
		}
		catch (DomainProblem problem) {
			refuse(problem, response);
			SectionView section = sections.read(key, user);
			return page(key, section, SectionForm.of(section), problem, user, model);
		}
	}

	private String page(SectionKey key, SectionView section, SectionForm form, DomainProblem problem,
			CurrentUser user, Model model) {
		model.addAttribute("section", section);
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("fieldErrors", problemWriter.reasonsByField(problem));
		model.addAttribute("editable", user.isLiaisonOf(key.department()) && section.stage().isEditable());
		model.addAttribute("withdrawable",
				user.isLiaisonOf(key.department()) && section.stage() == SectionStage.AWAITING_CONFIRMATION);
		model.addAttribute("trail", trail.of(key, user));
		model.addAttribute("attachments", attachments.list(key, user));
		List<SectionAnnotations.Annotation> notes = annotations.list(key, user);
		model.addAttribute("annotations", notes);
		model.addAttribute("openAnnotations", notes.stream().filter(note -> !note.resolved()).count());
		// the page's script (annotations.js) shows them, as the API gives them
		model.addAttribute("annotationsJson", toJson(notes));
		model.addAttribute("annotating", annotations.mayAnnotate(section, user));
		model.addAttribute("extensionPending", extensions.pending(key).isPresent());
		model.addAttribute("areas", catalogue.areas());
		model.addAttribute("metrics", catalogue.metrics());
		model.addAttribute("partLengths", PartLengths.byField());
		// 应报尽报: the items to tag achievements with, under their first-level headings, and what is still missing
		SectionRules.Coverage coverage = sections.coverage(section);
		model.addAttribute("coverage", coverage);
		model.addAttribute("requiredItems", java.util.stream.Stream
			.concat(coverage.covered().stream(), coverage.missing().stream())
			.map(SectionRules.Coverage.Item::code)
			.collect(java.util.stream.Collectors.toSet()));
		List<ReportItem> reportItems = catalogue.reportItems();
		model.addAttribute("reportItemGroups", reportItems.stream()
			.filter(item -> item.getLevel() == 1)
			.map(heading -> new ItemGroup(heading, reportItems.stream()
				.filter(item -> heading.getCode().equals(item.getParentCode()))
				.toList()))
			.filter(group -> !group.items().isEmpty())
			.toList());
		model.addAttribute("reportItemNames", reportItems.stream()
			.collect(java.util.stream.Collectors.toMap(ReportItem::getCode, ReportItem::getName)));
		model.addAttribute("campaignId", key.campaignId());
		model.addAttribute("zone", BusinessTime.ZONE);
		return "section";
	}

	/** A first-level report item and the items under it, as the editor offers them for tagging. */
	record ItemGroup(ReportItem heading, List<ReportItem> items) {
	}

	private String toJson(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The refusal's status and headers (e.g. {@code Retry-After}) on the page that shows it. */
	private static void refuse(DomainProblem problem, HttpServletResponse response) {
		response.setStatus(problem.getStatusCode().value());
		problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
	}

	/** Back to Tasklist after submitting, but never to another site. */
	private static String tasklistCallback(String callbackUrl, HttpServletRequest request) {
		if (callbackUrl == null || callbackUrl.isBlank()) {
			return null;
		}
		try {
			URI uri = URI.create(callbackUrl);
			boolean sameSite = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
			return sameSite && uri.getPath() != null && uri.getPath().startsWith(TASKLIST) ? callbackUrl : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The editor's fields, bound from the page's form. */
	public static class SectionForm {

		private List<ItemForm> achievements = new ArrayList<>();

		private String shortcomings;

		private String leadership;

		private String nextYearPlans;

		private String other;

		private String omissions;

		public String getOmissions() {
			return omissions;
		}

		public void setOmissions(String omissions) {
			this.omissions = omissions;
		}

		private Map<String, String> metrics = new LinkedHashMap<>();

		private long version;

		private String callbackUrl;

		static SectionForm of(SectionView section) {
			return of(section.content(), section.version());
		}

		static SectionForm of(SectionContent content, long version) {
			SectionForm form = new SectionForm();
			content.achievements()
				.forEach(item -> form.achievements
					.add(new ItemForm(item.area(), item.title(), item.text(), item.items())));
			form.shortcomings = content.shortcomings();
			form.leadership = content.leadership();
			form.nextYearPlans = content.nextYearPlans();
			form.other = content.other();
			form.omissions = content.omissions();
			content.metrics().forEach((code, value) -> form.metrics.put(code, String.valueOf(value)));
			form.version = version;
			return form;
		}

		/** The content to save; blank items are dropped, figures must be whole numbers. */
		SectionContent content() {
			List<SectionContent.AchievementItem> items = achievements.stream()
				.filter(item -> !item.isBlank())
				.map(item -> new SectionContent.AchievementItem(item.getArea(), item.getTitle(), item.getText(),
						item.getItems()))
				.toList();
			Map<String, Long> figures = new LinkedHashMap<>();
			List<FieldProblem> problems = new ArrayList<>();
			metrics.forEach((code, text) -> {
				if (text != null && !text.isBlank()) {
					try {
						figures.put(code, Long.parseLong(text.strip()));
					}
					catch (NumberFormatException ex) {
						problems.add(new FieldProblem("metrics." + code, "problem.section.figure-out-of-range",
								SectionRules.MAX_FIGURE));
					}
				}
			});
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			return new SectionContent(items, shortcomings, leadership, nextYearPlans, other, figures, omissions);
		}

		public List<ItemForm> getAchievements() {
			return achievements;
		}

		public void setAchievements(List<ItemForm> achievements) {
			this.achievements = achievements;
		}

		public String getShortcomings() {
			return shortcomings;
		}

		public void setShortcomings(String shortcomings) {
			this.shortcomings = shortcomings;
		}

		public String getLeadership() {
			return leadership;
		}

		public void setLeadership(String leadership) {
			this.leadership = leadership;
		}

		public String getNextYearPlans() {
			return nextYearPlans;
		}

		public void setNextYearPlans(String nextYearPlans) {
			this.nextYearPlans = nextYearPlans;
		}

		public String getOther() {
			return other;
		}

		public void setOther(String other) {
			this.other = other;
		}

		public Map<String, String> getMetrics() {
			return metrics;
		}

		public void setMetrics(Map<String, String> metrics) {
			this.metrics = metrics;
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public String getCallbackUrl() {
			return callbackUrl;
		}

		public void setCallbackUrl(String callbackUrl) {
			this.callbackUrl = callbackUrl;
		}

	}

	/** One achievement item row of the editor. */
	public static class ItemForm {

		private String area;

		private String title;

		private String text;

		private List<String> items = new ArrayList<>();

		public ItemForm() {
		}

		ItemForm(String area, String title, String text, List<String> items) {
			this.area = area;
			this.title = title;
			this.text = text;
			this.items = new ArrayList<>(items);
		}

		public List<String> getItems() {
			return items;
		}

		public void setItems(List<String> items) {
			this.items = items == null ? new ArrayList<>() : items;
		}

		boolean isBlank() {
			return (area == null || area.isBlank()) && (title == null || title.isBlank())
					&& (text == null || text.isBlank());
		}

		public String getArea() {
			return area;
		}

		public void setArea(String area) {
			this.area = area;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

	}

}
