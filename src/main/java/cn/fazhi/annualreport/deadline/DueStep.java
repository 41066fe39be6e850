package cn.fazhi.annualreport.deadline;

import java.time.LocalDate;

/**
 * A step someone has to do by a date, as calendars show it.
 *
 * @param uid stable across feeds, so a calendar updates the event instead of adding a new one
 * @param link the page where the step is done, relative to the product's address
 */
public record DueStep(String uid, String title, LocalDate due, String description, String link) {

}
