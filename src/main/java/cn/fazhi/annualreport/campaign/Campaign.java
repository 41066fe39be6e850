package cn.fazhi.annualreport.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import cn.fazhi.annualreport.security.GovernmentRoles;

/**
 * One government's report for one year: which departments write sections and by when. Opening a campaign starts
 * the {@code annual-report} process.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The government whose report this is, e.g. 示范区人民政府. */
	private String organization;

	/** Its code in the organization tree, which decides whose roles act on it (DESIGN §10). */
	@Column(name = "government_code")
	private String government;

	@Column(name = "report_year")
	private int year;

	// a list of campaigns reads their departments in a few batches, not one select each
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	@CollectionTable(name = "campaign_department", joinColumns = @JoinColumn(name = "campaign_id"))
	@OrderColumn(name = "sort_order")
	@Column(name = "department_code")
	private List<String> departments = new ArrayList<>();

	@Embedded
	private Deadlines deadlines;

	private String openedBy;

	private Instant openedAt;

	protected Campaign() {
	}

	Campaign(String organization, String government, int year, List<String> departments, Deadlines deadlines,
			String openedBy, Instant openedAt) {
		this.organization = organization;
		this.government = government;
		this.year = year;
		this.departments = new ArrayList<>(departments);
		this.deadlines = deadlines;
		this.openedBy = openedBy;
		this.openedAt = openedAt;
	}

	/** New deadlines; the open steps' due dates follow (see {@link DeadlinesChanged}). */
	void reschedule(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	public Long getId() {
		return id;
	}

	public String getOrganization() {
		return organization;
	}

	public String getGovernment() {
		return government;
	}

	/** The groups of the government's legal bureau, editors, leaders and officers, who act on this report. */
	public GovernmentRoles roles() {
		return GovernmentRoles.of(government);
	}

	public int getYear() {
		return year;
	}

	public List<String> getDepartments() {
		return List.copyOf(departments);
	}

	public boolean includes(String department) {
		return departments.contains(department);
	}

	public Deadlines getDeadlines() {
		return deadlines;
	}

	/**
	 * The last day of the legal publication limit: reports are published before 4月1日 of the year after the report
	 * year (厅字〔2019〕28号). Unlike the campaign's own deadlines it never moves, not even off a rest day.
	 */
	public LocalDate publicationLimit() {
		return publicationLimit(year);
	}

	/** The last day of the legal publication limit of the report on {@code reportYear}. */
	public static LocalDate publicationLimit(int reportYear) {
		return LocalDate.of(reportYear + 1, 3, 31);
	}

	public String getOpenedBy() {
		return openedBy;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

}
