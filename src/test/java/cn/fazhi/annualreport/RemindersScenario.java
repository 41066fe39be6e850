package cn.fazhi.annualreport;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.fazhi.annualreport.deadline.WorkingCalendar;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.testing.ApiClient;
import cn.fazhi.annualreport.testing.MailServer;
import cn.fazhi.annualreport.testing.MailServer.Mail;
import cn.fazhi.annualreport.testing.RunningProduct;
import cn.fazhi.annualreport.testing.Steps;
import cn.fazhi.annualreport.testing.TimeTravel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines in working days, 催办 and 督办 by e-mail through a real SMTP server, as Camunda's clock moves: reminders
 * before and on the due day, daily escalation once overdue, nothing for finished steps, changed deadlines and
 * granted extensions followed, each message delivered once even when the mail server was down. Runs on H2 and
 * PostgreSQL.
 */
abstract class RemindersScenario extends RunningProduct {

	/** How engine-rest writes dates. */
	static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void backToNow() {
		TimeTravel.reset();
		MailServer.start();
	}

	@Test
	void remindsBeforeAndOnTheDueDayAndEscalatesEveryWorkingDayOnceOverdue() {
		LocalDate due = sectionsDue();
		String organization = Steps.uniqueOrganization("催办");
		long campaign = openCampaign(organization, due, "sfj", "scjgj");
		// 市场监督管理局 is done early: nobody hears about its section again
		steps.approveSection(campaign, "scjgj");

		TimeTravel.toReminderTimeOn(calendar.minusWorkingDays(due, 3));
		Mail first = awaitMail(organization, "liaison-sfj", "【催办】司法局·撰写部门报告：还有3个工作日截止");
		assertThat(first.body()).contains(organization, "2026年度法治政府建设报告", "/campaigns/" + campaign + "/sections/sfj");

		TimeTravel.toReminderTimeOn(calendar.minusWorkingDays(due, 1));
		awaitMail(organization, "liaison-sfj", "【催办】司法局·撰写部门报告：还有1个工作日截止");

		TimeTravel.toReminderTimeOn(due);
		awaitMail(organization, "liaison-sfj", "【催办】司法局·撰写部门报告：今天截止");

		TimeTravel.toReminderTimeOn(calendar.plusWorkingDays(due, 1));
		String escalation = "【督办】司法局·撰写部门报告已逾期1个工作日";
		for (String person : List.of("liaison-sfj", "head-sfj", "editor")) {
			awaitMail(organization, person, escalation);
		}
		assertThat(mails(organization, mail -> (mail.to().startsWith("head-sfj") || mail.to().startsWith("editor"))
				&& isReminder(mail)))
			.extracting(Mail::subject)
			.allMatch(subject -> subject.startsWith("【督办】"));

		assertThat(mails(organization, mail -> mail.to().contains("scjgj") && isReminder(mail))).isEmpty();
		assertThat(mails(organization, mail -> mail.to().startsWith("liaison-sfj") && isReminder(mail))).extracting(Mail::subject)
			.doesNotHaveDuplicates()
			.hasSize(4);
		JsonNode sfj = department(campaign, "sfj");
		assertThat(sfj.get("overdue").asBoolean()).isTrue();
		assertThat(department(campaign, "scjgj").get("overdue").asBoolean()).isFalse();
		assertThat(steps.status(campaign).get("overdueSteps").asInt()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void warnsLeadersAndEditorsAsThePublicationLimitNearsAndMarksAReportPublishedAfterItAsLate() {
		long campaign = steps.reportAwaitingSignature("公开期限");
		String organization = steps.status(campaign).get("organization").asText();
		assertThat(steps.status(campaign).get("deadlines").get("publicationLimit").asText()).isEqualTo("2027-03-31");

		TimeTravel.toReminderTimeOn(LocalDate.of(2027, 3, 17));
		String nearing = "【催办】" + organization + "2026年度法治政府建设报告距公开期限还有10个工作日";
		Mail warning = awaitMail(organization, "leader", nearing);
		assertThat(warning.body()).contains("2027年3月31日", "待政府主要负责人签发", "/campaigns/" + campaign);
		awaitMail(organization, "editor", nearing);
		assertThat(steps.status(campaign).get("publicationLate").asBoolean()).isFalse();

		TimeTravel.toReminderTimeOn(LocalDate.of(2027, 4, 1));
		String late = "【督办】" + organization + "2026年度法治政府建设报告已逾期1天未公开";
		awaitMail(organization, "leader", late);
		awaitMail(organization, "editor", late);
		assertThat(steps.status(campaign).get("publicationLate").asBoolean()).isTrue();

		// published after the limit: allowed, and marked 逾期公开 on the public page and in the status
		String report = "/api/campaigns/" + campaign + "/report";
		assertThat(api.as("leader").post(report + "/sign", Map.of("decision", "SIGN")).status()).isEqualTo(200);
		assertThat(api.as("officer").post(report + "/confidentiality", Map.of("decision", "CLEAR")).status())
			.isEqualTo(200);
		steps.awaitStage(campaign, "PUBLISHED");
		JsonNode status = steps.status(campaign);
		assertThat(status.get("publicationLate").asBoolean()).isTrue();
		assertThat(status.get("publication").get("late").asBoolean()).isTrue();
		long publication = status.get("publication").get("id").asLong();
		assertThat(api.anonymous().getHtml("/public/reports/" + publication).body()).contains("逾期公开");
		assertThat(api.anonymous().get("/public/reports/" + publication).json().get("publishedLate").asBoolean())
			.isTrue();
		assertThat(cn.fazhi.annualreport.testing.BrowserSession.login(port, "editor").get("/campaigns/" + campaign).body())
			.contains("逾期公开");
		// nobody is warned about a published report: the next day's timer fires and writes nothing to the outbox
		String warnings = "select count(*) from notification where kind = 'PUBLICATION_LIMIT' and body_text like ?";
		Integer before = jdbc.queryForObject(warnings, Integer.class, "%" + organization + "%");
		assertThat(before).isPositive();
		TimeTravel.toReminderTimeOn(LocalDate.of(2027, 4, 2));
		awaitTimerAfterNow(campaign, "publicationLimitTime");
		assertThat(jdbc.queryForObject(warnings, Integer.class, "%" + organization + "%")).isEqualTo(before);
	}

	@Test
	void keepsEveryMessageInTheRecipientsInbox() {
		LocalDate due = sectionsDue();
		String organization = Steps.uniqueOrganization("消息");
		long campaign = openCampaign(organization, due, "jyj");
		TimeTravel.toReminderTimeOn(calendar.minusWorkingDays(due, 1));
		awaitMail(organization, "liaison-jyj", "【催办】教育局·撰写部门报告：还有1个工作日截止");

		JsonNode inbox = api.as("liaison-jyj").get("/api/notifications").json();
		JsonNode message = inboxItem(inbox, organization);
		assertThat(message.get("read").asBoolean()).isFalse();
		assertThat(message.get("link").asText()).isEqualTo("/campaigns/" + campaign + "/sections/jyj");
		assertThat(message.get("delivery").asText()).isEqualTo("SENT");
		long unread = inbox.get("unread").asLong();

		assertThat(api.as("liaison-sfj").post("/api/notifications/" + message.get("id").asLong() + "/read", null)
			.status()).isEqualTo(404);
		ApiClient.Response read = api.as("liaison-jyj")
			.post("/api/notifications/" + message.get("id").asLong() + "/read", null);
		assertThat(read.json().get("read").asBoolean()).isTrue();
		assertThat(api.as("liaison-jyj").get("/api/notifications").json().get("unread").asLong())
			.isEqualTo(unread - 1);
	}

	@Test
	void followsAChangedDeadlineAndAGrantedExtension() {
		LocalDate due = sectionsDue();
		String organization = Steps.uniqueOrganization("延期");
		long campaign = openCampaign(organization, due, "rsj", "wjw");

		LocalDate moved = calendar.plusWorkingDays(due, 5);
		ApiClient.Response changed = api.as("editor")
			.put("/api/campaigns/" + campaign + "/deadlines", Map.of("sections", moved.toString()));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(department(campaign, "rsj").get("dueDate").asText()).isEqualTo(moved.toString());
		// the end of the Beijing day
		assertThat(taskDue("liaison-rsj", campaign + ":rsj")).startsWith(moved + "T15:59:59");

		LocalDate extended = calendar.plusWorkingDays(moved, 5);
		ApiClient.Response asked = api.as("liaison-wjw").post(Steps.sectionPath(campaign, "wjw") + "/extension",
				Map.of("until", extended.toString(), "reason", "统计数据需要卫健部门复核"));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		awaitMail(organization, "editor", "【延期申请】卫生健康委员会申请将“撰写中”截止日期延至"
				+ extended.format(DateTimeFormatter.ofPattern("M月d日")));
		ApiClient.Response granted = api.as("editor").post(Steps.sectionPath(campaign, "wjw") + "/extension/decision",
				Map.of("decision", "GRANT", "comment", "同意"));
		assertThat(granted.status()).as(granted.body()).isEqualTo(200);
		assertThat(granted.json().get("grantedUntil").asText()).isEqualTo(extended.toString());
		assertThat(department(campaign, "wjw").get("dueDate").asText()).isEqualTo(extended.toString());
		awaitMail(organization, "liaison-wjw", "【延期申请】已同意延期至" + extended.format(DateTimeFormatter.ofPattern("M月d日")));

		// On the original due day nobody is reminded; on the moved one only the department without an extension.
		TimeTravel.toReminderTimeOn(due);
		awaitRemindersOf(campaign, "rsj", "wjw");
		TimeTravel.toReminderTimeOn(moved);
		awaitMail(organization, "liaison-rsj", "【催办】人力资源和社会保障局·撰写部门报告：今天截止");
		awaitRemindersOf(campaign, "wjw");
		TimeTravel.toReminderTimeOn(calendar.minusWorkingDays(extended, 1));
		awaitMail(organization, "liaison-wjw", "【催办】卫生健康委员会·撰写部门报告：还有1个工作日截止");

		assertThat(mails(organization, mail -> mail.subject().contains("今天截止"))).extracting(Mail::to)
			.containsExactly("liaison-rsj@example.com");
		assertThat(mails(organization, mail -> mail.to().startsWith("liaison-wjw") && mail.subject().startsWith("【催办】")))
			.hasSize(1);
	}

	@Test
	void deliversEachMessageOnceWhenTheMailServerWasDownForAWhile() {
		LocalDate due = sectionsDue();
		String organization = Steps.uniqueOrganization("重投");
		openCampaign(organization, due, "cgzfj");
		// the liaison hears of the new task while the mail server is up; then it goes down
		awaitMail(organization, "liaison-cgzfj", "【待办】");
		MailServer.stop();

		TimeTravel.toReminderTimeOn(calendar.minusWorkingDays(due, 1));
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(outbox(organization))
			.containsEntry("DELIVERY", "PENDING")
			.containsEntry("ATTEMPTS", 1));
		assertThat(outbox(organization).get("LAST_ERROR")).isNotNull();

		// the delivery job failed and waits for its first retry, a minute later
		JsonNode failed = awaitFailedDelivery("liaison-cgzfj@example.com");
		assertThat(failed.get("retries").asInt()).isEqualTo(5);
		MailServer.start();
		TimeTravel.toInstant(java.time.OffsetDateTime.parse(failed.get("dueDate").asText(), ENGINE_DATE).toInstant().plusSeconds(1));
		awaitMail(organization, "liaison-cgzfj", "【催办】城市管理综合行政执法局·撰写部门报告：还有1个工作日截止");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(outbox(organization)).containsEntry("DELIVERY", "SENT").containsEntry("ATTEMPTS", 2));
		TimeTravel.plusSeconds(600);
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
			.until(() -> mails(organization, mail -> mail.to().startsWith("liaison-cgzfj") && isReminder(mail)).size() == 1);
	}

