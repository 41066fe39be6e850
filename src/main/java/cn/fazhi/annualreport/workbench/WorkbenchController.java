package cn.fazhi.annualreport.workbench;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.security.CurrentUser;

/** {@code GET /api/tasks}: the caller's open work, nearest due first; {@code ?done=true} what the caller finished. */
@RestController
@RequestMapping("/api/tasks")
class WorkbenchController {

	private final WorkList work;

	WorkbenchController(WorkList work) {
		this.work = work;
	}

	@GetMapping
	List<WorkItem> tasks(@RequestParam(defaultValue = "false") boolean done, CurrentUser user) {
		return done ? work.done(user) : work.open(user);
	}

}
