package cn.fazhi.annualreport.section;

import java.util.Optional;

import cn.fazhi.annualreport.notification.OpenTask;

/** The step a section waits at in the workflow, as messages describe it; implemented by the workflow. */
public interface SectionSteps {

	/** The open writing, confirming or reviewing step of the section; empty once approved. */
	Optional<OpenTask> openStep(SectionKey key);

}
