package cn.fazhi.annualreport.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

import cn.fazhi.annualreport.disclosure.PublicationDetails;
import cn.fazhi.annualreport.section.SectionKey;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.system.Decisions;
import cn.fazhi.annualreport.system.TextCleaner;

/**
 * The names the BPMN files and the code share: process keys, element ids and variables (DESIGN §3). Variables hold
 * ids and decisions only; content stays in the product's tables.
 */
public final class ProcessModel {

	public static final String ANNUAL_REPORT = "annual-report";

	public static final String DEPARTMENT_SECTION = "department-section";

	public static final String REPORT_CORRECTION = "report-correction";

	public static final String DEPARTMENT_REPORT = "department-report";

	// department-report
	public static final String SIGN_DEPARTMENT_REPORT = "signDepartmentReport";

	public static final String DEPARTMENT_CONFIDENTIALITY_REVIEW = "departmentConfidentialityReview";

	public static final String DEPARTMENT_REPORT_ID = "departmentReportId";

	public static final String NOTIFICATION_DELIVERY = "notification-delivery";

	public static final String DAILY_DIGEST = "daily-digest";

	// department-section
	public static final String DRAFT_SECTION = "draftSection";

	public static final String REVISE_SECTION = "reviseSection";

	public static final String CONFIRM_SECTION = "confirmSection";

	public static final String REVIEW_SECTION = "reviewSection";

	/** The steps a section goes through, one of them open until it is approved. */
	static final String[] SECTION_STEPS = { DRAFT_SECTION, REVISE_SECTION, CONFIRM_SECTION, REVIEW_SECTION };

	// annual-report
	public static final String PREPARE_SECTIONS = "prepareSections";

	public static final String COMPILE_REPORT = "compileReport";

	public static final String EDIT_REPORT = "editReport";

	public static final String SIGN_REPORT = "signReport";

	public static final String CONFIDENTIALITY_REVIEW = "confidentialityReview";

	public static final String PUBLISH_REPORT = "publishReport";

	public static final String REPORT_UPWARD = "reportUpward";

	// extensions and reminders
	public static final String DECIDE_EXTENSION = "decideExtension";

	public static final String EXTENSION_REQUESTED = "extensionRequested";

	/** Message: the liaison takes back a submission the head has not acted on (撤回). */
	public static final String SUBMISSION_WITHDRAWN = "submissionWithdrawn";

	/** The writing step the section was last submitted from, and that step's due date: where a withdrawal returns. */
	static final String WRITING_STEP = "writingStep";

	static final String WRITING_DUE = "writingDue";

	public static final String DELIVER_NOTIFICATIONS = "deliverNotifications";

	// variables
	public static final String CAMPAIGN_ID = "campaignId";

	public static final String DEPARTMENT = "department";

	public static final String HEAD_DECISION = "headDecision";

	public static final String HEAD_COMMENT = "headComment";

	public static final String REVIEW_DECISION = "reviewDecision";

	public static final String REVIEW_COMMENT = "reviewComment";

	public static final String SIGN_DECISION = "signDecision";

	public static final String SIGN_OPINION = "signOpinion";

	public static final String CLEARANCE_DECISION = "clearanceDecision";

	public static final String CLEARANCE_NOTES = "clearanceNotes";

	/** 发文字号 and 主题分类, given with the clearance. */
	public static final String DOCUMENT_NUMBER = "documentNumber";

	public static final String SUBJECT_CATEGORY = "subjectCategory";

	public static final String PUBLICATION_ID = "publicationId";

	/** Suffixes of the 报送 variables after each recipient's field, e.g. {@code partyCommitteeDate}. */
	public static final String SUBMISSION_DATE = "Date";

	public static final String SUBMISSION_CHANNEL = "Channel";

	public static final String SUBMISSION_NUMBER = "Number";

	public static final String EXTENSION_ID = "extensionId";

	public static final String EXTENSION_DECISION = "extensionDecision";

