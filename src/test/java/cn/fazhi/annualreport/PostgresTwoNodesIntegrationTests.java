package cn.fazhi.annualreport;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.campaign.OpenCampaign;
import cn.fazhi.annualreport.deadline.WorkingCalendar;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.testing.EmbeddedPostgresInitializer;
import cn.fazhi.annualreport.testing.MailServer;
import cn.fazhi.annualreport.testing.TimeTravel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes, each with its own engine and job executor, on one PostgreSQL: when 200 reminders fall due
 * at the same moment both nodes work on them, and every liaison gets each reminder exactly once.
 */
class PostgresTwoNodesIntegrationTests {

	static final String[] DEPARTMENTS = { "sfj", "scjgj", "sthjj", "rsj", "jyj", "wjw", "cgzfj", "gaj" };

	static final int CAMPAIGNS = 25;

	static final Pattern SECTION_LINK = Pattern.compile("/campaigns/(\\d+)/sections/([a-z]+)");

	static GreenMail mail;

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodes() {
		mail = new GreenMail(ServerSetup.SMTP.dynamicPort().verbose(false));
		mail.start();
		String database = EmbeddedPostgresInitializer.newDatabase("two_nodes");
		nodeA = node("node-a", database);
		nodeB = node("node-b", database);
	}

	@AfterAll
	static void stopTwoNodes() {
		TimeTravel.reset();
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
		mail.stop();
	}

	@Test
	void mailsEachOfTwoHundredRemindersDueAtOnceExactlyOnce() {
		WorkingCalendar calendar = nodeA.getBean(WorkingCalendar.class);
		LocalDate due = calendar.onOrAfter(BusinessTime.today(java.time.Clock.systemUTC()).plusDays(21));
		CampaignService campaigns = nodeA.getBean(CampaignService.class);
		CurrentUser editor = new CurrentUser("editor", "统稿人", Set.of(Roles.REPORT_ADMINS));
		for (int i = 0; i < CAMPAIGNS; i++) {
			campaigns.open(new OpenCampaign("双节点" + i + "区人民政府", 2026, List.of(DEPARTMENTS), due, null, null, null,
					null), editor);
		}

		TimeTravel.toReminderTimeOn(calendar.minusWorkingDays(due, 1));

		int expected = CAMPAIGNS * DEPARTMENTS.length;
		await().atMost(Duration.ofSeconds(120)).until(() -> reminders().size() >= expected);
		// give a duplicate every chance to arrive
		await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> reminders().size() == expected);
		List<String> received = reminders();
		assertThat(received).hasSize(expected).doesNotHaveDuplicates();
		assertThat(received).allMatch(entry -> entry.startsWith("liaison-" + entry.substring(entry.lastIndexOf('/') + 1)));
		Set<String> hosts = nodeA.getBean(HistoryService.class)
			.createHistoricJobLogQuery()
			.successLog()
			.activityIdIn("reminderTime")
			.list()
			.stream()
			.map(HistoricJobLog::getHostname)
			.collect(Collectors.toSet());
		assertThat(hosts).as("both nodes fired reminder timers").contains("node-a", "node-b");
	}

	/** "recipient → campaign/department" of every reminder mail received. */
	private static List<String> reminders() {
		List<String> entries = new ArrayList<>();
		Arrays.stream(mail.getReceivedMessages()).map(message -> {
			try {
				return MailServer.Mail.of(message);
			}
			catch (RuntimeException ex) {
				throw ex;
			}
		}).filter(received -> received.subject().startsWith("【催办】")).forEach(received -> {
			Matcher link = SECTION_LINK.matcher(received.body());
			if (link.find()) {
				entries.add(received.to().replace("@example.com", "") + " → " + link.group(1) + "/" + link.group(2));
			}
		});
		return entries;
	}

	private static ConfigurableApplicationContext node(String name, String database) {
		// command-line arguments, which take precedence over application.yml
		return new SpringApplicationBuilder(AnnualReportApplication.class).web(WebApplicationType.SERVLET)
			.run("--server.port=0", "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + mail.getSmtp().getPort(), "--camunda.bpm.process-engine-name=" + name,
					"--camunda.bpm.generic-properties.properties.hostname=" + name,
					"--camunda.bpm.job-execution.max-wait=1000", "--spring.jmx.enabled=false");
	}

}
