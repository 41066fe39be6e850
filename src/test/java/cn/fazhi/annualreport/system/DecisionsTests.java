package cn.fazhi.annualreport.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A decision's texts as Tasklist or engine-rest send them are refused unless they fit the Camunda string variable
 * that keeps them as sent (4,000 UTF-16 units), whichever way they are padded or written.
 */
class DecisionsTests {

	enum Choice {

		CONFIRM, RETURN

	}

	@Test
	void acceptsACommentOfFourThousandUnitsAndRefusesOneMore() {
		assertThat(Decisions.reason("comment", "意".repeat(Decisions.MAX_COMMENT), true)).hasSize(4_000);

		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> Decisions.reason("comment", "意".repeat(Decisions.MAX_COMMENT + 1), true));

		assertThat(refused.errors()).singleElement().satisfies(error -> {
			assertThat(error.field()).isEqualTo("comment");
			assertThat(error.messageCode()).isEqualTo("problem.text-too-long");
			assertThat(error.arguments()).containsExactly(Decisions.MAX_COMMENT);
		});
	}

	@Test
	void countsWhatTheEngineStoresNotWhatIsLeftAfterStripping() {
		// 𠀀 takes two units; trailing blanks are stored too
		assertThat(Decisions.reason("comment", "𠀀".repeat(2_000), false)).isNotNull();
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> Decisions.reason("comment", "𠀀".repeat(2_000) + " ", false))).isNotNull();
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> Decisions.reason("comment", "意".repeat(3_000) + "\n".repeat(1_001), false))).isNotNull();
	}

	@Test
	void refusesAShorterLimitOfItsOwn() {
		assertThat(Decisions.reason("reason", "因".repeat(3_000), true, 3_000)).hasSize(3_000);
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> Decisions.reason("reason", "因".repeat(3_001), true, 3_000))).isNotNull();
	}

	@Test
	void refusesADecisionOrDatePaddedBeyondAShortCode() {
		assertThat(Decisions.parse(Choice.class, "decision", " CONFIRM ")).isEqualTo(Choice.CONFIRM);
		InvalidInputException padded = catchThrowableOfType(InvalidInputException.class,
				() -> Decisions.parse(Choice.class, "decision", "CONFIRM" + " ".repeat(5_000)));
		// quoted back by its beginning only
		assertThat(String.valueOf(padded.errors().get(0).arguments()[0])).hasSize(FieldProblem.QUOTED + 1);

		assertThat(Decisions.date("until", "2027-02-20")).hasToString("2027-02-20");
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> Decisions.date("until", "2027-02-20" + "x".repeat(5_000)))).isNotNull();
	}

}
