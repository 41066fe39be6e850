package cn.fazhi.annualreport;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.fazhi.annualreport.testing.ApiClient;
import cn.fazhi.annualreport.testing.Chromium;
import cn.fazhi.annualreport.testing.H2IntegrationTest;
import cn.fazhi.annualreport.testing.ProductInTheBrowser;
import cn.fazhi.annualreport.testing.Steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 批注 (DESIGN §8): the head while the section waits for their confirmation, the reviewer while it is under review,
 * comment on words of the revision before them; a return tells the liaison the open ones; the liaison answers and
 * resolves each while revising, and the revision saved next says which were resolved.
 */
@H2IntegrationTest
class AnnotationIntegrationTests extends ProductInTheBrowser {

	@Test
	void theHeadAndTheReviewerAnnotateTheWordsOfTheRevisionWhileItWaitsForThem() {
		long campaign = steps.openCampaign(Steps.uniqueOrganization("批注"), "sfj", "scjgj");
		String path = Steps.sectionPath(campaign, "sfj") + "/annotations";
		steps.saveSection(campaign, "sfj", Steps.section("sfj", "成效明显", 0));
		Map<String, Object> onShortcomings = annotation(1, "shortcomings", null, "法治宣传针对性不强", "请说明具体表现");

		assertProblem(api.as("head-sfj").post(path, onShortcomings), 409, "部门主要负责人在报告待确认时批注");
		assertThat(api.as("reviewer").post(path, onShortcomings).status()).as("the draft is not the reviewer's to read")
			.isEqualTo(403);
		steps.submit(campaign, "sfj");

		ApiClient.Response added = api.as("head-sfj").post(path, onShortcomings);
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		JsonNode byHead = added.json();
		assertThat(added.header("Location")).endsWith("/annotations/" + byHead.get("id").asLong());
		assertThat(byHead.get("revision").asInt()).isEqualTo(1);
		assertThat(byHead.get("part").asText()).isEqualTo("shortcomings");
		assertThat(byHead.get("item").isNull()).isTrue();
		assertThat(byHead.get("where").asText()).isEqualTo("存在的不足和原因");
		assertThat(byHead.get("quote").asText()).isEqualTo("法治宣传针对性不强");
		assertThat(byHead.get("comment").asText()).isEqualTo("请说明具体表现");
		assertThat(byHead.get("author").asText()).isEqualTo("司法局主要负责人");
		assertThat(byHead.get("createdAt").asText()).isNotBlank();
		assertThat(byHead.get("resolved").asBoolean()).isFalse();
		assertThat(byHead.get("resolvedInRevision").isNull()).isTrue();
		JsonNode onTitle = created("head-sfj", path, annotation(1, "achievements", 0, "深化放管服", "标题太笼统"));
		assertThat(onTitle.get("where").asText()).isEqualTo("主要举措和成效第 1 项");

		for (String stranger : List.of("liaison-sfj", "head-scjgj", "liaison-scjgj", "editor", "admin")) {
			assertThat(api.as(stranger).post(path, onShortcomings).status()).as(stranger).isEqualTo(403);
		}
		assertProblem(api.as("reviewer").post(path, onShortcomings), 409, "司法局审核员在审核时批注");
		assertThat(api.anonymous().post(path, onShortcomings).status()).isEqualTo(401);
		assertThat(api.as("head-sfj").post(Steps.sectionPath(campaign, "nosuch") + "/annotations", onShortcomings)
			.status()).isEqualTo(404);

		// each field refused by the name the page gives it
		assertField(api.as("head-sfj").post(path, annotation(1, "shortcomings", null, "没有写过的话", "意见")), "quote",
				"所选文字", "所选文字“没有写过的话”不在第 1 版的“存在的不足和原因”中");
		assertField(api.as("head-sfj").post(path, annotation(1, "achievements", 1, "深化放管服", "意见")), "quote",
				"所选文字", "不在第 1 版的“主要举措和成效第 2 项”中");
		assertField(api.as("head-sfj").post(path, annotation(1, "achievements", null, "深化放管服", "意见")), "item",
				"批注的举措", "哪一项");
		assertField(api.as("head-sfj").post(path, annotation(1, "achievements", 2, "深化放管服", "意见")), "item",
				"批注的举措", "共 2 项，没有编号为 2 的一项");
		assertField(api.as("head-sfj").post(path, annotation(1, "leadership", 0, "专题学法", "意见")), "item",
				"批注的举措", "不能指明项");
		assertField(api.as("head-sfj").post(path, annotation(1, "summary", null, "专题学法", "意见")), "part",
				"批注的部分", "“summary”不是报告的组成部分");
		assertField(api.as("head-sfj").post(path, annotation(2, "leadership", null, "专题学法", "意见")), "revision",
				"版本", "只能批注正在审核的第 1 版");
		assertField(api.as("head-sfj").post(path, annotation(1, "leadership", null, "专题学法", "  ")), "comment",
				"意见", "请填写批注意见");
		assertField(api.as("head-sfj").post(path, annotation(1, "leadership", null, "专题学法", "意".repeat(1_001))),
				"comment", "意见", "不能超过 1000 个字");
		// white space a browser's selection brings along is not part of the quote
		assertThat(created("head-sfj", path, annotation(1, "leadership", null, "\n主要负责人主持  ", "请补充次数"))
			.get("quote").asText()).isEqualTo("主要负责人主持");

		steps.headDecides(campaign, "sfj", "CONFIRM", null);
		assertProblem(api.as("head-sfj").post(path, onShortcomings), 409, "部门主要负责人在报告待确认时批注");
		JsonNode byReviewer = created("reviewer", path,
				annotation(1, "nextYearPlans", null, "继续推进依法行政", "请写明具体举措"));
		assertThat(byReviewer.get("author").asText()).isEqualTo("司法局审核员");

		for (String reader : List.of("head-sfj", "liaison-sfj", "reviewer", "editor")) {
			assertThat(quotes(api.as(reader).get(path).json())).as(reader)
				.containsExactly("法治宣传针对性不强", "深化放管服", "主要负责人主持", "继续推进依法行政");
		}
		assertThat(api.as("liaison-scjgj").get(path).status()).isEqualTo(403);
		assertThat(api.anonymous().get(path).status()).isEqualTo(401);
		assertProblem(api.as("liaison-sfj").put(path + "/" + byHead.get("id").asLong(), Map.of("resolved", true)), 409,
				"只能在撰写或修改报告时回复和标为已解决");
	}

