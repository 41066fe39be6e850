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

}
