package cn.fazhi.annualreport.campaign;

import java.time.LocalDate;
import java.util.Map;

/** Where each department's section stands; implemented by the section module. */
public interface SectionProgress {

	/** Keyed by department code. */
	Map<String, State> sectionsOf(long campaignId);

	/** Every stage a section goes through, in order, with its Chinese label. */
	Map<String, String> stages();

	/**
	 * @param step the stage, its label, the due date of the step under way and the latest revision
	 * @param returns how often the head or the legal bureau sent the section back
	 * @param lastUrged the Beijing day an editor last urged whoever must act (催办), {@code null} if never
	 */
	record State(StepProgress step, int returns, LocalDate lastUrged) {

	}

}
