package cn.fazhi.annualreport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * 法治政府建设年度报告: each department drafts its section, the legal bureau reviews it, the editors compile the
 * report, the leader signs it in Tasklist, it is cleared for confidentiality and published.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AnnualReportApplication {

	public static void main(String[] args) {
		SpringApplication.run(AnnualReportApplication.class, args);
	}

}
