package cn.fazhi.annualreport.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * What an editor asks for when opening a campaign; any deadline left {@code null} takes its default.
 */
public record OpenCampaign(String organization, int year, List<String> departments, LocalDate sectionsDue,
		Integer confirmationDays, Integer reviewDays, Integer revisionDays, LocalDate publicationDue) {

}
