package cn.fazhi.annualreport.catalogue;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One item of the catalogue of what a report must address (应报尽报, DESIGN §10), e.g. 行政复议和行政应诉 under
 * 健全社会矛盾纠纷行政预防调处化解体系. Achievements are tagged with items; an item required for an organization's
 * kind and tagged nowhere in its section is missing, and must be explained.
 */
@Entity
@Table(name = "report_item")
public class ReportItem {

	/** Codes of items: lower case words joined by hyphens, e.g. {@code disputes-reconsideration}. */
	public static final String CODE_PATTERN = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

	@Id
	private String code;

	private String name;

	@Column(name = "item_level")
	private int level;

	private String parentCode;

	@Column(name = "sort_order")
	private int order;

	/** Comma-separated kinds of organization that must address it; empty if none must. */
	private String requiredFor;

	protected ReportItem() {
	}

	public ReportItem(String code, String name, int level, String parentCode, int order,
			List<OrganizationKind> requiredFor) {
		this.code = code;
		this.name = name;
		this.level = level;
		this.parentCode = parentCode;
		this.order = order;
		this.requiredFor = String.join(",", requiredFor.stream().map(Enum::name).toList());
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public int getLevel() {
		return level;
	}

	public String getParentCode() {
		return parentCode;
	}

	public int getOrder() {
		return order;
	}

	public List<OrganizationKind> getRequiredFor() {
		return requiredFor == null || requiredFor.isBlank() ? List.of()
				: Arrays.stream(requiredFor.split(",")).map(OrganizationKind::valueOf).toList();
	}

	public boolean isRequiredFor(OrganizationKind kind) {
		return getRequiredFor().contains(kind);
	}

}
