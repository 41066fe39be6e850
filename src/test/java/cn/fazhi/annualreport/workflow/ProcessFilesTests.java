package cn.fazhi.annualreport.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.campaign.StepDeadlines;
import cn.fazhi.annualreport.departmentreport.DepartmentReportService;
import cn.fazhi.annualreport.disclosure.DisclosureService;
import cn.fazhi.annualreport.notification.WorkNotices;
import cn.fazhi.annualreport.report.ReportService;
import cn.fazhi.annualreport.review.ReviewService;
import cn.fazhi.annualreport.section.SectionAnnotations;
import cn.fazhi.annualreport.section.SectionExtensions;
import cn.fazhi.annualreport.section.SectionService;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.signing.SigningService;
import cn.fazhi.annualreport.submission.SubmissionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;

/**
 * The files users open in Camunda Modeler are complete and keep the names DESIGN §3 promises: every element drawn,
 * readable ids, the candidate groups of DESIGN §2, a due date on every user task, and Camunda Forms of schema 16 or
 * lower that exist for every form reference.
 */
class ProcessFilesTests {

	static final ObjectMapper JSON = new ObjectMapper();

	static final Map<String, String> CANDIDATE_GROUPS = Map.ofEntries(Map.entry(ProcessModel.DRAFT_SECTION, "liaison-${department}"),
			Map.entry(ProcessModel.REVISE_SECTION, "liaison-${department}"),
			Map.entry(ProcessModel.CONFIRM_SECTION, "head-${department}"),
			Map.entry(ProcessModel.REVIEW_SECTION, "${campaignRoles.of(execution).legalReviewers()}"),
			Map.entry(ProcessModel.EDIT_REPORT, "${campaignRoles.of(execution).reportAdmins()}"),
			Map.entry(ProcessModel.SIGN_REPORT, "${campaignRoles.of(execution).leaders()}"),
			Map.entry(ProcessModel.CONFIDENTIALITY_REVIEW, "${campaignRoles.of(execution).disclosureOfficers()}"),
			Map.entry(ProcessModel.DECIDE_EXTENSION, "${campaignRoles.of(execution).reportAdmins()}"),
			Map.entry(ProcessModel.REPORT_UPWARD, "${campaignRoles.of(execution).reportAdmins()}"),
			Map.entry(ProcessModel.SIGN_DEPARTMENT_REPORT, "head-${department}"),
			Map.entry(ProcessModel.DEPARTMENT_CONFIDENTIALITY_REVIEW, "${campaignRoles.of(execution).disclosureOfficers()}"));

	static Stream<String> diagrams() {
		return Stream.of("bpmn/annual-report.bpmn", "bpmn/department-section.bpmn", "bpmn/report-correction.bpmn", "bpmn/department-report.bpmn",
				"bpmn/notification-delivery.bpmn", "bpmn/daily-digest.bpmn");
	}

	@ParameterizedTest
	@MethodSource("diagrams")
	void drawsEveryElementForModeler(String file) throws IOException {
		BpmnModelInstance model = read(file);
		Definitions definitions = model.getDefinitions();
		assertThat(definitions.getAttributeValueNs("http://camunda.org/schema/modeler/1.0", "executionPlatformVersion"))
			.isEqualTo("7.24.0");
		List<String> shapes = model.getModelElementsByType(BpmnShape.class)
			.stream()
			.map(shape -> shape.getBpmnElement().getId())
			.toList();
		List<String> edges = model.getModelElementsByType(BpmnEdge.class)
			.stream()
			.filter(edge -> edge.getWaypoints().size() >= 2)
			.map(edge -> edge.getBpmnElement().getId())
			.toList();
		assertThat(shapes).containsAll(ids(model.getModelElementsByType(FlowNode.class)))
			.containsAll(ids(model.getModelElementsByType(Lane.class)));
		assertThat(edges).containsAll(ids(model.getModelElementsByType(SequenceFlow.class)));
	}

