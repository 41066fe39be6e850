package cn.fazhi.annualreport.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An organization of the installation's tree (DESIGN §10): a government, or a department or street of one that writes
 * a section of its report (e.g. {@code sfj} 司法局 of the default government).
 */
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

	@Enumerated(EnumType.STRING)
	private OrganizationKind kind;

	/** The government it belongs to; none for the root. */
	private String parentCode;

	/** The matching department one level up (区司法局 → 市司法局), if any. */
	private String superiorCode;

	protected Department() {
	}

	/** A department of the default government. */
	public Department(String code, String name, int order) {
		this(code, name, order, OrganizationKind.DEPARTMENT, Catalogue.ROOT, null);
	}

	Department(String code, String name, int order, OrganizationKind kind, String parentCode, String superiorCode) {
		this.code = code;
		this.name = name;
		this.order = order;
		this.kind = kind;
		this.parentCode = parentCode;
		this.superiorCode = superiorCode;
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

	public OrganizationKind getKind() {
		return kind;
	}

	public String getParentCode() {
		return parentCode;
	}

	public String getSuperiorCode() {
		return superiorCode;
	}

	/** Whether it writes a section of its government's report: a department or a street. */
	public boolean writes() {
		return kind != OrganizationKind.GOVERNMENT;
	}

	void rename(String name, int order) {
		this.name = name;
		this.order = order;
	}

	void place(OrganizationKind kind, String parentCode, String superiorCode) {
		this.kind = kind;
		this.parentCode = parentCode;
		this.superiorCode = superiorCode;
	}

}
