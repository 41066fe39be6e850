package cn.fazhi.annualreport.deadline;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.system.DomainProblem;

/** The administrators' page for entering a year's 法定节假日 and 调休 working days. */
@Controller
class WorkingCalendarPages {

	private final WorkingCalendar calendar;

	private final Clock clock;

	WorkingCalendarPages(WorkingCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/admin/working-calendar")
	String show(@RequestParam(required = false) Integer year, CurrentUser user, Model model) {
		user.require(Roles.ADMINISTRATORS);
		return page(year == null ? BusinessTime.today(clock).getYear() + 1 : year, null, model);
	}

	@PostMapping("/admin/working-calendar")
	String change(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "set") String action, @RequestParam(defaultValue = "false") boolean working,
			@RequestParam(required = false) String name, CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			if ("clear".equals(action)) {
				calendar.clear(date, user);
			}
			else {
				calendar.set(date, working, name, user);
			}
			return "redirect:/admin/working-calendar?year=" + date.getYear();
		}
		catch (DomainProblem problem) {
			response.setStatus(problem.getStatusCode().value());
			return page(date.getYear(), problem, model);
		}
	}

	private String page(int year, DomainProblem problem, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("known", calendar.knowsHolidaysOf(year));
		model.addAttribute("days", calendar.exceptions(year));
		model.addAttribute("problem", problem);
		return "admin/working-calendar";
	}

}
