package cn.fazhi.annualreport.disclosure;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How published reports are numbered and classified on the public pages.
 *
 * @param agencyCode the publishing body's code (机构代码), {@code {agency}} in the index number
 * @param indexNumber the scheme of the 索引号: {@code {agency}}, {@code {year}} (the publication year) and
 * {@code {seq}} (numbered from 1 per agency and year, last in the scheme), e.g. {@code {agency}/{year}-{seq}}
 * @param sequenceDigits how many digits {@code {seq}} is padded to
 * @param subjectCategories the 主题分类 the officer may choose from; the first is the default
 */
@Validated
@ConfigurationProperties("report.publication")
public record PublicationSettings(
		@DefaultValue("SFQRMZF") @NotBlank @Pattern(regexp = "[0-9A-Za-z-]{1,32}") String agencyCode,
		@DefaultValue("{agency}/{year}-{seq}") @NotBlank String indexNumber,
		@DefaultValue("5") @Min(1) @Max(9) int sequenceDigits,
		@DefaultValue({ "综合政务", "司法、公安", "政务公开" }) @NotEmpty List<@NotBlank String> subjectCategories) {

	static final String SEQUENCE = "{seq}";

	@AssertTrue(message = "report.publication.index-number must end with {seq} and may use {agency} and {year}")
	boolean isIndexNumberWellFormed() {
		return indexNumber.endsWith(SEQUENCE) && indexNumber.indexOf(SEQUENCE) == indexNumber.length() - SEQUENCE.length()
				&& indexNumber.replace("{agency}", "").replace("{year}", "").replace(SEQUENCE, "").indexOf('{') < 0;
	}

	/** The index numbers of an agency's publications in a year all start with this. */
	String indexPrefix(String agency, int year) {
		return indexNumber.substring(0, indexNumber.length() - SEQUENCE.length())
			.replace("{agency}", agency)
			.replace("{year}", String.valueOf(year));
	}

	/** The index number of the {@code sequence}-th publication with this prefix. */
	String indexNumber(String prefix, long sequence) {
		return prefix + String.format("%0" + sequenceDigits + "d", sequence);
	}

	String defaultSubjectCategory() {
		return subjectCategories.get(0);
	}

}
