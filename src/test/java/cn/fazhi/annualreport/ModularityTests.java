package cn.fazhi.annualreport;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages are modules: no cycles, no reaching into another module's internals, and only the workflow
 * module talks to the Camunda API.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(AnnualReportApplication.class);

	@Test
	void keepsModuleBoundaries() {
		MODULES.verify();
	}

	@Test
	void keepsTheEngineApiInsideTheWorkflowModule() {
		MODULES.forEach(module -> {
			if (module.getIdentifier().toString().equals("workflow")) {
				assertThat(engineDependencies(module)).isNotEmpty();
			}
			else {
				assertThat(engineDependencies(module)).as(module.getIdentifier() + " uses the engine API").isEmpty();
			}
		});
	}

	private static java.util.List<String> engineDependencies(org.springframework.modulith.core.ApplicationModule module) {
		return module.getBasePackage()
			.stream()
			.flatMap(type -> type.getDirectDependenciesFromSelf().stream())
			.map(dependency -> dependency.getTargetClass().getPackageName())
			.filter(name -> name.startsWith("org.camunda"))
			.distinct()
			.toList();
	}

}
