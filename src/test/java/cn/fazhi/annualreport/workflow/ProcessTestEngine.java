package cn.fazhi.annualreport.workflow;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

/**
 * The in-memory engine of the process tests: the production BPMN on a real engine, with beans resolved from
 * {@code Mocks} and the job executor off so tests run asynchronous continuations themselves.
 */
final class ProcessTestEngine {

	private ProcessTestEngine() {
	}

	/**
	 * An engine of its own for each test class, so that the class's coverage is collected from the engine its tests
	 * drive; tests bind the assertions to it with {@code BpmnAwareTests.init}.
	 */
	static ProcessEngineCoverageExtension withFullCoverage(String name, String... excludedProcesses) {
		ProcessCoverageInMemProcessEngineConfiguration configuration = new ProcessCoverageInMemProcessEngineConfiguration();
		configuration.setProcessEngineName(name);
		configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setExpressionManager(new MockExpressionManager());
		configuration.setJobExecutorActivate(false);
		configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9_.@-]*");
		return (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.builder(configuration)
			.assertClassCoverageAtLeast(1.0)
			.excludeProcessDefinitionKeys(excludedProcesses)
			.build();
	}

	/** Runs every job due now, as the job executor would, until none is left. */
	static void executeAllJobs() {
		List<Job> jobs = jobQuery().executable().list();
		while (!jobs.isEmpty()) {
			jobs.forEach(job -> execute(job));
			jobs = jobQuery().executable().list();
		}
	}

}
