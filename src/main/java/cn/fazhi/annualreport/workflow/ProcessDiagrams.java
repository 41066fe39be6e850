package cn.fazhi.annualreport.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The BPMN of the processes people take part in, as deployed, for the dashboard's read-only diagram (Cockpit, which
 * shows the same, is for administrators).
 */
@RestController
class ProcessDiagrams {

	private static final Set<String> SHOWN = Set.of(ProcessModel.DEPARTMENT_SECTION, ProcessModel.ANNUAL_REPORT);

	private final RepositoryService repository;

	ProcessDiagrams(RepositoryService repository) {
		this.repository = repository;
	}

	@GetMapping("/api/processes/{key}/diagram")
	ResponseEntity<byte[]> diagram(@PathVariable String key) throws IOException {
		ProcessDefinition definition = SHOWN.contains(key) ? repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.latestVersion()
			.singleResult() : null;
		if (definition == null) {
			throw new ProcessNotShownException(key);
		}
		try (InputStream model = repository.getProcessModel(definition.getId())) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_XML)
				.cacheControl(CacheControl.noCache())
				.eTag(definition.getId())
				.body(model.readAllBytes());
		}
	}

}
