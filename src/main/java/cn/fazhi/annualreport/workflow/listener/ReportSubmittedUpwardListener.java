package cn.fazhi.annualreport.workflow.listener;

import java.util.EnumMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.report.ReportService;
import cn.fazhi.annualreport.submission.Recipient;
import cn.fazhi.annualreport.submission.SubmissionService;
import cn.fazhi.annualreport.workflow.ProcessModel;
import cn.fazhi.annualreport.workflow.TaskRules;

/** Completing {@code reportUpward} records where the report was sent (报送); the report has no step due any more. */
@Component("reportSubmittedUpward")
class ReportSubmittedUpwardListener implements TaskListener {

	private final TaskRules rules;

	private final SubmissionService submissions;

	private final ReportService reports;

	ReportSubmittedUpwardListener(TaskRules rules, SubmissionService submissions, ReportService reports) {
		this.rules = rules;
		this.submissions = submissions;
		this.reports = reports;
	}

	@Override
	public void notify(DelegateTask task) {
		long campaignId = ProcessModel.campaignId(task);
		Map<Recipient, SubmissionService.Entered> entries = new EnumMap<>(Recipient.class);
		for (Recipient recipient : Recipient.values()) {
			String field = SubmissionService.field(recipient);
			entries.put(recipient,
					new SubmissionService.Entered(ProcessModel.text(task, field + ProcessModel.SUBMISSION_DATE),
							ProcessModel.text(task, field + ProcessModel.SUBMISSION_CHANNEL),
							ProcessModel.text(task, field + ProcessModel.SUBMISSION_NUMBER)));
		}
		rules.apply(task, editor -> submissions.record(campaignId, entries, editor));
		reports.dueBy(campaignId, null);
	}

}
