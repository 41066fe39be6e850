package cn.fazhi.annualreport.deadline;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An administrator's ruling on one day: a holiday, a 调休 working day, or a correction of the library's data. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

	@Id
	@Column(name = "calendar_date")
	private LocalDate day;

	private boolean working;

	/** e.g. 春节, 春节调休. */
	private String name;

	private String changedBy;

	private Instant changedAt;

	protected CalendarDay() {
	}

	CalendarDay(LocalDate day, boolean working, String name, String changedBy, Instant changedAt) {
		this.day = day;
		this.working = working;
		this.name = name;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public LocalDate getDay() {
		return day;
	}

	public boolean isWorking() {
		return working;
	}

	public String getName() {
		return name;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

}
