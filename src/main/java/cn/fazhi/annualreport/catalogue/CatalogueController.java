package cn.fazhi.annualreport.catalogue;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.system.SingleLine;

@RestController
class CatalogueController {

	private final Catalogue catalogue;

	CatalogueController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/api/areas")
	List<AreaView> areas() {
		return catalogue.areas().stream().map(a -> new AreaView(a.getCode(), a.getName(), a.getHeading())).toList();
	}

	@GetMapping("/api/departments")
	List<DepartmentView> departments() {
		return catalogue.departments().stream().map(DepartmentView::of).toList();
	}

	/** What reports must address (应报尽报), parents before their children (DESIGN §10). */
	@GetMapping("/api/report-items")
	List<ReportItemView> reportItems() {
		return catalogue.reportItems().stream().map(ReportItemView::of).toList();
	}

	/** Replaces the catalogue with the installation's own (administrators), e.g. a city's 年度报告事项指引. */
	@PutMapping("/api/report-items")
	List<ReportItemView> replaceReportItems(@Valid @RequestBody ReportItemsRequest request, CurrentUser user) {
		user.require(Roles.ADMINISTRATORS);
		java.util.Map<String, Integer> order = new java.util.HashMap<>();
		return catalogue.replaceReportItems(request.items().stream()
			.map(item -> new ReportItem(item.code(), item.name().strip(), item.level(), item.parent(),
					order.merge(String.valueOf(item.parent()), 1, Integer::sum),
					item.requiredFor() == null ? List.of() : item.requiredFor()))
			.toList()).stream().map(ReportItemView::of).toList();
	}

	@GetMapping("/api/metrics")
	List<MetricView> metrics() {
		return catalogue.metrics().stream().map(m -> new MetricView(m.getCode(), m.getName(), m.getUnit())).toList();
	}

	/**
	 * Registers or renames a department (report editors and administrators). Its liaison and head groups are created
	 * where the product keeps its own users; with Keycloak they are managed in the realm.
	 */
	@PutMapping("/api/departments/{code}")
	DepartmentView register(@PathVariable @Pattern(regexp = Department.CODE_PATTERN) String code,
			@Valid @RequestBody DepartmentRequest request, CurrentUser user) {
		user.require(Roles.REPORT_ADMINS, Roles.ADMINISTRATORS);
		return DepartmentView.of(catalogue.register(code, request.name().strip(), request.order()));
	}

	/** A whole catalogue of report items, parents before or after their children. */
	record ReportItemsRequest(@NotNull @Size(min = 1, max = 2000) List<@Valid @NotNull ReportItemView> items) {
	}

	/** An item of the catalogue of what reports must address; {@code requiredFor} the kinds that must. */
	record ReportItemView(@NotBlank @Size(max = 32) @Pattern(regexp = ReportItem.CODE_PATTERN) String code,
			@NotBlank @Size(max = 200) @SingleLine String name, @Min(1) @Max(5) int level,
			@Size(max = 32) String parent, @Size(max = 3) List<@NotNull OrganizationKind> requiredFor) {

		static ReportItemView of(ReportItem item) {
			return new ReportItemView(item.getCode(), item.getName(), item.getLevel(), item.getParentCode(),
					item.getRequiredFor());
		}

	}

	/** The tree of organizations, each after its parent (DESIGN §10). */
	@GetMapping("/api/organizations")
	List<OrganizationView> organizations() {
		return catalogue.organizations().stream().map(OrganizationView::of).toList();
	}

	/** Adds or changes an organization of the tree (administrators). */
	@PutMapping("/api/organizations/{code}")
	OrganizationView registerOrganization(@PathVariable @Pattern(regexp = Department.CODE_PATTERN) String code,
			@Valid @RequestBody OrganizationRequest request, CurrentUser user) {
		user.require(Roles.ADMINISTRATORS);
		return OrganizationView.of(catalogue.registerOrganization(code, request.name().strip(), request.kind(),
				blankToNull(request.parent()), blankToNull(request.superior()),
				request.order() == null ? 0 : request.order()));
	}

	private static String blankToNull(String code) {
		return code == null || code.isBlank() ? null : code.strip();
	}

	record OrganizationView(String code, String name, OrganizationKind kind, String parent, String superior,
			int order) {

		static OrganizationView of(Department organization) {
			return new OrganizationView(organization.getCode(), organization.getName(), organization.getKind(),
					organization.getParentCode(), organization.getSuperiorCode(), organization.getOrder());
		}

	}

	record OrganizationRequest(@NotBlank @Size(max = 100) @SingleLine String name, @NotNull OrganizationKind kind,
			@Size(max = 16) String parent, @Size(max = 16) String superior, @Min(0) @Max(9999) Integer order) {
	}

	record AreaView(String code, String name, String heading) {
	}

	record DepartmentView(String code, String name, int order) {

		static DepartmentView of(Department department) {
			return new DepartmentView(department.getCode(), department.getName(), department.getOrder());
		}

	}

	record MetricView(String code, String name, String unit) {
	}

	record DepartmentRequest(@NotBlank @Size(max = 100) @SingleLine String name, @Min(0) @Max(9999) int order) {
	}

}
