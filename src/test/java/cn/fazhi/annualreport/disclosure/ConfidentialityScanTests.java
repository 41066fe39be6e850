package cn.fazhi.annualreport.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.fazhi.annualreport.disclosure.ConfidentialityScan.Finding;
import cn.fazhi.annualreport.outline.PartType;
import cn.fazhi.annualreport.report.ReportDocument;

/** What the scan must find, and what it must leave alone in real published reports. */
class ConfidentialityScanTests {

	@Test
	void findsPersonalIdentifiersWithValidCheckDigitsAndClassificationMarks() {
		ReportDocument report = report("信访人张某（身份证号11010519491231002X，手机138-1234-5678）多次来访。",
				"退款账户4111 1111 1111 1111，联系邮箱 zhangsan@example.gov.cn。", "本文件为内部资料，秘密★1年，不得公开。");

		List<Finding> findings = ConfidentialityScan.scan(report);

		assertThat(findings).extracting(Finding::type, Finding::match)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Finding.Type.ID_CARD, "11010519491231002X"),
					org.assertj.core.groups.Tuple.tuple(Finding.Type.MOBILE, "138-1234-5678"),
					org.assertj.core.groups.Tuple.tuple(Finding.Type.BANK_CARD, "4111 1111 1111 1111"),
					org.assertj.core.groups.Tuple.tuple(Finding.Type.EMAIL, "zhangsan@example.gov.cn"),
					org.assertj.core.groups.Tuple.tuple(Finding.Type.CLASSIFIED_MARK, "内部资料"),
					org.assertj.core.groups.Tuple.tuple(Finding.Type.CLASSIFIED_MARK, "秘密"),
					org.assertj.core.groups.Tuple.tuple(Finding.Type.CLASSIFIED_MARK, "★"),
					org.assertj.core.groups.Tuple.tuple(Finding.Type.CLASSIFIED_MARK, "不得公开"));
		assertThat(findings.get(0).excerpt()).contains("身份证号11010519491231002X，手机");
		assertThat(findings.get(0).location()).contains("一、主要举措和成效");
	}

	@Test
	void leavesNumbersThatAreNotIdentifiersAndSecretsInProseAlone() {
		ReportDocument report = report("身份证号110105194912310021校验位不符，审结案件20201231件。",
				"全年罚没款13.5亿元，办理案件110105件，卡号4111111111111112不符合校验。",
				"严格保守国家秘密，依法保护商业秘密，2021年12月31日前完成。");

		assertThat(ConfidentialityScan.scan(report)).isEmpty();
	}

	@Test
	void raisesNoIdentifierInTheRealPublishedReports() throws IOException {
		Path reports = Path.of("..", "shared", "reports");
		assumeTrue(Files.isDirectory(reports), "../shared/reports is absent: no published reports to scan");
		List<Finding> findings = new ArrayList<>();
		try (Stream<Path> files = Files.list(reports)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				for (String line : Files.readAllLines(file)) {
					ConfidentialityScan.check(line, file.getFileName().toString(), findings);
				}
			}
		}
		assertThat(findings).isEmpty();
	}

	private static ReportDocument report(String... paragraphs) {
		return new ReportDocument("某区人民政府2026年法治政府建设年度报告", "",
				List.of(new ReportDocument.Part(PartType.ACHIEVEMENTS, "主要举措和成效", String.join("\n", paragraphs),
						List.of())));
	}

}
