package cn.fazhi.annualreport.campaign;

import java.util.Optional;

/** Where the compiled report stands; implemented by the report module. Empty until the sections are compiled. */
public interface ReportProgress {

	Optional<StepProgress> reportOf(long campaignId);

}
