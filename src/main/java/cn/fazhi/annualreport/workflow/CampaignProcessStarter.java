package cn.fazhi.annualreport.workflow;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.campaign.CampaignOpened;

/** Opening a campaign starts its {@code annual-report} process in the same transaction. */
@Component
class CampaignProcessStarter {

	private final RuntimeService runtime;

	CampaignProcessStarter(RuntimeService runtime) {
		this.runtime = runtime;
	}

	/** After the sections exist, so that the first tasks find them. */
	@EventListener
	@Order(10)
	public void on(CampaignOpened opened) {
		runtime.startProcessInstanceByKey(ProcessModel.ANNUAL_REPORT, ProcessModel.businessKey(opened.campaignId()),
				Map.of(ProcessModel.CAMPAIGN_ID, opened.campaignId()));
	}

}
