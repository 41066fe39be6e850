package cn.fazhi.annualreport.workflow.rest;

import org.junit.jupiter.api.Test;

import cn.fazhi.annualreport.workflow.rest.EngineApiPolicy.Check;

import static org.assertj.core.api.Assertions.assertThat;

class EngineApiPolicyTests {

	@Test
	void bothFacesOfTheEngineApiAreTheSameRoutes() {
		assertThat(EngineApiPolicy.enginePath("/engine-rest/task/1")).hasValue("task/1");
		assertThat(EngineApiPolicy.enginePath("/engine-rest/engine/default/task/1")).hasValue("task/1");
		assertThat(EngineApiPolicy.enginePath("/camunda/api/engine/engine/default/task/1")).hasValue("task/1");
		assertThat(EngineApiPolicy.enginePath("/camunda/api/engine/engine/")).hasValue("");
		assertThat(EngineApiPolicy.enginePath("/engine-rest/engine")).hasValue("");
		assertThat(EngineApiPolicy.enginePath("/camunda/api/admin/auth/user/default")).isEmpty();
		assertThat(EngineApiPolicy.enginePath("/api/campaigns")).isEmpty();
	}

	@Test
	void aUserWorksOnTasksTheEngineShowsThem() {
		assertThat(EngineApiPolicy.forUser("POST", "/engine-rest/filter/f1/list")).hasValueSatisfying(
				allowed -> assertThat(allowed.check()).isEqualTo(Check.NONE));
		assertThat(EngineApiPolicy.forUser("GET", "/camunda/api/engine/engine/default/task/t1/form-variables"))
			.hasValue(new EngineApiPolicy.Allowed(Check.VISIBLE_TASK, "t1"));
		assertThat(EngineApiPolicy.forUser("POST", "/camunda/api/engine/engine/default/task/t1/submit-form"))
			.hasValue(new EngineApiPolicy.Allowed(Check.COMPLETION, "t1"));
		assertThat(EngineApiPolicy.forUser("POST", "/engine-rest/task/t1/complete"))
			.hasValue(new EngineApiPolicy.Allowed(Check.COMPLETION, "t1"));
		assertThat(EngineApiPolicy.forUser("HEAD", "/engine-rest/task/t1"))
			.hasValue(new EngineApiPolicy.Allowed(Check.VISIBLE_TASK, "t1"));
		assertThat(EngineApiPolicy.forUser("GET", "/engine-rest/user/liaison-sfj/profile"))
			.hasValue(new EngineApiPolicy.Allowed(Check.SELF, "liaison-sfj"));
		assertThat(EngineApiPolicy.forUser("GET", "/engine-rest/history/user-operation"))
			.hasValue(new EngineApiPolicy.Allowed(Check.VISIBLE_TASK_PARAMETER, null));
		assertThat(EngineApiPolicy.forUser("GET", "/camunda/api/admin/auth/user/default")).isPresent();
	}

	@Test
	void everythingElseIsAdministratorsOnly() {
		for (String[] refused : new String[][] { { "POST", "/engine-rest/job/j1/execute" },
				{ "PUT", "/engine-rest/job/j1/retries" }, { "DELETE", "/engine-rest/job/j1" },
				{ "PUT", "/camunda/api/engine/engine/default/job-definition/d1/retries" },
				{ "PUT", "/engine-rest/user/liaison-sfj/profile" }, { "GET", "/engine-rest/user" },
				{ "PUT", "/engine-rest/user/liaison-sfj/credentials" }, { "POST", "/engine-rest/task/t1/unclaim" },
				{ "POST", "/engine-rest/task/t1/assignee" }, { "PUT", "/engine-rest/task/t1" },
				{ "DELETE", "/engine-rest/task/t1" }, { "POST", "/engine-rest/task/t1/variables" },
				{ "PUT", "/engine-rest/task/t1/variables/campaignId" }, { "POST", "/engine-rest/task/t1/comment/create" },
				{ "GET", "/engine-rest/task/t1/comment/c1" }, { "GET", "/engine-rest/task/t1/attachment" },
				{ "POST", "/engine-rest/task/t1/identity-links" }, { "POST", "/engine-rest/task/create" },
				{ "POST", "/engine-rest/process-definition/key/annual-report/start" },
				{ "POST", "/camunda/api/engine/engine/default/filter/create" }, { "GET", "/engine-rest/incident" },
				{ "POST", "/engine-rest/process-instance/p1/variables" }, { "GET", "/camunda/api/cockpit/plugin/x" },
				{ "OPTIONS", "/engine-rest/job" }, { "GET", "/engine-rest/process-definition/key/x/xml" } }) {
			assertThat(EngineApiPolicy.forUser(refused[0], refused[1])).as(refused[0] + " " + refused[1]).isEmpty();
		}
		assertThat(EngineApiPolicy.forAdministrator("/engine-rest/job/j1/execute")).isTrue();
	}

	@Test
	void aCompletionIsKnownByItsPathWhicheverFaceItComesThrough() {
		assertThat(EngineApiPolicy.completedTask("POST", "/engine-rest/task/t1/complete")).hasValue("t1");
		assertThat(EngineApiPolicy.completedTask("POST", "/camunda/api/engine/engine/default/task/t1/submit-form"))
			.hasValue("t1");
		assertThat(EngineApiPolicy.completedTask("GET", "/engine-rest/task/t1/complete")).isEmpty();
		assertThat(EngineApiPolicy.completedTask("POST", "/engine-rest/task/t1/claim")).isEmpty();
	}

	@Test
	void camundasOwnPasswordChecksAreNobodys() {
		for (String path : new String[] { "/engine-rest/identity/verify", "/engine-rest/engine/default/identity/verify",
				"/camunda/api/engine/engine/default/identity/verify",
				"/camunda/api/admin/auth/user/default/login/tasklist" }) {
			assertThat(EngineApiPolicy.forUser("POST", path)).as(path).isEmpty();
			assertThat(EngineApiPolicy.forAdministrator(path)).as(path).isFalse();
		}
	}

}
