package cn.fazhi.annualreport.catalogue;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo city (示范市人民政府): its departments, registered at start-up in the default profile, where the
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

	/**
	 * The demo city's two districts (DESIGN §10), each with departments that answer to the city's and a street: a
	 * newcomer sees the tree on first start.
	 */
	static final List<Department> DISTRICTS = List.of(
			new Department("dq", "东区人民政府", 1, OrganizationKind.GOVERNMENT, Catalogue.ROOT, null),
			new Department("dqsfj", "东区司法局", 1, OrganizationKind.DEPARTMENT, "dq", "sfj"),
			new Department("dqscjgj", "东区市场监督管理局", 2, OrganizationKind.DEPARTMENT, "dq", "scjgj"),
			new Department("dqjyj", "东区教育局", 3, OrganizationKind.DEPARTMENT, "dq", "jyj"),
			new Department("dqdhjd", "东区东湖街道办事处", 4, OrganizationKind.STREET, "dq", null),
			new Department("xq", "西区人民政府", 2, OrganizationKind.GOVERNMENT, Catalogue.ROOT, null),
			new Department("xqsfj", "西区司法局", 1, OrganizationKind.DEPARTMENT, "xq", "sfj"),
			new Department("xqscjgj", "西区市场监督管理局", 2, OrganizationKind.DEPARTMENT, "xq", "scjgj"),
			new Department("xqjyj", "西区教育局", 3, OrganizationKind.DEPARTMENT, "xq", "jyj"),
			new Department("xqxsjd", "西区西山街道办事处", 4, OrganizationKind.STREET, "xq", null));

	@Override
	public void run(ApplicationArguments args) {
		Department root = catalogue.department(Catalogue.ROOT).orElseThrow();
		if (root.getName().equals(ROOT_BEFORE_THE_DEMO)) {
			catalogue.registerOrganization(Catalogue.ROOT, "示范市人民政府", OrganizationKind.GOVERNMENT, null, null, 0);
		}
		DEPARTMENTS.forEach(d -> catalogue.register(d.getCode(), d.getName(), d.getOrder()));
		DISTRICTS.forEach(o -> catalogue.registerOrganization(o.getCode(), o.getName(), o.getKind(), o.getParentCode(),
				o.getSuperiorCode(), o.getOrder()));
	}

	/** The root's name as the migration writes it, before the demo names it; a name an administrator gave stays. */
	private static final String ROOT_BEFORE_THE_DEMO = "本级人民政府";

}
