package cn.fazhi.annualreport.workflow.listener;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.signing.SigningService;
import cn.fazhi.annualreport.workflow.ProcessModel;
import cn.fazhi.annualreport.workflow.TaskRules;

/** Completing {@code signReport} records the leader's 签发 or return. */
@Component("reportSigned")
class ReportSignedListener implements TaskListener {

	private final TaskRules rules;

	private final SigningService signing;

	ReportSignedListener(TaskRules rules, SigningService signing) {
		this.rules = rules;
		this.signing = signing;
	}

	@Override
	public void notify(DelegateTask task) {
		rules.apply(task,
				leader -> signing.recordSigning(ProcessModel.campaignId(task),
						ProcessModel.text(task, ProcessModel.SIGN_DECISION),
						ProcessModel.text(task, ProcessModel.SIGN_OPINION), leader));
	}

}
