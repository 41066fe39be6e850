package cn.fazhi.annualreport;

import cn.fazhi.annualreport.testing.PostgresIntegrationTest;

@PostgresIntegrationTest
class PostgresHistoryIntegrationTests extends HistoryScenario {

}
