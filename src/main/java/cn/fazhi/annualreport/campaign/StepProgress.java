package cn.fazhi.annualreport.campaign;

import java.time.LocalDate;

/**
 * The stage one piece of work is in, with its Chinese label, the due date of the step under way ({@code null}
 * once finished) and the latest revision number.
 */
public record StepProgress(String stage, String stageLabel, LocalDate dueDate, int version) {

}
