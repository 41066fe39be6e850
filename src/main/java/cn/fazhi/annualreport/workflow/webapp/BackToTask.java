package cn.fazhi.annualreport.workflow.webapp;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import cn.fazhi.annualreport.workflow.UserTasks;

/**
 * 返回任务 on the product's pages that a Tasklist form links to. Tasklist opens them beside the task with the task's
 * id ({@code taskId}, the name Tasklist itself gives an external form), and the page header leads back to that task
 * in Tasklist. Only the id is taken from the request, and only if it looks like one, so the link can only ever be
 * Tasklist's.
 */
@ControllerAdvice(annotations = Controller.class)
class BackToTask {

	/** Camunda's ids: UUIDs by default, numbers with the database id generator. */
	static final Pattern TASK_ID = Pattern.compile("[0-9A-Za-z-]{1,64}");

	static final String TASK_ID_PARAMETER = "taskId";

	@ModelAttribute("backToTask")
	String backToTask(HttpServletRequest request) {
		// an upload's body is read by the handler that expects it, which answers a broken or oversized one itself
		String taskId = isMultipart(request) ? UriComponentsBuilder.fromUriString(request.getRequestURI())
			.query(request.getQueryString())
			.build()
			.getQueryParams()
			.getFirst(TASK_ID_PARAMETER) : request.getParameter(TASK_ID_PARAMETER);
		return taskId != null && TASK_ID.matcher(taskId).matches() ? UserTasks.tasklistLink(taskId) : null;
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

}