	public static final String EXTENSION_UNTIL = "extensionUntil";

	public static final String EXTENSION_COMMENT = "extensionComment";

	public static final String BATCH_ID = "batchId";

	/** Task-local, read-only digest of what the person must judge, shown by the Camunda Forms. */
	public static final String SUMMARY = "summary";

	/**
	 * Longest string variable, in UTF-16 units: Camunda keeps a string in {@code VARCHAR(4000)} columns (runtime,
	 * history and details) on H2 and PostgreSQL, and a longer one fails the whole step with a database error. The
	 * comments of decisions are bounded by it.
	 */
	public static final int MAX_STRING_VARIABLE = Decisions.MAX_COMMENT;

	private ProcessModel() {
	}

	/**
	 * The campaign a process runs for, from its business key (DESIGN §9): a completion may set any variable,
	 * never the business key, so a forged {@code campaignId} cannot point a step at another campaign.
	 */
	public static long campaignId(DelegateTask task) {
		return campaignId(task.getExecution());
	}

	public static long campaignId(DelegateExecution execution) {
		return Long.parseLong(keyParts(execution)[0]);
	}

	/** The section a {@code department-section} (or {@code department-report}) process runs for, from its business key. */
	public static SectionKey sectionKey(DelegateTask task) {
		return sectionKey(task.getExecution());
	}

	public static SectionKey sectionKey(DelegateExecution execution) {
		String[] parts = keyParts(execution);
		if (parts.length < 2) {
			throw new IllegalStateException("Not a department's process: " + execution.getProcessBusinessKey());
		}
		return new SectionKey(Long.parseLong(parts[0]), parts[1]);
	}

	/** The campaign of any of the product's processes, from its business key. */
	public static long campaignIdOf(String businessKey) {
		return Long.parseLong(businessKey.split(":")[0]);
	}

	/** The department a section's or a department report's process is about; {@code null} for the report's own. */
	public static String departmentOf(String businessKey) {
		String[] parts = businessKey.split(":");
		return parts.length > 1 ? parts[1] : null;
	}

	private static String[] keyParts(DelegateExecution execution) {
		String businessKey = execution.getProcessBusinessKey();
		if (businessKey == null) {
			throw new IllegalStateException("Process " + execution.getProcessInstanceId() + " has no business key");
		}
		return businessKey.split(":");
	}

	/**
	 * A decision or comment as Tasklist or the API submitted it, {@code null} if absent or not text. Cleaned here,
	 * where a completion's text enters the product, as the JSON API and the pages clean theirs.
	 */
	public static String text(VariableScope scope, String variable) {
		Object value = scope.getVariable(variable);
		return value instanceof String string ? TextCleaner.clean(string) : null;
	}

	/** The 发文字号 and 主题分类 the officer gave with the clearance. */
	public static PublicationDetails publicationDetails(VariableScope scope) {
		return new PublicationDetails(text(scope, DOCUMENT_NUMBER),
				text(scope, SUBJECT_CATEGORY));
	}

	/** A task's due date as the Beijing date it falls on. */
	public static java.time.LocalDate dueDate(DelegateTask task) {
		return dueDay(task.getDueDate());
	}

	/** The Beijing date a due date of the engine falls on; {@code null} for none. */
	public static java.time.LocalDate dueDay(java.util.Date due) {
		return due == null ? null : java.time.LocalDate.ofInstant(due.toInstant(), BusinessTime.ZONE);
	}

	/** Business key of the {@code annual-report} instance: the campaign id. */
	public static String businessKey(long campaignId) {
		return String.valueOf(campaignId);
	}

	/** Business key of a {@code department-report} instance: {@code campaignId:department:report}. */
	public static String departmentReportKey(SectionKey key) {
		return businessKey(key) + ":report";
	}

	/** Business key of a {@code department-section} instance: {@code campaignId:department}. */
	public static String businessKey(SectionKey key) {
		return key.campaignId() + ":" + key.department();
	}

}
