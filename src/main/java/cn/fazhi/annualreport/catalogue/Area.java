package cn.fazhi.annualreport.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A topic of 《法治政府建设实施纲要》. Achievement items carry one, and the compiled report groups them under one
 * （一） heading per topic, in catalogue order.
 */
@Entity
@Table(name = "area")
public class Area {

	@Id
	private String code;

	private String name;

	/** The wording of the （一） heading in the compiled report. */
	private String heading;

	@Column(name = "sort_order")
	private int order;

	protected Area() {
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getHeading() {
		return heading;
	}

	public int getOrder() {
		return order;
	}

}
