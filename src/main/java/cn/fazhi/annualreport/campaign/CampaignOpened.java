package cn.fazhi.annualreport.campaign;

import java.util.List;

/** Published inside the transaction that opens a campaign; the sections and the process start from it. */
public record CampaignOpened(long campaignId, List<String> departments) {

}
