package cn.fazhi.annualreport.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A department of the government (e.g. {@code sfj} 司法局) that writes a section of the report. */
@Entity
@Table(name = "department")
public class Department {

	/** A short lowercase code such as {@code sfj} or {@code scjgj}; it also names the groups {@code liaison-<code>}. */
	public static final String CODE_PATTERN = "[a-z][a-z0-9]{1,15}";

	@Id
	private String code;

	private String name;

	@Column(name = "sort_order")
	private int order;

	protected Department() {
	}

	public Department(String code, String name, int order) {
		this.code = code;
		this.name = name;
		this.order = order;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public int getOrder() {
		return order;
	}

	void rename(String name, int order) {
		this.name = name;
		this.order = order;
	}

}
