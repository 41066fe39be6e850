package cn.fazhi.annualreport.section;

/** A section is one department's part of one campaign. */
public record SectionKey(long campaignId, String department) {

}
