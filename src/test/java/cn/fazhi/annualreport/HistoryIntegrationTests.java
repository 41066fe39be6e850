package cn.fazhi.annualreport;

import cn.fazhi.annualreport.testing.H2IntegrationTest;

@H2IntegrationTest
class HistoryIntegrationTests extends HistoryScenario {

}
