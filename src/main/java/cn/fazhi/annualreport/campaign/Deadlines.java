package cn.fazhi.annualreport.campaign;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The deadlines an editor set for one campaign: fixed dates for the sections and for publication, and the number
 * of days each review step may take once it starts.
 */
@Embeddable
public record Deadlines(@Column(name = "sections_due") LocalDate sections,
		@Column(name = "confirmation_days") int confirmationDays, @Column(name = "review_days") int reviewDays,
		@Column(name = "revision_days") int revisionDays, @Column(name = "publication_due") LocalDate publication) {

}
