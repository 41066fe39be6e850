package cn.fazhi.annualreport.workflow;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused field is named as the task's Camunda Form labels it, read from the forms the engine deploys. */
class FormFieldsTests {

	final FormFields forms = new FormFields();

	@Test
	void namesTheDecisionsFieldsAfterTheFieldOfTheStepThatHoldsThem() {
		assertThat(forms.label("confirmSection", "comment")).hasValue("意见");
		assertThat(forms.label("reviewSection", "comment")).hasValue("审核意见说明");
		assertThat(forms.label("signReport", "opinion")).hasValue("意见");
		assertThat(forms.label("confidentialityReview", "notes")).hasValue("审查意见");
		assertThat(forms.label("confirmSection", "decision")).hasValue("确认意见");
	}

	@Test
	void namesAFieldOfTheSameKeyAndADateByItsDateLabel() {
		assertThat(forms.label("confidentialityReview", "documentNumber")).hasValue("发文字号");
		assertThat(forms.label("reportUpward", "partyCommitteeDate")).hasValue("报送日期");
		assertThat(forms.label("decideExtension", "until")).hasValue("延期至（不填按申请的日期）");
	}

	@Test
	void namesNothingTheFormDoesNotHave() {
		assertThat(forms.label("editReport", "parts.SHORTCOMINGS")).isEmpty();
		assertThat(forms.label("confirmSection", "")).isEmpty();
		assertThat(forms.label(null, "comment")).isEmpty();
		assertThat(forms.label("noSuchForm", "comment")).isEmpty();
	}

}
