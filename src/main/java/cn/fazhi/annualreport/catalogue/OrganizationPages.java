package cn.fazhi.annualreport.catalogue;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.system.DomainProblem;
import cn.fazhi.annualreport.system.InvalidInputException;
import cn.fazhi.annualreport.system.ProblemWriter;

/** The administrators' page for the tree of organizations: governments, their departments and streets. */
@Controller
class OrganizationPages {

	private final Catalogue catalogue;

	private final ProblemWriter problems;

	OrganizationPages(Catalogue catalogue, ProblemWriter problems) {
		this.catalogue = catalogue;
		this.problems = problems;
	}

	@GetMapping("/admin/organizations")
	String show(CurrentUser user, Model model) {
		user.require(Roles.ADMINISTRATORS);
		return page(null, null, model);
	}

	@PostMapping("/admin/organizations")
	String register(@RequestParam String code, @RequestParam String name, @RequestParam OrganizationKind kind,
			@RequestParam(required = false) String parent, @RequestParam(required = false) String superior,
			@RequestParam(defaultValue = "0") int order, CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		user.require(Roles.ADMINISTRATORS);
		OrganizationForm form = new OrganizationForm(code.strip(), name.strip(), kind, blankToNull(parent),
				blankToNull(superior), order);
		try {
			if (!form.code().matches(Department.CODE_PATTERN)) {
				throw new InvalidInputException("code", "problem.organization.code");
			}
			if (form.name().isEmpty() || form.name().length() > 100) {
				throw new InvalidInputException("name", "problem.organization.name");
			}
			Department saved = catalogue.registerOrganization(form.code(), form.name(), form.kind(), form.parent(),
					form.superior(), form.order());
			redirect.addFlashAttribute("saved", saved.getName());
			return "redirect:/admin/organizations";
		}
		catch (DomainProblem problem) {
			response.setStatus(problem.getStatusCode().value());
			return page(form, problem, model);
		}
	}

	private String page(OrganizationForm form, DomainProblem problem, Model model) {
		java.util.List<Department> tree = catalogue.organizations();
		java.util.Map<String, Integer> depth = new java.util.HashMap<>();
		tree.forEach(o -> depth.put(o.getCode(), o.getParentCode() == null ? 0 : depth.getOrDefault(o.getParentCode(), 0) + 1));
		java.util.Map<String, String> names = new java.util.HashMap<>();
		tree.forEach(o -> names.put(o.getCode(), o.getName()));
		model.addAttribute("tree", tree);
		model.addAttribute("depth", depth);
		model.addAttribute("names", names);
		model.addAttribute("governments", tree.stream().filter(o -> o.getKind() == OrganizationKind.GOVERNMENT).toList());
		model.addAttribute("departments", tree.stream().filter(o -> o.getKind() == OrganizationKind.DEPARTMENT).toList());
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("fieldErrors", problems.reasonsByField(problem));
		return "admin/organizations";
	}

	private static String blankToNull(String code) {
		return code == null || code.isBlank() ? null : code.strip();
	}

	record OrganizationForm(String code, String name, OrganizationKind kind, String parent, String superior, int order) {
	}

}
