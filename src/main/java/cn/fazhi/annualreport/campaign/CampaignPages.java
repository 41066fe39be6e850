package cn.fazhi.annualreport.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.GovernmentRoles;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.system.DomainProblem;
import cn.fazhi.annualreport.workbench.WorkItem;
import cn.fazhi.annualreport.workbench.WorkList;

/** The home page (the 工作台 and every campaign) and each campaign's dashboard. */
@Controller
class CampaignPages {

	/** Finished work the 工作台 shows; the API lists more. */
	static final int DONE_SHOWN = 20;

	private final CampaignService campaigns;

	private final CampaignStatus.Assembler status;

	private final Catalogue catalogue;

	private final Clock clock;

	private final WorkList work;

	CampaignPages(CampaignService campaigns, CampaignStatus.Assembler status, Catalogue catalogue, Clock clock,
			WorkList work) {
		this.work = work;
		this.campaigns = campaigns;
		this.status = status;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** The 工作台: what waits for the user, what the user finished, and the reports the user takes part in. */
	@GetMapping("/")
	String home(CurrentUser user, @RequestParam(defaultValue = "due") String sort, Model model) {
		OpenCampaignForm form = new OpenCampaignForm();
		form.setYear(BusinessTime.today(clock).getYear());
		model.addAttribute("sort", "-due".equals(sort) ? "-due" : "due");
		return home(user, model, form);
	}

	@PostMapping("/campaigns")
	String open(@ModelAttribute("form") OpenCampaignForm form, CurrentUser user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Campaign campaign = campaigns.open(new OpenCampaign(form.getOrganization(), form.getYear(),
					form.getDepartments(), form.getSectionsDue(), null, null, null, form.getPublicationDue()), user);
			redirect.addFlashAttribute("message", "opened");
			return "redirect:/campaigns/" + campaign.getId();
		}
		catch (DomainProblem problem) {
			// the editor's entries stay in the form; only the refusal is new
			response.setStatus(problem.getStatusCode().value());
			model.addAttribute("problem", problem);
			return home(user, model, form);
		}
	}

	/** The campaign's dashboard: where each department stands, who must act, and 催办 for the editors. */
	@GetMapping("/campaigns/{id}")
	String campaign(@PathVariable long id, CurrentUser user, Model model) {
		Campaign visible = campaigns.get(id, user);
		CampaignStatus campaign = status.dashboard(visible);
		model.addAttribute("campaign", campaign);
		model.addAttribute("waiting", waitingAtEachStep(campaign));
		model.addAttribute("overdueSections", campaign.departments().stream().filter(d -> d.overdue()).count());
		model.addAttribute("canUrge", user.isMemberOf(visible.roles().reportAdmins()));
		model.addAttribute("oversees", user.oversees(visible.roles()));
		model.addAttribute("user", user);
		model.addAttribute("zone", BusinessTime.ZONE);
		return "campaign";
	}

	/** The number of sections waiting at each open step of the process, for the diagram's badges. */
	private static List<WaitingAt> waitingAtEachStep(CampaignStatus campaign) {
		Map<String, List<CampaignStatus.DepartmentStatus>> byStep = campaign.departments()
			.stream()
			.filter(d -> d.step() != null)
			.collect(Collectors.groupingBy(CampaignStatus.DepartmentStatus::step, TreeMap::new, Collectors.toList()));
		return byStep.entrySet()
			.stream()
			.map(e -> new WaitingAt(e.getKey(), e.getValue().get(0).stageLabel(), e.getValue().size()))
			.toList();
	}

	/** @param step the BPMN id of the step; {@code label} what the sections waiting there are, e.g. 待确认 */
	record WaitingAt(String step, String label, int count) {

	}

	private String home(CurrentUser user, Model model, OpenCampaignForm form) {
		List<WorkItem> open = new ArrayList<>(work.open(user));
		if ("-due".equals(model.getAttribute("sort"))) {
			java.util.Collections.reverse(open);
		}
		model.addAttribute("work", open);
		model.addAttribute("overdue", open.stream().filter(WorkItem::overdue).count());
		model.addAttribute("done", work.done(user).stream().limit(DONE_SHOWN).toList());
		model.addAttribute("zone", BusinessTime.ZONE);
		model.addAttribute("campaigns", campaigns.visibleTo(user).stream().map(status::of).toList());
		model.addAttribute("user", user);
		// an editor opens the report of the government whose editor they are, with its departments and streets
		Optional<Department> edited = catalogue.governments()
			.stream()
			.filter(government -> user.isMemberOf(GovernmentRoles.of(government.getCode()).reportAdmins()))
			.findFirst();
		model.addAttribute("canOpen", edited.isPresent());
		model.addAttribute("followsYear", edited.isPresent() || user.isMemberOf(Roles.OVERSIGHT));
		model.addAttribute("departments", edited.map(government -> catalogue.writingUnitsOf(government.getCode()))
			.orElse(List.of()));
		if (form.getOrganization() == null && edited.isPresent() && !edited.get().getCode().equals(Catalogue.ROOT)) {
			form.setOrganization(edited.get().getName());
		}
		model.addAttribute("form", form);
		return "home";
	}

	/** The editor's form for opening a campaign; blank deadlines take their defaults. */
	static class OpenCampaignForm {

		private String organization = "示范区人民政府";

		private int year;

		private List<String> departments = new ArrayList<>();

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate sectionsDue;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate publicationDue;

		public String getOrganization() {
			return organization;
		}

		public void setOrganization(String organization) {
			this.organization = organization;
		}

		public int getYear() {
			return year;
		}

		public void setYear(int year) {
			this.year = year;
		}

		public List<String> getDepartments() {
			return departments;
		}

		public void setDepartments(List<String> departments) {
			this.departments = departments;
		}

		public LocalDate getSectionsDue() {
			return sectionsDue;
		}

		public void setSectionsDue(LocalDate sectionsDue) {
			this.sectionsDue = sectionsDue;
		}

		public LocalDate getPublicationDue() {
			return publicationDue;
		}

		public void setPublicationDue(LocalDate publicationDue) {
			this.publicationDue = publicationDue;
		}

	}

}
