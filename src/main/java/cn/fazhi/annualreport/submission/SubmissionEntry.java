package cn.fazhi.annualreport.submission;

import java.time.LocalDate;

/**
 * What the editors record for one recipient.
 *
 * @param documentNumber the 文号 the report was sent under, {@code null} if none
 */
public record SubmissionEntry(Recipient recipient, LocalDate submittedOn, Channel channel, String documentNumber) {

}
