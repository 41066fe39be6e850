package cn.fazhi.annualreport.workflow;

import java.util.function.LongFunction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.departmentreport.DepartmentReportService;
import cn.fazhi.annualreport.section.SectionExtensions;
import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.security.ForbiddenException;

/**
 * The ids a process set for itself, checked against its business key before a step acts on them (DESIGN §9): a
 * completion that put another section's id in their place is refused, whoever sent it.
 */
@Component
public class ProcessFacts {

	private final SectionExtensions extensions;

	private final DepartmentReportService departmentReports;

	ProcessFacts(SectionExtensions extensions, DepartmentReportService departmentReports) {
		this.extensions = extensions;
		this.departmentReports = departmentReports;
	}

	/** The extension request the section's process was told of. */
	public long extensionRequest(DelegateExecution execution) {
		return owned(execution, ProcessModel.EXTENSION_ID, id -> extensions.get(id).key());
	}

	/** The department report the process was started for. */
	public long departmentReport(DelegateExecution execution) {
		return owned(execution, ProcessModel.DEPARTMENT_REPORT_ID, id -> departmentReports.view(id).key());
	}

	private static long owned(DelegateExecution execution, String variable, LongFunction<SectionKey> owner) {
		long id = ((Number) execution.getVariable(variable)).longValue();
		if (!ProcessModel.sectionKey(execution).equals(owner.apply(id))) {
			throw new ForbiddenException("problem.forbidden.foreign-variable", variable);
		}
		return id;
	}

}
