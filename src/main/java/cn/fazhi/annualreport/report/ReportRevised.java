package cn.fazhi.annualreport.report;

/**
 * Published inside the transaction that saved the editors' new revision of a campaign's report; what shows the report
 * elsewhere (the editors' Tasklist form) follows from it.
 */
public record ReportRevised(long campaignId, int version) {

}