	@Test
	void sendsTheEditorsAMorningDigestOfWhatIsLate() {
		LocalDate due = sectionsDue();
		String organization = Steps.uniqueOrganization("汇总");
		openCampaign(organization, due, "gaj");

		// The digest's timer is one for all campaigns: travel beyond every date the other tests moved the clock to.
		LocalDate late = calendar.onOrAfter(due.plusDays(300));
		TimeTravel.to(late, LocalTime.of(8, 30, 30));

		Mail digest = awaitMail("截至", "editor", "【每日汇总】" + late.format(DateTimeFormatter.ofPattern("M月d日")));
		assertThat(digest.body()).contains(organization, "公安分局", "已逾期");
	}

	@Test
	void letsAdministratorsEnterHolidaysThatMoveDeadlines() {
		LocalDate holiday = calendar.onOrAfter(BusinessTime.today(java.time.Clock.systemUTC()).plusDays(45));
		String path = "/api/working-calendar/days/" + holiday;
		assertThat(api.as("editor").put(path, Map.of("working", false, "name", "测试假日")).status()).isEqualTo(403);
		assertThat(api.as("admin").put(path, Map.of("working", false, "name", "")).status()).isEqualTo(400);
		try {
			ApiClient.Response set = api.as("admin").put(path, Map.of("working", false, "name", "测试假日"));
			assertThat(set.status()).as(set.body()).isEqualTo(200);
			assertThat(set.json().get("source").asText()).isEqualTo("ADMINISTRATOR");
			JsonNode year = api.as("liaison-sfj").get("/api/working-calendar/" + holiday.getYear()).json();
			assertThat(year.get("days").findValuesAsText("name")).contains("测试假日");

			long campaign = openCampaign(Steps.uniqueOrganization("假日"), holiday, "sfj");
			assertThat(department(campaign, "sfj").get("dueDate").asText())
				.isEqualTo(calendar.plusWorkingDays(holiday, 1).toString())
				.isNotEqualTo(holiday.toString());
		}
		finally {
			assertThat(api.as("admin").delete(path).status()).isEqualTo(200);
		}
		assertThat(api.as("admin").get(path).json().get("source").asText()).isNotEqualTo("ADMINISTRATOR");
	}

