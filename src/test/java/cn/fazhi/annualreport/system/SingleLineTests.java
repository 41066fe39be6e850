package cn.fazhi.annualreport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A one-line field refuses a line break between its words, whatever character some system sends as one. */
class SingleLineTests {

	@Test
	void refusesALineBreakInside() {
		for (String text : List.of("示范\n区人民政府", "示范\r\n区", "示范\r区", "示范\u2028区", "示范\u2029区", "示范\u000B区",
				"示范\u000C区", "示范\u0085区")) {
			assertThat(SingleLine.Validator.isSingleLine(text)).as(text.codePoints().boxed().toList().toString()).isFalse();
		}
	}

	@Test
	void acceptsOneLineWithTabsSpacesAndLineBreaksAroundIt() {
		assertThat(SingleLine.Validator.isSingleLine("示范府发〔2027〕3号")).isTrue();
		assertThat(SingleLine.Validator.isSingleLine("示范区 人民政府\t司法局")).isTrue();
		assertThat(SingleLine.Validator.isSingleLine("\r\n示范区人民政府\n")).isTrue();
		assertThat(SingleLine.Validator.isSingleLine("")).isTrue();
		assertThat(SingleLine.Validator.isSingleLine(null)).isTrue();
	}

	@Test
	void namesTheFieldForTheServicesThatCheckWithoutAnnotations() {
		List<FieldProblem> problems = new ArrayList<>();

		FieldProblem.checkSingleLine(problems, "parts[1].heading", "存在的不足\n和原因");
		FieldProblem.checkSingleLine(problems, "title", "年度报告");

		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("parts[1].heading");
			assertThat(problem.messageCode()).isEqualTo("problem.text.single-line");
		});
	}

}
