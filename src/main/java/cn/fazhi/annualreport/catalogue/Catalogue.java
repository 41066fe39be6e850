package cn.fazhi.annualreport.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reference data other modules read: departments, topics and figures, each in its display order. */
@Service
@Transactional(readOnly = true)
public class Catalogue {

	private final DepartmentRepository departments;

	private final AreaRepository areas;

	private final MetricRepository metrics;

	private final ApplicationEventPublisher events;

	Catalogue(DepartmentRepository departments, AreaRepository areas, MetricRepository metrics,
			ApplicationEventPublisher events) {
		this.departments = departments;
		this.areas = areas;
		this.metrics = metrics;
		this.events = events;
	}

	public List<Department> departments() {
		return departments.findAllByOrderByOrderAscCodeAsc();
	}

	public Optional<Department> department(String code) {
		return departments.findById(code);
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

	public List<Metric> metrics() {
		return metrics.findAllByOrderByOrderAsc();
	}

	public Optional<Metric> metric(String code) {
		return metrics.findById(code);
	}

	/** Adds the department, or renames it if the code exists. */
	@Transactional
	public Department register(String code, String name, int order) {
		Department department = departments.findById(code).orElse(null);
		if (department == null) {
			department = departments.save(new Department(code, name, order));
		}
		else {
			department.rename(name, order);
		}
		events.publishEvent(new DepartmentRegistered(code, name));
		return department;
	}

}