	@Test
	void aReturnCarriesTheOpenAnnotationsAndTheNextRevisionSaysWhichWereResolved() {
		String organization = Steps.uniqueOrganization("批注退回");
		long campaign = steps.openCampaign(organization, "sfj", "scjgj");
		String path = Steps.sectionPath(campaign, "sfj") + "/annotations";
		steps.saveSection(campaign, "sfj", Steps.section("sfj", "成效明显", 0));
		steps.submit(campaign, "sfj");
		long first = created("head-sfj", path, annotation(1, "shortcomings", null, "针对性不强", "请补充原因分析。"))
			.get("id").asLong();
		long second = created("head-sfj", path, annotation(1, "achievements", 1, "三项制度", "请写明落实的比例"))
			.get("id").asLong();
		steps.headDecides(campaign, "sfj", "CONFIRM", null);
		long third = created("reviewer", path, annotation(1, "leadership", null, "专题学法", "请写明次数"))
			.get("id").asLong();
		long fourth = created("reviewer", path, annotation(1, "nextYearPlans", null, "依法行政", "请具体些"))
			.get("id").asLong();
		steps.reviewerDecides(campaign, "sfj", "RETURN", "请按批注修改");

		String told = returnMessage(organization, 1);
		assertThat(told).contains("审核员退回，意见：请按批注修改", "未解决的批注：", "“针对性不强”——请补充原因分析；",
				"“三项制度”——请写明落实的比例", "“专题学法”——请写明次数 等 4 条批注", "逐条回复或标为已解决")
			.doesNotContain("依法行政", "分析。；");

		// only the department's liaison answers
		String one = path + "/" + first;
		for (String other : List.of("liaison-scjgj", "head-sfj", "reviewer", "editor")) {
			assertThat(api.as(other).put(one, Map.of("resolved", true)).status()).as(other).isEqualTo(403);
		}
		assertThat(api.anonymous().put(one, Map.of("resolved", true)).status()).isEqualTo(401);
		assertThat(api.as("liaison-sfj").put(path + "/999999999", Map.of("resolved", true)).status()).isEqualTo(404);
		assertThat(api.as("liaison-scjgj").put(Steps.sectionPath(campaign, "scjgj") + "/annotations/" + first,
				Map.of("resolved", true)).status()).as("an annotation is found only under its own section").isEqualTo(404);
		assertField(api.as("liaison-sfj").put(one, Map.of()), "reply", "回复", "请填写回复，或标明是否已解决");
		assertField(api.as("liaison-sfj").put(one, Map.of("reply", "答".repeat(1_001), "resolved", true)), "reply",
				"回复", "不能超过 1000 个字");
		assertThat(annotationOf(api.as("liaison-sfj").get(path).json(), first).get("resolved").asBoolean())
			.as("a refused answer changes nothing").isFalse();

		JsonNode resolved = answered(one, Map.of("reply", "已补充原因分析", "resolved", true));
		assertThat(resolved.get("reply").asText()).isEqualTo("已补充原因分析");
		assertThat(resolved.get("repliedBy").asText()).isEqualTo("司法局联络员");
		assertThat(resolved.get("resolved").asBoolean()).isTrue();
		assertThat(resolved.get("resolvedBy").asText()).isEqualTo("司法局联络员");
		assertThat(resolved.get("resolvedAt").asText()).isNotBlank();
		assertThat(resolved.get("resolvedInRevision").isNull()).as("no revision carries it yet").isTrue();
		assertThat(answered(path + "/" + second, Map.of("reply", "比例已写明")).get("resolved").asBoolean()).isFalse();
		assertThat(answered(path + "/" + fourth, Map.of("resolved", true)).get("resolved").asBoolean()).isTrue();
		JsonNode reopened = answered(path + "/" + fourth, Map.of("resolved", false));
		assertThat(reopened.get("resolved").asBoolean()).isFalse();
		assertThat(reopened.get("resolvedBy").isNull()).isTrue();

		steps.saveSection(campaign, "sfj", Steps.section("sfj", "已按批注修改", 1));
		JsonNode afterSave = api.as("reviewer").get(path).json();
		assertThat(annotationOf(afterSave, first).get("resolvedInRevision").asInt()).isEqualTo(2);
		assertThat(annotationOf(afterSave, second).get("resolvedInRevision").isNull()).isTrue();
		// resolved after the revision that resolves it was saved: submitting says it is in that one
		answered(path + "/" + second, Map.of("resolved", true));
		steps.submit(campaign, "sfj");
		JsonNode afterSubmit = api.as("head-sfj").get(path).json();
		assertThat(annotationOf(afterSubmit, second).get("resolvedInRevision").asInt()).isEqualTo(2);
		assertThat(annotationOf(afterSubmit, first).get("resolvedInRevision").asInt()).isEqualTo(2);
		assertThat(annotationOf(afterSubmit, third).get("resolved").asBoolean()).isFalse();

		steps.headDecides(campaign, "sfj", "RETURN", "仍有批注未处理");
		assertThat(returnMessage(organization, 2)).contains("主要负责人退回，意见：仍有批注未处理",
				"“专题学法”——请写明次数；“依法行政”——请具体些。").doesNotContain("针对性不强", "三项制度", "条批注");
	}

