package cn.fazhi.annualreport.workflow.delegate;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.campaign.CampaignDigest;
import cn.fazhi.annualreport.system.BusinessTime;

/** {@code sendDigest}: the report editors' daily overview of what is late and what is due this week. */
@Component("sendDigestDelegate")
class SendDigestDelegate implements JavaDelegate {

	private final CampaignDigest digest;

	private final Clock clock;

	SendDigestDelegate(CampaignDigest digest, Clock clock) {
		this.digest = digest;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		digest.send(BusinessTime.today(clock));
	}

}
