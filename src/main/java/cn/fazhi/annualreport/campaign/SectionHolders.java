package cn.fazhi.annualreport.campaign;

import java.util.List;
import java.util.Map;

/** Who must act now on each department's section of a campaign; implemented by the workflow. */
public interface SectionHolders {

	/** Keyed by department code; sections without an open step are absent. */
	Map<String, Holder> holdersOf(long campaignId);

	/**
	 * @param step the BPMN id of the open step, e.g. {@code confirmSection}
	 * @param names display names of who claimed the step, or else of everyone who may take it
	 * @param claimed whether someone claimed it
	 */
	record Holder(String step, List<String> names, boolean claimed) {

	}

}
