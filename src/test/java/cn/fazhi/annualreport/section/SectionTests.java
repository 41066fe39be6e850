package cn.fazhi.annualreport.section;

import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import cn.fazhi.annualreport.system.StageConflictException;
import cn.fazhi.annualreport.system.VersionConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A section guards its own transitions, whichever client asks for them. */
class SectionTests {

	static final Instant NOW = Instant.parse("2027-01-10T02:00:00Z");

	@Nested
	class Drafting {

		@Test
		void numbersEachSavedRevision() {
			Section section = section();

			SectionRevision first = section.revise(SectionContent.EMPTY, 0, "liaison-sfj", NOW);
			SectionRevision second = section.revise(SectionContent.EMPTY, 1, "liaison-sfj", NOW);

			assertThat(first.getNumber()).isEqualTo(1);
			assertThat(second.getNumber()).isEqualTo(2);
			assertThat(section.getLatestRevision()).isEqualTo(2);
		}

		@Test
		void refusesAnEditOfAnOlderRevision() {
			Section section = section();
			section.revise(SectionContent.EMPTY, 0, "liaison-sfj", NOW);

			assertThatThrownBy(() -> section.revise(SectionContent.EMPTY, 0, "liaison-sfj", NOW))
				.isInstanceOf(VersionConflictException.class);
			assertThat(section.getLatestRevision()).isEqualTo(1);
		}

		@Test
		void refusesEditsOnceSubmitted() {
			Section section = section();
			section.revise(SectionContent.EMPTY, 0, "liaison-sfj", NOW);
			section.submit();

			assertThatThrownBy(() -> section.revise(SectionContent.EMPTY, 1, "liaison-sfj", NOW))
				.isInstanceOf(StageConflictException.class);
		}

	}

	@Nested
	class Reviewing {

		@Test
		void approvesTheRevisionThatWasSubmitted() {
			Section section = section();
			section.revise(SectionContent.EMPTY, 0, "liaison-sfj", NOW);
			section.submit();
			section.confirm();

			section.approve();

			assertThat(section.getStage()).isEqualTo(SectionStage.APPROVED);
			assertThat(section.getApprovedRevision()).isEqualTo(1);
			assertThat(section.getDueDate()).isNull();
		}

		@Test
		void goesBackToTheLiaisonWhenReturnedAndMayBeRevised() {
			Section section = section();
			section.revise(SectionContent.EMPTY, 0, "liaison-sfj", NOW);
			section.submit();

			section.returnForRevision();

			assertThat(section.getStage()).isEqualTo(SectionStage.REVISING);
			assertThat(section.revise(SectionContent.EMPTY, 1, "liaison-sfj", NOW).getNumber()).isEqualTo(2);
		}

		@Test
		void refusesApprovalBeforeTheHeadConfirmed() {
			Section section = section();
			section.submit();

			assertThatThrownBy(section::approve).isInstanceOf(StageConflictException.class);
			assertThat(section.getStage()).isEqualTo(SectionStage.AWAITING_CONFIRMATION);
		}

		@Test
		void refusesConfirmationOfADraft() {
			assertThatThrownBy(section()::confirm).isInstanceOf(StageConflictException.class);
		}

	}

	static Section section() {
		Section section = new Section(1L, "sfj");
		ReflectionTestUtils.setField(section, "id", 5L);
		return section;
	}

}
