package cn.fazhi.annualreport.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.fazhi.annualreport.AnnualReportApplication;
import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.campaign.OpenCampaign;
import cn.fazhi.annualreport.deadline.WorkingCalendar;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.testing.EmbeddedPostgresInitializer;
import cn.fazhi.annualreport.testing.MailServer;
import cn.fazhi.annualreport.testing.TimeTravel;

/**
 * Load driver: N open drafting tasks whose reminders all fall due at the same moment. Measures the time from that
 * moment until the SMTP server (GreenMail) has received every reminder, checks that none came twice, and samples the
 * JVM's heap. The application runs with its production settings (job executor, connection pool) in this JVM, with
 * GreenMail; the heap figure includes GreenMail holding every message.
 *
 * <pre>
 * ./mvnw -Pbenchmark -DskipTests verify                               # 10,000 tasks on H2
 * ./mvnw -Pbenchmark -DskipTests verify -Dbenchmark.tasks=2000 -Dbenchmark.database=postgres
 * </pre>
 */
public final class ReminderBenchmark {

	static final String[] DEPARTMENTS = { "sfj", "scjgj", "sthjj", "rsj", "jyj", "wjw", "cgzfj", "gaj" };

	static final Pattern SECTION_LINK = Pattern.compile("/campaigns/(\\d+)/sections/([a-z]+)");

	private ReminderBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int tasks = Integer.parseInt(System.getProperty("benchmark.tasks", "10000"));
		boolean postgres = "postgres".equals(System.getProperty("benchmark.database", "h2"));
		int campaignCount = (tasks + DEPARTMENTS.length - 1) / DEPARTMENTS.length;
		int expected = campaignCount * DEPARTMENTS.length;

		GreenMail mail = new GreenMail(ServerSetup.SMTP.dynamicPort().verbose(false));
		mail.start();
		String database = postgres ? EmbeddedPostgresInitializer.newDatabase("benchmark")
				: "jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1";
		long started = System.nanoTime();
		List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database,
				"--spring.datasource.username=" + (postgres ? "postgres" : "sa"), "--spring.datasource.password=",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
				"--logging.level.root=WARN", "--spring.main.banner-mode=off"));
		// e.g. -Dbenchmark.settings=camunda.bpm.job-execution.core-pool-size=8 to try other settings
		for (String setting : System.getProperty("benchmark.settings", "").split(",")) {
			if (!setting.isBlank()) {
				arguments.add("--" + setting.strip());
			}
		}
		ConfigurableApplicationContext app = new SpringApplicationBuilder(AnnualReportApplication.class)
			.web(WebApplicationType.SERVLET)
			.run(arguments.toArray(String[]::new));
		try {
			WorkingCalendar calendar = app.getBean(WorkingCalendar.class);
			CampaignService campaigns = app.getBean(CampaignService.class);
			CurrentUser editor = new CurrentUser("editor", "统稿人", Set.of(Roles.REPORT_ADMINS));
			LocalDate due = calendar.onOrAfter(BusinessTime.today(Clock.systemUTC()).plusDays(21));
			for (int i = 0; i < campaignCount; i++) {
				campaigns.open(new OpenCampaign("基准" + i + "区人民政府", 2026, List.of(DEPARTMENTS), due, null, null, null,
						null), editor);
			}
			System.out.printf("setup: %d open drafting tasks in %d campaigns, %s %n", expected, campaignCount,
					seconds(System.nanoTime() - started));

			System.gc();
			AtomicLong peakHeap = new AtomicLong();
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
			ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
			sampler.scheduleAtFixedRate(() -> peakHeap.accumulateAndGet(
					ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), 0, 50,
					TimeUnit.MILLISECONDS);

			jdk.jfr.Recording recording = null;
			if (System.getProperty("benchmark.jfr") != null) {
				recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
				recording.start();
			}
			long due0 = System.nanoTime();
			TimeTravel.toReminderTimeOn(calendar.minusWorkingDays(due, 1));
			// GreenMail gathers the messages from each recipient's mailbox, so only the count is stable while mail
			// arrives; mail has stopped when the count reached the reminders (plus the editors' digest) and holds
			long deadline = due0 + Duration.ofMinutes(15).toNanos();
			int count = 0;
			long lastMail = due0;
			while (System.nanoTime() < deadline
					&& (count < expected || System.nanoTime() - lastMail < Duration.ofSeconds(3).toNanos())) {
				int now = mail.getReceivedMessages().length;
				if (Boolean.getBoolean("benchmark.timeline") && (System.nanoTime() - due0) / 1_000_000 % 1000 < 100) {
					System.out.printf("t=%.1fs outbox=%d mails=%d%n", (System.nanoTime() - due0) / 1e9,
							app.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
								.queryForObject("select count(*) from notification", Long.class), now);
				}
				if (now != count) {
					count = now;
					lastMail = System.nanoTime();
				}
				Thread.sleep(100);
			}
			Set<String> seen = new HashSet<>();
			int duplicates = 0;
			for (MimeMessage received : mail.getReceivedMessages()) {
				MailServer.Mail message = MailServer.Mail.of(received);
				Matcher link = SECTION_LINK.matcher(message.body());
				if (message.subject().startsWith("【催办】") && link.find() && !seen.add(message.to() + link.group())) {
					duplicates++;
				}
			}
			sampler.shutdown();
			if (recording != null) {
				recording.dump(java.nio.file.Path.of(System.getProperty("benchmark.jfr")));
				recording.close();
			}
			long poolPeak = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP)
				.mapToLong(pool -> pool.getPeakUsage().getUsed())
				.sum();
			System.gc();
			long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			double elapsed = (lastMail - due0) / 1e9;
			System.out.printf("database: %s%n", postgres ? "PostgreSQL (embedded)" : "H2 (in memory)");
			System.out.printf("reminders due at once: %d%n", expected);
			System.out.printf("mails received: %d distinct, %d duplicates%n", seen.size(), duplicates);
			System.out.printf("time until the last mail: %.1f s (%.0f mails/s)%n", elapsed, seen.size() / elapsed);
			System.out.printf("peak heap used: %d MiB sampled, %d MiB by the pools' peaks (max heap %d MiB)%n",
					peakHeap.get() >> 20, poolPeak >> 20, Runtime.getRuntime().maxMemory() >> 20);
			System.out.printf("heap still in use after a full GC: %d MiB (GreenMail holds every message)%n", live >> 20);
			if (seen.size() < expected || duplicates > 0) {
				System.exit(1);
			}
		}
		finally {
			TimeTravel.reset();
			app.close();
			mail.stop();
		}
	}

	private static String seconds(long nanos) {
		return String.format("%.1f s", nanos / 1e9);
	}

}
