package cn.fazhi.annualreport.oversight;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.BusinessTime;

/** The annual exercise and 收文 as JSON (DESIGN §10). */
@RestController
class OversightController {

	private final AnnualExercise exercise;

	private final YearOverview overview;

	private final ReceivedReports received;

	private final Oversight oversight;

	private final OrganizationUrges urges;

	private final Clock clock;

	OversightController(AnnualExercise exercise, YearOverview overview, ReceivedReports received, Oversight oversight,
			OrganizationUrges urges, Clock clock) {
		this.oversight = oversight;
		this.urges = urges;
		this.exercise = exercise;
		this.overview = overview;
		this.received = received;
		this.clock = clock;
	}

	/** The 依法治市办 opens the year for a subtree (the whole tree by default). */
	@PostMapping("/api/years")
	ResponseEntity<AnnualExercise.OpenedYear> open(@Valid @RequestBody OpenYearRequest request, CurrentUser user) {
		AnnualExercise.OpenedYear opened = exercise.open(request.year(), request.root(), request.sectionsDue(),
				request.publicationDue(), user);
		return ResponseEntity
			.created(URI.create("/api/years/" + opened.year() + "?root=" + opened.root()))
			.body(opened);
	}

	@GetMapping("/api/years/{year}")
	YearOverview.Overview year(@PathVariable int year,
			@RequestParam(required = false) @Pattern(regexp = Department.CODE_PATTERN) String root, CurrentUser user) {
		return overview.of(year, root == null ? oversight.defaultRoot(user) : root, user);
	}

	/** 催办 (or with {@code escalate}, 督办) an organization whose duty of the year is not done. */
	@PostMapping("/api/years/{year}/organizations/{code}/urge")
	OrganizationUrges.Urged urge(@PathVariable int year,
			@PathVariable @Pattern(regexp = Department.CODE_PATTERN) String code,
			@RequestBody(required = false) UrgeRequest request, CurrentUser user) {
		return urges.urge(year, code, request != null && Boolean.TRUE.equals(request.escalate()), user);
	}

	/** The signed reports that reached the organization from below for the report year (last year by default). */
	@GetMapping("/api/organizations/{code}/received")
	List<ReceivedReports.Received> received(@PathVariable @Pattern(regexp = Department.CODE_PATTERN) String code,
			@RequestParam(required = false) Integer year, CurrentUser user) {
		return received.of(code, year == null ? BusinessTime.today(clock).getYear() - 1 : year, user);
	}

	@GetMapping("/api/organizations/{code}/received/{reference}")
	ReceivedReports.ReceivedText receivedReport(@PathVariable @Pattern(regexp = Department.CODE_PATTERN) String code,
			@PathVariable String reference, CurrentUser user) {
		return received.one(code, reference, user);
	}

	record UrgeRequest(Boolean escalate) {
	}

	record OpenYearRequest(@NotNull @Min(2000) @Max(2100) Integer year,
			@Pattern(regexp = Department.CODE_PATTERN) String root, LocalDate sectionsDue, LocalDate publicationDue) {
	}

}
