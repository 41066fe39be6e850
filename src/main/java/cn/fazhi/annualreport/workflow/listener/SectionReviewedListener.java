package cn.fazhi.annualreport.workflow.listener;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.review.ReviewService;
import cn.fazhi.annualreport.workflow.ProcessModel;
import cn.fazhi.annualreport.workflow.TaskRules;

/** Completing {@code reviewSection} records the legal bureau's decision and approves or returns the section. */
@Component("sectionReviewed")
class SectionReviewedListener implements TaskListener {

	private final TaskRules rules;

	private final ReviewService reviews;

	SectionReviewedListener(TaskRules rules, ReviewService reviews) {
		this.rules = rules;
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		rules.apply(task,
				reviewer -> reviews.recordReview(ProcessModel.sectionKey(task),
						ProcessModel.text(task, ProcessModel.REVIEW_DECISION),
						ProcessModel.text(task, ProcessModel.REVIEW_COMMENT), reviewer));
	}

}
