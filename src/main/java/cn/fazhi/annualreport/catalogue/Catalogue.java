package cn.fazhi.annualreport.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.system.FieldProblem;
import cn.fazhi.annualreport.system.InvalidInputException;
import cn.fazhi.annualreport.system.StageConflictException;

/** The reference data other modules read: departments, topics and figures, each in its display order. */
@Service
@Transactional(readOnly = true)
public class Catalogue {

	private final DepartmentRepository departments;

	private final AreaRepository areas;

	private final MetricRepository metrics;

	private final ApplicationEventPublisher events;

	private final ReportItemRepository reportItems;

	Catalogue(DepartmentRepository departments, AreaRepository areas, MetricRepository metrics,
			ReportItemRepository reportItems, ApplicationEventPublisher events) {
		this.reportItems = reportItems;
		this.departments = departments;
		this.areas = areas;
		this.metrics = metrics;
		this.events = events;
	}

	/** The code of the root of the tree: the default government, whose departments are those of §7. */
	public static final String ROOT = Roles.DEFAULT_GOVERNMENT;

	/** The default government's departments (DESIGN §7). */
	public List<Department> departments() {
		return departments.findAllByKindAndParentCodeOrderByOrderAscCodeAsc(OrganizationKind.DEPARTMENT, ROOT);
	}

	/** Every organization of the tree, each after its parent, siblings in their order (DESIGN §10). */
	public List<Department> organizations() {
		List<Department> all = departments.findAllByOrderByOrderAscCodeAsc();
		java.util.Map<String, List<Department>> children = new java.util.HashMap<>();
		all.forEach(o -> children.computeIfAbsent(o.getParentCode() == null ? "" : o.getParentCode(),
				parent -> new java.util.ArrayList<>()).add(o));
		List<Department> ordered = new java.util.ArrayList<>();
		addWithChildren(children, "", ordered);
		return ordered;
	}

	/** A government's own departments first, then its streets, then the governments below it. */
	private static final Comparator<Department> SIBLINGS = Comparator
		.comparingInt((Department o) -> switch (o.getKind()) {
			case DEPARTMENT -> 0;
			case STREET -> 1;
			case GOVERNMENT -> 2;
		})
		.thenComparingInt(Department::getOrder)
		.thenComparing(Department::getCode);

	private static void addWithChildren(java.util.Map<String, List<Department>> children, String parent,
			List<Department> ordered) {
		for (Department child : children.getOrDefault(parent, List.of()).stream().sorted(SIBLINGS).toList()) {
			ordered.add(child);
			addWithChildren(children, child.getCode(), ordered);
		}
	}

	/** The organization and everything under it, each after its parent; empty for an unknown code. */
	public List<Department> subtree(String code) {
		java.util.Set<String> inside = new java.util.HashSet<>(List.of(code));
		List<Department> found = new java.util.ArrayList<>();
		for (Department organization : organizations()) {
			if (inside.contains(organization.getCode())
					|| organization.getParentCode() != null && inside.contains(organization.getParentCode())) {
				inside.add(organization.getCode());
				found.add(organization);
			}
		}
		return found;
	}

	/** Every government of the tree, each after the one above it. */
	public List<Department> governments() {
		return organizations().stream().filter(o -> o.getKind() == OrganizationKind.GOVERNMENT).toList();
	}

	/** A government's own departments, then its streets: those that write sections of its report. */
	public List<Department> writingUnitsOf(String government) {
		return departments.findAllByParentCode(government)
			.stream()
			.filter(Department::writes)
			.sorted(SIBLINGS)
			.toList();
	}

	/** Every department and street of the tree: each has a liaison and a head. */
	public List<Department> writingUnits() {
		return organizations().stream().filter(Department::writes).toList();
	}

	public Optional<Department> department(String code) {
		return departments.findById(code);
	}

	/** The government of the tree that bears this name, if there is one. */
	public Optional<Department> governmentNamed(String name) {
		return departments.findAllByKindAndName(OrganizationKind.GOVERNMENT, name).stream().findFirst();
	}

	public List<Area> areas() {
		return areas.findAllByOrderByOrderAsc();
	}

	public Optional<Area> area(String code) {
		return areas.findById(code);
	}

	/** The topic an item most likely belongs to, by the catalogue's keywords; none if no keyword occurs. */
	public static Optional<Area> likelyArea(List<Area> areas, String heading, String text) {
		String title = heading == null ? "" : heading;
		String body = text == null ? "" : text;
		record Scored(Area area, int relevance) {
		}
		return areas.stream()
			.map(area -> new Scored(area, area.relevance(title, body)))
			.filter(scored -> scored.relevance() > 0)
			.max(Comparator.comparingInt(Scored::relevance)
				.thenComparing(scored -> scored.area().getOrder(), Comparator.reverseOrder()))
			.map(Scored::area);
	}

	/** The catalogue of what reports must address, parents before their children. */
	public List<ReportItem> reportItems() {
		return reportItems.findAllByOrderByLevelAscOrderAscCodeAsc();
	}