	@ParameterizedTest
	@MethodSource("diagrams")
	void namesEveryElementReadablyAndKeepsReportHistoryForTenYears(String file) throws IOException {
		BpmnModelInstance model = read(file);
		assertThat(ids(model.getModelElementsByType(BaseElement.class)).stream().filter(java.util.Objects::nonNull))
			.allMatch(id -> id.matches("[a-z][A-Za-z]*(-[a-z]+)*(_di)?"), "readable, not generated");
		for (Process process : model.getModelElementsByType(Process.class)) {
			boolean report = process.getId().equals(ProcessModel.ANNUAL_REPORT)
					|| process.getId().equals(ProcessModel.DEPARTMENT_SECTION)
					|| process.getId().equals(ProcessModel.REPORT_CORRECTION)
					|| process.getId().equals(ProcessModel.DEPARTMENT_REPORT);
			assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo(report ? "3650" : "180");
			assertThat(process.getCamundaVersionTag()).isNotBlank();
		}
	}

	@ParameterizedTest
	@MethodSource("diagrams")
	void givesEveryUserTaskItsGroupADueDateAndAForm(String file) throws IOException {
		for (UserTask task : read(file).getModelElementsByType(UserTask.class)) {
			assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isEqualTo(CANDIDATE_GROUPS.get(task.getId()));
			assertThat(task.getCamundaDueDate()).as(task.getId()).isEqualTo("${userTasks.due(execution)}");
			assertThat(task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list())
				.as("%s hands its events to the one user task listener", task.getId())
				.extracting(CamundaTaskListener::getCamundaEvent, CamundaTaskListener::getCamundaDelegateExpression)
				.containsExactlyInAnyOrder(tuple("create", "${userTask}"), tuple("complete", "${userTask}"),
						tuple("delete", "${userTask}"));
			if (task.getCamundaFormRef() != null) {
				assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
				JsonNode form = form(task.getCamundaFormRef());
				assertThat(form.get("id").asText()).isEqualTo(task.getCamundaFormRef());
			}
			else {
				assertThat(task.getCamundaFormKey()).as("external form: the section editor")
					.isEqualTo("/campaigns/${campaignId}/sections/${department}");
			}
		}
	}

	/** Every user task of every process has its entry, and no entry is left without a task. */
	@Test
	void declaresEveryUserTaskOnceInUserTasks() throws IOException {
		UserTasks declared = new UserTasks(mock(StepDeadlines.class), Clock.systemUTC(), mock(TaskSummaries.class),
				mock(ProcessFacts.class), mock(SectionService.class), mock(SectionExtensions.class),
				mock(SectionAnnotations.class), mock(ReviewService.class), mock(ReportService.class),
				mock(SigningService.class), mock(DisclosureService.class), mock(DepartmentReportService.class),
				mock(SubmissionService.class), mock(UserDirectory.class), mock(WorkNotices.class),
				mock(MessageSource.class), mock(CampaignService.class));
		java.util.Set<String> inProcesses = new java.util.HashSet<>();
		for (String file : diagrams().toList()) {
			read(file).getModelElementsByType(UserTask.class).forEach(task -> inProcesses.add(task.getId()));
		}
		assertThat(declared.keys()).containsExactlyInAnyOrderElementsOf(inProcesses);
	}

	@ParameterizedTest
	@ValueSource(strings = { "confirmSection", "reviewSection", "editReport", "signReport", "confidentialityReview",
			"decideExtension", "reportUpward" })
	void offersCamundaFormsTasklistCanRender(String formId) throws IOException {
		JsonNode form = form(formId);
		assertThat(form.get("schemaVersion").asInt()).isLessThanOrEqualTo(16);
		assertThat(form.get("executionPlatform").asText()).isEqualTo("Camunda Platform");
		assertThat(form.get("executionPlatformVersion").asText()).isEqualTo("7.24.0");
		assertThat(form.get("components").findValuesAsText("text")).as("shows what the person must judge")
			.contains("=" + ProcessModel.SUMMARY);
	}

