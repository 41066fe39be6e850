package cn.fazhi.annualreport.testing;

/** Settings the integration test contexts share. */
final class IntegrationTestSettings {

	/**
	 * The job executor looks for due jobs at least every second, so that timers are noticed soon after a test moves
	 * Camunda's clock.
	 */
	static final String FAST_JOB_EXECUTOR = "camunda.bpm.job-execution.max-wait=1000";

	private IntegrationTestSettings() {
	}

}
