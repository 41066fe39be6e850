package cn.fazhi.annualreport.catalogue;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The departments of the demo government (示范区人民政府), registered at start-up in the default profile, where the
 * demo users are seeded after them (one liaison and one head per department), and in the {@code demo} profile, which
 * goes with Keycloak's demo realm (docker/keycloak/) whose users belong to these departments.
 */
@Component
@Profile({ "default", "demo" })
@Order(DemoDepartments.ORDER)
class DemoDepartments implements ApplicationRunner {

	static final int ORDER = 10;

	static final List<Department> DEPARTMENTS = List.of(new Department("sfj", "司法局", 1),
			new Department("scjgj", "市场监督管理局", 2), new Department("sthjj", "生态环境局", 3),
			new Department("rsj", "人力资源和社会保障局", 4), new Department("jyj", "教育局", 5),
			new Department("wjw", "卫生健康委员会", 6), new Department("cgzfj", "城市管理综合行政执法局", 7),
			new Department("gaj", "公安分局", 8));

	private final Catalogue catalogue;

	DemoDepartments(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public void run(ApplicationArguments args) {
		DEPARTMENTS.forEach(d -> catalogue.register(d.getCode(), d.getName(), d.getOrder()));
	}

}