	@Test
	void theReviewerAnnotatesTheTextReturnsItAndTheLiaisonAnswersAndResolvesEachBesideItsPart() throws Exception {
		String organization = Steps.uniqueOrganization("批注页面");
		long campaign = steps.openCampaign(organization, "sfj");
		steps.saveSection(campaign, "sfj", Steps.section("sfj", "成效明显", 0));
		steps.submit(campaign, "sfj");
		steps.headDecides(campaign, "sfj", "CONFIRM", null);
		String page = base() + "/campaigns/" + campaign + "/sections/sfj";
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

		signIn("reviewer", ApiClient.PASSWORD, wait);
		browser.get(page);
		assertThat(browser.findElement(By.cssSelector(".annotate-hint")).getText()).contains("选中正文中的文字");
		annotateInTheBrowser("p[data-part='shortcomings'][data-paragraph='0']", "法治宣传针对性不强", "请说明在哪些方面针对性不强",
				wait);
		annotateInTheBrowser("p[data-part='achievements'][data-item='1'][data-paragraph='0']", "落实行政执法三项制度",
				"请写明公示、记录、审核的覆盖率", wait);
		WebElement beside = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("ol.annotations[data-part='achievements'][data-item='1'] li.annotation")));
		assertThat(beside.getText()).contains("主要举措和成效第 2 项 · 第 1 版", "落实行政执法三项制度",
				"请写明公示、记录、审核的覆盖率", "司法局审核员", "未解决");
		assertThat(browser.findElement(By.cssSelector("p[data-part='achievements'][data-item='1'] mark")).getText())
			.isEqualTo("落实行政执法三项制度");
		browser.navigate().refresh();
		assertThat(wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("#section-text mark"))))
			.as("kept, and marked again when the page is opened").hasSize(2);
		Chromium.screenshot(browser, "annotations-reviewer");

		// the reviewer returns the section in the Tasklist form, as the Tasklist link of the page's task leads
		String task = api.as("admin")
			.get("/engine-rest/task?processInstanceBusinessKey=" + campaign + ":sfj&taskDefinitionKey=reviewSection")
			.json()
			.get(0)
			.get("id")
			.asText();
		browser.get(base() + "/camunda/app/tasklist/default/#/?task=" + task);
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".claim-first button"))).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
		inView(By.xpath("//label[normalize-space()='退回修改']")).click();
		inView(By.cssSelector(".fjs-container textarea")).sendKeys("请按批注修改");
		inView(By.xpath("//button[normalize-space()='完成']")).click();
		await().atMost(Duration.ofSeconds(30)).until(() -> steps.stageOf(campaign, "sfj").equals("REVISING"));
		assertThat(returnMessage(organization, 1)).contains("请按批注修改", "“法治宣传针对性不强”——请说明在哪些方面针对性不强",
				"“落实行政执法三项制度”——请写明公示、记录、审核的覆盖率");

		browser.manage().deleteAllCookies();
		signIn("liaison-sfj", ApiClient.PASSWORD, wait);
		browser.get(page);
		WebElement panel = browser.findElement(By.id("annotations"));
		assertThat(panel.findElement(By.tagName("h2")).getText()).isEqualTo("批注（2 条未解决）");
		// each annotation right under the editor of the text it is about
		WebElement shortcomings = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
				"textarea[name='shortcomings'] + .editor + ol.annotations.beside li.annotation[data-part='shortcomings']")));
		assertThat(shortcomings.getAttribute("data-annotation")).isNotBlank();
		assertThat(shortcomings.getText()).contains("存在的不足和原因 · 第 1 版", "法治宣传针对性不强", "请说明在哪些方面针对性不强",
				"司法局审核员", "未解决");
		WebElement achievement = browser.findElement(By.cssSelector(
				"#items .item:nth-child(2) .editor + ol.annotations.beside li.annotation[data-part='achievements']"));
		assertThat(achievement.getAttribute("data-item")).isEqualTo("1");
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", shortcomings);
		Chromium.screenshot(browser, "annotations-liaison");

		shortcomings.findElement(By.tagName("textarea")).sendKeys("已补充宣传对象和方式");
		shortcomings.findElement(By.xpath(".//button[normalize-space()='回复']")).click();
		WebElement replied = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("li.annotation[data-part='shortcomings'] .reply")));
		assertThat(replied.getText()).contains("回复：已补充宣传对象和方式", "司法局联络员");
		browser.findElement(By.cssSelector("li.annotation[data-part='shortcomings']"))
			.findElement(By.xpath(".//button[normalize-space()='标为已解决']"))
			.click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("li.annotation[data-part='shortcomings'] .state"), "已解决（司法局联络员"));
		assertThat(browser.findElement(By.cssSelector("#annotations h2")).getText()).isEqualTo("批注（1 条未解决）");

		WebElement text = browser.findElement(By.cssSelector("textarea[name='shortcomings'] + .editor .ql-editor"));
		text.click();
		text.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
		text.sendKeys("sfj法治宣传针对性不强，主要是面向企业的宣传少、以会代宣多。");
		browser.findElement(By.cssSelector("button[value='save']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("li.annotation[data-part='shortcomings'] .state"), "已在第 2 版解决"));
		assertThat(browser.findElement(By.cssSelector("li.annotation[data-part='achievements'] .state"))
			.getText()).isEqualTo("未解决");
		assertThat(api.as("liaison-sfj").get(Steps.sectionPath(campaign, "sfj")).json().get("shortcomings").asText())
			.isEqualTo("sfj法治宣传针对性不强，主要是面向企业的宣传少、以会代宣多。");
		((JavascriptExecutor) browser).executeScript(
				"document.querySelector('li.annotation[data-part=shortcomings]').scrollIntoView({block: 'center'})");
		Chromium.screenshot(browser, "annotations-liaison-resolved");
	}

	/** The element, scrolled to the middle of the window, where nothing of Tasklist's stands over it. */
	private WebElement inView(By locator) {
		WebElement found = browser.findElement(locator);
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", found);
		return found;
	}

	/** Selects the words in the paragraph as a reader's mouse does, and annotates them with the comment. */
	private void annotateInTheBrowser(String paragraph, String words, String comment, WebDriverWait wait)
			throws java.io.IOException {
		((JavascriptExecutor) browser).executeScript("""
				const node = document.querySelector(arguments[0]).firstChild;
				const at = node.data.indexOf(arguments[1]);
				const range = document.createRange();
				range.setStart(node, at);
				range.setEnd(node, at + arguments[1].length);
				const selection = window.getSelection();
				selection.removeAllRanges();
				selection.addRange(range);""", paragraph, words);
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.add-annotation"))).click();
		WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("annotation-comment")));
		assertThat(browser.findElement(By.cssSelector("form.annotate-form .quote")).getText())
			.isEqualTo("“" + words + "”");
		box.sendKeys(comment);
		Chromium.screenshot(browser, "annotations-reviewer-adding");
		browser.findElement(By.xpath("//form[contains(@class,'annotate-form')]//button[normalize-space()='保存批注']"))
			.click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form.annotate-form")));
		WebElement marked = browser.findElement(By.cssSelector(paragraph + " mark"));
		assertThat(marked.getText()).isEqualTo(words);
	}

	/** The liaison's message of the section coming back for the {@code round}-th time, as the inbox shows it. */
	private String returnMessage(String organization, int round) {
		List<JsonNode> returns = StreamSupport
			.stream(api.as("liaison-sfj").get("/api/notifications").json().get("items").spliterator(), false)
			.filter(m -> m.get("text").asText().contains("新的待办：修改部门报告") && m.get("text").asText().contains(organization))
			.toList();
		assertThat(returns).hasSize(round);
		// newest first
		return returns.get(0).get("text").asText();
	}

	private static Map<String, Object> annotation(int revision, String part, Integer item, String quote,
			String comment) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("revision", revision);
		body.put("part", part);
		if (item != null) {
			body.put("item", item);
		}
		body.put("quote", quote);
		body.put("comment", comment);
		return body;
	}

	private JsonNode created(String user, String path, Map<String, Object> body) {
		ApiClient.Response answer = api.as(user).post(path, body);
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json();
	}

	private JsonNode answered(String path, Map<String, Object> body) {
		ApiClient.Response answer = api.as("liaison-sfj").put(path, body);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private static JsonNode annotationOf(JsonNode list, long id) {
		return StreamSupport.stream(list.spliterator(), false)
			.filter(a -> a.get("id").asLong() == id)
			.findFirst()
			.orElseThrow();
	}

	private static List<String> quotes(JsonNode list) {
		return StreamSupport.stream(list.spliterator(), false).map(a -> a.get("quote").asText()).toList();
	}

	private static void assertProblem(ApiClient.Response answer, int status, String detail) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.json().get("detail").asText()).contains(detail);
	}

	/** A 400 that names the one refused field as the page does, with the reason. */
	private static void assertField(ApiClient.Response answer, String field, String label, String message) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		JsonNode errors = answer.json().get("errors");
		assertThat(errors).as(answer.body()).hasSize(1);
		assertThat(errors.get(0).get("field").asText()).isEqualTo(field);
		assertThat(errors.get(0).get("label").asText()).isEqualTo(label);
		assertThat(errors.get(0).get("message").asText()).contains(message);
	}

}
