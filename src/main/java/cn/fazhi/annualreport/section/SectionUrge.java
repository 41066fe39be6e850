package cn.fazhi.annualreport.section;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** 催办: an editor urged whoever had to act on a section; at most one per section and Beijing day. */
@Entity
@Immutable
@Table(name = "section_urge")
public class SectionUrge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	@Column(name = "department_code")
	private String department;

	/** The step that was urged, e.g. 确认部门报告. */
	private String stepName;

	private LocalDate urgedOn;

	private String urgedBy;

	private Instant urgedAt;

	protected SectionUrge() {
	}

	SectionUrge(SectionKey key, String stepName, LocalDate urgedOn, String urgedBy, Instant urgedAt) {
		this.campaignId = key.campaignId();
		this.department = key.department();
		this.stepName = stepName;
		this.urgedOn = urgedOn;
		this.urgedBy = urgedBy;
		this.urgedAt = urgedAt;
	}

	public String getDepartment() {
		return department;
	}

	public String getStepName() {
		return stepName;
	}

	public LocalDate getUrgedOn() {
		return urgedOn;
	}

	public String getUrgedBy() {
		return urgedBy;
	}

	public Instant getUrgedAt() {
		return urgedAt;
	}

}
