package cn.fazhi.annualreport.testing;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the tests that talk to the running product over HTTP. */
public abstract class RunningProduct {

	@LocalServerPort
	protected int port;

	protected ApiClient api;

	protected Steps steps;

	/** How the tests' requests sign in: HTTP Basic with the demo users, unless a test says otherwise. */
	protected ApiClient apiClient(int port) {
		return new ApiClient(port);
	}

	@BeforeEach
	void connect() {
		api = apiClient(port);
		steps = new Steps(api);
	}

}
