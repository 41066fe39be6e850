package cn.fazhi.annualreport.testing;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the tests that talk to the running product over HTTP. */
public abstract class RunningProduct {

	@LocalServerPort
	protected int port;

	protected ApiClient api;

	protected Steps steps;

	@BeforeEach
	void connect() {
		api = new ApiClient(port);
		steps = new Steps(api);
	}

}