	/**
	 * Replaces the catalogue of report items (administrators import their installation's own): codes unique, a
	 * first-level item without a parent, every other under an item one level up. 400 naming the item otherwise.
	 */
	@Transactional
	public List<ReportItem> replaceReportItems(List<ReportItem> items) {
		List<FieldProblem> problems = new java.util.ArrayList<>();
		java.util.Map<String, ReportItem> byCode = new java.util.HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			ReportItem item = items.get(i);
			if (byCode.putIfAbsent(item.getCode(), item) != null) {
				problems.add(new FieldProblem("[" + i + "].code", "problem.report-item.duplicate", item.getCode()));
			}
		}
		for (int i = 0; i < items.size(); i++) {
			ReportItem item = items.get(i);
			ReportItem parent = item.getParentCode() == null ? null : byCode.get(item.getParentCode());
			boolean placed = item.getLevel() == 1 ? item.getParentCode() == null
					: parent != null && parent.getLevel() == item.getLevel() - 1;
			if (!placed) {
				problems.add(new FieldProblem("[" + i + "].parent", "problem.report-item.parent", item.getName()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		reportItems.detachAll();
		reportItems.deleteAll();
		reportItems.flush();
		List<ReportItem> byLevel = items.stream()
			.sorted(Comparator.comparingInt(ReportItem::getLevel))
			.toList();
		reportItems.saveAll(byLevel);
		reportItems.flush();
		return reportItems();
	}

	public List<Metric> metrics() {
		return metrics.findAllByOrderByOrderAsc();
	}

	public Optional<Metric> metric(String code) {
		return metrics.findById(code);
	}

	/** Adds the department to the default government, or renames it if it is one of its departments already. */
	@Transactional
	public Department register(String code, String name, int order) {
		Department department = departments.findById(code).orElse(null);
		if (department == null) {
			department = departments.save(new Department(code, name, order));
		}
		else if (department.getKind() != OrganizationKind.DEPARTMENT || !ROOT.equals(department.getParentCode())) {
			throw new StageConflictException("problem.organization.taken", code, department.getName());
		}
		else {
			department.rename(name, order);
		}
		events.publishEvent(new DepartmentRegistered(code, name));
		return department;
	}

	/**
	 * Adds an organization to the tree or changes it (administrators): a government under a government (the root has
	 * none), a department or street under a government, a department's superior a department of the government one
	 * level up. 400 naming the field otherwise; the tree never gets a cycle.
	 */
	@Transactional
	public Department registerOrganization(String code, String name, OrganizationKind kind, String parent,
			String superior, int order) {
		Department existing = departments.findById(code).orElse(null);
		List<FieldProblem> problems = new java.util.ArrayList<>();
		boolean root = ROOT.equals(code);
		Department parentOrganization = parent == null ? null : departments.findById(parent).orElse(null);
		if (root && (parent != null || kind != OrganizationKind.GOVERNMENT)) {
			problems.add(new FieldProblem("parent", "problem.organization.root"));
		}
		else if (!root && parentOrganization == null) {
			problems.add(new FieldProblem("parent", "problem.organization.parent-unknown", String.valueOf(parent)));
		}
		else if (!root && parentOrganization.getKind() != OrganizationKind.GOVERNMENT) {
			problems.add(new FieldProblem("parent", "problem.organization.parent-not-government", parentOrganization.getName()));
		}
		else if (!root && (code.equals(parent) || descends(parent, code))) {
			problems.add(new FieldProblem("parent", "problem.organization.cycle", parentOrganization.getName()));
		}
		if (existing != null && existing.getKind() != kind && !departments.findAllByParentCode(code).isEmpty()) {
			problems.add(new FieldProblem("kind", "problem.organization.has-children", existing.getName()));
		}
		if (superior != null) {
			Department counterpart = departments.findById(superior).orElse(null);
			String grandParent = parentOrganization == null ? null : parentOrganization.getParentCode();
			if (kind != OrganizationKind.DEPARTMENT || counterpart == null
					|| counterpart.getKind() != OrganizationKind.DEPARTMENT
					|| !java.util.Objects.equals(counterpart.getParentCode(), grandParent)) {
				problems.add(new FieldProblem("superior", "problem.organization.superior",
						counterpart == null ? superior : counterpart.getName()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Department organization = existing;
		if (organization == null) {
			organization = departments.save(new Department(code, name, order, kind, parent, superior));
		}
		else {
			organization.rename(name, order);
			organization.place(kind, parent, superior);
		}
		if (organization.writes()) {
			events.publishEvent(new DepartmentRegistered(code, name));
		}
		else {
			events.publishEvent(new GovernmentRegistered(code, name));
		}
		return organization;
	}

	/** Whether {@code code} lies under {@code ancestor} in the tree. */
	private boolean descends(String code, String ancestor) {
		String at = code;
		for (int depth = 0; at != null && depth < 64; depth++) {
			if (at.equals(ancestor)) {
				return true;
			}
			at = departments.findById(at).map(Department::getParentCode).orElse(null);
		}
		return false;
	}

}
