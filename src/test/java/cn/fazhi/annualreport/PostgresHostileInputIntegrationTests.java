package cn.fazhi.annualreport;

import cn.fazhi.annualreport.testing.PostgresIntegrationTest;

@PostgresIntegrationTest
class PostgresHostileInputIntegrationTests extends HostileInputScenario {

}