	@Test
	void asksForTheDateChannelAndNumberOfEveryRecipientOfTheReport() throws IOException {
		JsonNode form = form("reportUpward");
		for (cn.fazhi.annualreport.submission.Recipient recipient : cn.fazhi.annualreport.submission.Recipient.values()) {
			String field = cn.fazhi.annualreport.submission.SubmissionService.field(recipient);
			assertThat(component(form, field + ProcessModel.SUBMISSION_DATE).get("subtype").asText()).isEqualTo("date");
			assertThat(component(form, field + ProcessModel.SUBMISSION_CHANNEL).get("values").findValuesAsText("value"))
				.containsExactly(java.util.Arrays.stream(cn.fazhi.annualreport.submission.Channel.values())
					.map(Enum::name)
					.toArray(String[]::new));
			assertThat(component(form, field + ProcessModel.SUBMISSION_NUMBER).get("type").asText())
				.isEqualTo("textfield");
		}
		assertThat(component(form("confidentialityReview"), ProcessModel.DOCUMENT_NUMBER).get("type").asText())
			.isEqualTo("textfield");
		assertThat(component(form("confidentialityReview"), ProcessModel.SUBJECT_CATEGORY).get("type").asText())
			.isEqualTo("textfield");
	}

	@ParameterizedTest
	@ValueSource(strings = { "confirmSection:headDecision:CONFIRM,RETURN:headComment",
			"reviewSection:reviewDecision:APPROVE,RETURN:reviewComment", "signReport:signDecision:SIGN,RETURN:signOpinion",
			"confidentialityReview:clearanceDecision:CLEAR,RETURN:clearanceNotes",
			"decideExtension:extensionDecision:GRANT,REFUSE:extensionComment" })
	void asksForTheDecisionsTheGatewaysRouteOn(String expectation) throws IOException {
		String[] parts = expectation.split(":");
		JsonNode form = form(parts[0]);
		JsonNode decision = component(form, parts[1]);
		assertThat(decision.get("type").asText()).isEqualTo("radio");
		assertThat(decision.get("validate").get("required").asBoolean()).isTrue();
		assertThat(decision.get("values").findValuesAsText("value")).containsExactly(parts[2].split(","));
		assertThat(component(form, parts[3]).get("type").asText()).isEqualTo("textarea");
		// what the form accepts is what the API accepts, and what a Camunda string variable can hold
		assertThat(component(form, parts[3]).get("validate").get("maxLength").asInt())
			.isEqualTo(cn.fazhi.annualreport.system.Decisions.MAX_COMMENT)
			.isLessThanOrEqualTo(ProcessModel.MAX_STRING_VARIABLE);
	}

	@ParameterizedTest
	@MethodSource("diagrams")
	void runsOneSectionPerDepartmentInParallel(String file) throws IOException {
		for (CallActivity call : read(file).getModelElementsByType(CallActivity.class)) {
			assertThat(call.getCalledElement()).isEqualTo(ProcessModel.DEPARTMENT_SECTION);
			MultiInstanceLoopCharacteristics loop = (MultiInstanceLoopCharacteristics) call.getLoopCharacteristics();
			assertThat(loop.isSequential()).isFalse();
			assertThat(loop.getCamundaCollection()).isEqualTo("${campaignDepartments.of(campaignId)}");
			assertThat(loop.getCamundaElementVariable()).isEqualTo(ProcessModel.DEPARTMENT);
		}
	}

	private static JsonNode component(JsonNode form, String key) {
		for (JsonNode component : form.get("components")) {
			if (key.equals(component.path("key").asText())) {
				return component;
			}
		}
		throw new AssertionError("form " + form.get("id") + " has no field " + key);
	}

	private static List<String> ids(Collection<? extends BaseElement> elements) {
		return elements.stream().map(BaseElement::getId).toList();
	}

	private static BpmnModelInstance read(String file) throws IOException {
		try (InputStream in = resource(file)) {
			return Bpmn.readModelFromStream(in);
		}
	}

	private static JsonNode form(String formId) throws IOException {
		try (InputStream in = resource("forms/" + formId + ".form")) {
			return JSON.readTree(in);
		}
	}

	private static InputStream resource(String path) {
		InputStream in = ProcessFilesTests.class.getClassLoader().getResourceAsStream(path);
		assertThat(in).as(path + " on the classpath").isNotNull();
		return in;
	}

}
