package cn.fazhi.annualreport.testing;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** What every refusal of the JSON API looks like: its status, an RFC 7807 body of the type, a title and a detail. */
public final class Problems {

	private Problems() {
	}

	public static ApiClient.Response assertProblem(ApiClient.Response response, int status, String type) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(response.body())
			.isTrue();
		assertThat(response.json().get("type").asText()).isEqualTo(type);
		assertThat(response.json().get("title").asText()).isNotBlank();
		assertThat(response.json().get("detail").asText()).isNotBlank();
		return response;
	}

}
