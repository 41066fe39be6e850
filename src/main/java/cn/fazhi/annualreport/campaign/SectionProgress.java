package cn.fazhi.annualreport.campaign;

import java.util.Map;

/** Where each department's section stands; implemented by the section module. */
public interface SectionProgress {

	/** Keyed by department code. */
	Map<String, StepProgress> sectionsOf(long campaignId);

}
