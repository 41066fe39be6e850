package cn.fazhi.annualreport.departmentreport;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.annualreport.report.ReportLayout;
import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.section.SectionService;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.DomainProblem;

/** The department's own report: where it stands, its text, and the button that starts it from the approved section. */
@Controller
class DepartmentReportPages {

	private static final String PATH = "/campaigns/{campaignId}/sections/{department}/department-report";

	private final DepartmentReportService departmentReports;

	private final SectionService sections;

	DepartmentReportPages(DepartmentReportService departmentReports, SectionService sections) {
		this.departmentReports = departmentReports;
		this.sections = sections;
	}

	@GetMapping(PATH)
	String show(@PathVariable long campaignId, @PathVariable String department, CurrentUser user, Model model) {
		return page(new SectionKey(campaignId, department), null, user, model);
	}

	@PostMapping(PATH)
	String start(@PathVariable long campaignId, @PathVariable String department, CurrentUser user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		SectionKey key = new SectionKey(campaignId, department);
		try {
			departmentReports.start(key, user);
			redirect.addFlashAttribute("message", "started");
			return "redirect:/campaigns/" + campaignId + "/sections/" + department + "/department-report";
		}
		catch (DomainProblem problem) {
			response.setStatus(problem.getStatusCode().value());
			return page(key, problem, user, model);
		}
	}

	/** Until the department starts its report the page shows none and, to the department, offers to start it. */
	private String page(SectionKey key, DomainProblem problem, CurrentUser user, Model model) {
		DepartmentReportView report = departmentReports.find(key, user).orElse(null);
		model.addAttribute("campaignId", key.campaignId());
		model.addAttribute("department", key.department());
		model.addAttribute("departmentName", sections.departmentName(key.department()));
		model.addAttribute("report", report);
		model.addAttribute("paragraphs", report == null ? null : ReportLayout.paragraphs(report.document()));
		model.addAttribute("canStart", user.worksFor(key.department())
				&& (report == null || report.stage().allowsANewVersion()));
		model.addAttribute("problem", problem);
		return "department-report";
	}

}
