package cn.fazhi.annualreport.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A figure departments report, such as 行政复议收案数. */
@Entity
@Table(name = "metric")
public class Metric {

	@Id
	private String code;

	private String name;

	private String unit;

	@Column(name = "sort_order")
	private int order;

	/** The figure this one can never exceed (审结数 ≤ 受理数), if any. */
	@Column(name = "at_most")
	private String atMost;

	protected Metric() {
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getUnit() {
		return unit;
	}

	public int getOrder() {
		return order;
	}

	public java.util.Optional<String> getAtMost() {
		return java.util.Optional.ofNullable(atMost);
	}

}
