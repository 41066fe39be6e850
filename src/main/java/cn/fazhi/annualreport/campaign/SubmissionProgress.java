package cn.fazhi.annualreport.campaign;

import java.time.LocalDate;
import java.util.List;

/** Where the signed report has been sent (报送); implemented by the submission module. */
public interface SubmissionProgress {

	List<Sent> reportedUp(long campaignId);

	/** The latest record for one recipient, with the Chinese labels of recipient and channel. */
	record Sent(String recipient, String recipientLabel, LocalDate submittedOn, String channel, String channelLabel,
			String documentNumber) {

	}

}
