package cn.fazhi.annualreport.campaign;

/** Published inside the transaction that changed a campaign's deadlines; the open steps are rescheduled from it. */
public record DeadlinesChanged(long campaignId) {

}
