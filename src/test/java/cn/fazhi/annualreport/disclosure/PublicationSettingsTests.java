package cn.fazhi.annualreport.disclosure;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The 索引号 scheme is configuration: the default {@code <机构代码>/<年>-<序号>} and a government's own. */
class PublicationSettingsTests {

	@Test
	void numbersAfterTheDefaultScheme() {
		PublicationSettings settings = new PublicationSettings("SFQRMZF", "{agency}/{year}-{seq}", 5, List.of("综合政务"));

		String prefix = settings.indexPrefix("SFQRMZF", 2027);
		assertThat(settings.indexNumber(prefix, 12)).isEqualTo("SFQRMZF/2027-00012");
		assertThat(settings.isIndexNumberWellFormed()).isTrue();
	}

	@Test
	void numbersAfterAGovernmentsOwnScheme() {
		PublicationSettings settings = new PublicationSettings("11110105MB0000000X", "{year}{agency}-FZ-{seq}", 3,
				List.of("司法、公安", "综合政务"));

		assertThat(settings.indexNumber(settings.indexPrefix("11110105MB0000000X", 2027), 7))
			.isEqualTo("202711110105MB0000000X-FZ-007");
		assertThat(settings.defaultSubjectCategory()).isEqualTo("司法、公安");
	}

	@Test
	void refusesASchemeWithoutTheSequenceLastOrWithUnknownPlaceholders() {
		assertThat(new PublicationSettings("A", "{seq}/{year}", 5, List.of("x")).isIndexNumberWellFormed()).isFalse();
		assertThat(new PublicationSettings("A", "{agency}/{month}-{seq}", 5, List.of("x")).isIndexNumberWellFormed())
			.isFalse();
	}

}