	@Test
	void feedsEachUsersDeadlinesToTheirCalendar() {
		LocalDate due = sectionsDue();
		String organization = Steps.uniqueOrganization("日历");
		long campaign = openCampaign(organization, due, "sthjj");

		ApiClient.Response feed = api.as("liaison-sthjj").get("/api/calendar.ics", MediaType.ALL);

		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.contentType().toString()).startsWith("text/calendar");
		String ics = feed.body().replace("\r\n ", "").replace("\n ", "");
		assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:生态环境局·撰写部门报告截止",
				"DTSTART;VALUE=DATE:" + due.format(DateTimeFormatter.BASIC_ISO_DATE), "/campaigns/" + campaign + "/sect");
		assertThat(api.as("liaison-gaj").get("/api/calendar.ics", MediaType.ALL).body()).doesNotContain("生态环境局");
		assertThat(api.anonymous().get("/api/calendar.ics", MediaType.ALL).status()).isEqualTo(401);
	}

	/** A sections deadline three weeks ahead, on a working day, so every reminder of the test lies in the future. */
	private LocalDate sectionsDue() {
		return calendar.onOrAfter(BusinessTime.today(java.time.Clock.systemUTC()).plusDays(21));
	}

	private long openCampaign(String organization, LocalDate due, String... departments) {
		ApiClient.Response opened = api.as("editor")
			.post("/api/campaigns", Map.of("organization", organization, "year", Steps.YEAR, "departments",
					List.of(departments), "deadlines", Map.of("sections", due.toString())));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		return opened.json().get("id").asLong();
	}

	private JsonNode department(long campaign, String code) {
		for (JsonNode d : steps.status(campaign).get("departments")) {
			if (d.get("code").asText().equals(code)) {
				return d;
			}
		}
		throw new AssertionError("no department " + code);
	}

	private String taskDue(String user, String businessKey) {
		return api.as(user).get("/engine-rest/task?processInstanceBusinessKey=" + businessKey).json().get(0)
			.get("due").asText();
	}

	private JsonNode awaitFailedDelivery(String email) {
		JsonNode[] failed = new JsonNode[1];
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			failed[0] = null;
			api.as("admin").get("/engine-rest/job?processDefinitionKey=notification-delivery&withException=true").json()
				.forEach(job -> {
					if (job.path("exceptionMessage").asText().contains(email)) {
						failed[0] = job;
					}
				});
			assertThat(failed[0]).isNotNull();
		});
		return failed[0];
	}

	/** Waits until today's reminder timer of each section fired (its next run is tomorrow). */
	private void awaitRemindersOf(long campaign, String... departments) {
		java.util.Date now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
		for (String department : departments) {
			String instance = api.as("admin").get("/engine-rest/process-instance?businessKey=" + campaign + ":" + department)
				.json().get(0).get("id").asText();
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				JsonNode timers = api.as("admin")
					.get("/engine-rest/job?timers=true&activityId=reminderTime&processInstanceId=" + instance).json();
				assertThat(java.time.OffsetDateTime.parse(timers.get(0).get("dueDate").asText(), ENGINE_DATE).toInstant())
					.isAfter(now.toInstant());
			});
		}
	}

	/** Waits until the campaign's timer fired today (its next run is later). */
	private void awaitTimerAfterNow(long campaign, String activity) {
		java.util.Date now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
		String instance = api.as("admin").get("/engine-rest/process-instance?businessKey=" + campaign
				+ "&processDefinitionKey=annual-report").json().get(0).get("id").asText();
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			JsonNode timers = api.as("admin")
				.get("/engine-rest/job?timers=true&activityId=" + activity + "&processInstanceId=" + instance).json();
			assertThat(java.time.OffsetDateTime.parse(timers.get(0).get("dueDate").asText(), ENGINE_DATE).toInstant())
				.isAfter(now.toInstant());
		});
	}

	/** Waits for the mail to the user whose subject starts so and whose text mentions the marker. */
	private Mail awaitMail(String marker, String user, String subject) {
		Predicate<Mail> wanted = mail -> mail.to().equals(user + "@example.com") && mail.subject().startsWith(subject);
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(mails(marker, wanted)).isNotEmpty());
		return mails(marker, wanted).get(0);
	}

	/** 催办 and 督办, not the messages that tell people a task has reached them. */
	private static boolean isReminder(Mail mail) {
		return mail.subject().startsWith("【催办】") || mail.subject().startsWith("【督办】");
	}

	private static List<Mail> mails(String marker, Predicate<Mail> which) {
		return MailServer.received().stream().filter(mail -> mail.body().contains(marker)).filter(which).toList();
	}

	/** The outbox row of the test's one message, or nothing yet. */
	private Map<String, Object> outbox(String organization) {
		List<Map<String, Object>> rows = jdbc.queryForList(
				"select delivery, attempts, last_error from notification where body_text like ? and kind = 'REMINDER'",
				"%" + organization + "%");
		assertThat(rows).hasSizeLessThanOrEqualTo(1);
		return rows.isEmpty() ? Map.of() : rows.get(0);
	}

	private static JsonNode inboxItem(JsonNode inbox, String marker) {
		for (JsonNode item : inbox.get("items")) {
			if (item.get("text").asText().contains(marker)) {
				return item;
			}
		}
		throw new AssertionError("no message about " + marker);
	}

}
