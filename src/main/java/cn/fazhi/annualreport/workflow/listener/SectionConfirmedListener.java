package cn.fazhi.annualreport.workflow.listener;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.review.ReviewService;
import cn.fazhi.annualreport.workflow.ProcessModel;
import cn.fazhi.annualreport.workflow.TaskRules;

/** Completing {@code confirmSection} records the head's decision and moves the section on or back. */
@Component("sectionConfirmed")
class SectionConfirmedListener implements TaskListener {

	private final TaskRules rules;

	private final ReviewService reviews;

	SectionConfirmedListener(TaskRules rules, ReviewService reviews) {
		this.rules = rules;
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		rules.apply(task,
				head -> reviews.recordConfirmation(ProcessModel.sectionKey(task),
						ProcessModel.text(task, ProcessModel.HEAD_DECISION),
						ProcessModel.text(task, ProcessModel.HEAD_COMMENT), head));
	}

}
