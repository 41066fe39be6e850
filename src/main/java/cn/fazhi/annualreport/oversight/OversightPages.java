package cn.fazhi.annualreport.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.annualreport.report.ReportLayout;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.system.DomainProblem;

/**
 * The pages of the annual exercise: the dashboard of a subtree (全市年度报告工作), with a drill-down into each
 * government, and each organization's 收文 with the received report's signed text.
 */
@Controller
class OversightPages {

	private final AnnualExercise exercise;

	private final YearOverview overview;

	private final ReceivedReports received;

	private final Oversight oversight;

	private final OrganizationUrges urges;

	private final Clock clock;

	OversightPages(AnnualExercise exercise, YearOverview overview, ReceivedReports received, Oversight oversight,
			OrganizationUrges urges, Clock clock) {
		this.urges = urges;
		this.exercise = exercise;
		this.overview = overview;
		this.received = received;
		this.oversight = oversight;
		this.clock = clock;
	}

	/** The report year under way: last year's reports are written in the first months of this one. */
	private int reportYear() {
		return BusinessTime.today(clock).getYear() - 1;
	}

	@GetMapping("/years")
	String currentYear() {
		return "redirect:/years/" + reportYear();
	}

	@GetMapping("/years/{year}")
	String year(@PathVariable int year, @RequestParam(required = false) String root, CurrentUser user, Model model) {
		YearOverview.Overview shown = overview.of(year, root == null ? oversight.defaultRoot(user) : root, user);
		model.addAttribute("overview", shown);
		model.addAttribute("canOpen", user.isMemberOf(Roles.OVERSIGHT));
		model.addAttribute("parentOfRoot", shown.organizations().isEmpty() ? null
				: oversight.organization(shown.root()).getParentCode());
		return "year";
	}

	/** The 依法治市办 opens the year from the dashboard. */
	@PostMapping("/years")
	String open(@RequestParam int year, @RequestParam(required = false) String root,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sectionsDue,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publicationDue,
			CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			AnnualExercise.OpenedYear opened = exercise.open(year, root, sectionsDue, publicationDue, user);
			Map<AnnualExercise.Outcome, Long> counts = opened.campaigns()
				.stream()
				.collect(Collectors.groupingBy(AnnualExercise.GovernmentCampaign::outcome, Collectors.counting()));
			redirect.addFlashAttribute("opened", counts.getOrDefault(AnnualExercise.Outcome.OPENED, 0L));
			redirect.addFlashAttribute("existing", counts.getOrDefault(AnnualExercise.Outcome.EXISTING, 0L));
			return "redirect:/years/" + opened.year() + "?root=" + opened.root();
		}
		catch (DomainProblem problem) {
			response.setStatus(problem.getStatusCode().value());
			model.addAttribute("problem", problem);
			return year(year, root, user, model);
		}
	}

	/** 催办 or 督办 from the dashboard; back to the dashboard with what happened. */
	@PostMapping("/years/{year}/organizations/{code}/urge")
	String urge(@PathVariable int year, @PathVariable String code, @RequestParam(defaultValue = "false") boolean escalate,
			@RequestParam(required = false) String root, CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			OrganizationUrges.Urged urged = urges.urge(year, code, escalate, user);
			redirect.addFlashAttribute("urged", (escalate ? "已督办" : "已催办") + oversight.organization(code).getName()
					+ "，通知了 " + urged.recipients().size() + " 人。");
			return "redirect:/years/" + year + (root == null ? "" : "?root=" + root);
		}
		catch (DomainProblem problem) {
			response.setStatus(problem.getStatusCode().value());
			model.addAttribute("problem", problem);
			return year(year, root, user, model);
		}
	}

	@GetMapping("/organizations/{code}/received")
	String received(@PathVariable String code, @RequestParam(required = false) Integer year, CurrentUser user,
			Model model) {
		int shownYear = year == null ? reportYear() : year;
		List<ReceivedReports.Received> reports = received.of(code, shownYear, user);
		model.addAttribute("organization", oversight.organization(code));
		model.addAttribute("year", shownYear);
		model.addAttribute("reports", reports);
		model.addAttribute("zone", BusinessTime.ZONE);
		return "received";
	}

	@GetMapping("/organizations/{code}/received/{reference}")
	String receivedReport(@PathVariable String code, @PathVariable String reference, CurrentUser user, Model model) {
		ReceivedReports.ReceivedText text = received.one(code, reference, user);
		model.addAttribute("organization", oversight.organization(code));
		model.addAttribute("report", text.report());
		model.addAttribute("title", text.document().title());
		model.addAttribute("paragraphs", ReportLayout.paragraphs(text.document()));
		model.addAttribute("zone", BusinessTime.ZONE);
		return "received-report";
	}

}
