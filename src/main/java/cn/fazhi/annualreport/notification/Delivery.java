package cn.fazhi.annualreport.notification;

/** Where a message is on its way to the recipient's mailbox. */
public enum Delivery {

	/** Waiting for the delivery job. */
	PENDING,
	/** Claimed by a delivery job that is sending it now. */
	SENDING,
	SENT,
	/** Only in the in-app inbox: the recipient has no e-mail address, or no mail server is configured. */
	INBOX_ONLY

}
