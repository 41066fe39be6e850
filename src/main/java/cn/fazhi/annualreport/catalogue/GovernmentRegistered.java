package cn.fazhi.annualreport.catalogue;

/** A government was added to the tree or renamed; the groups of its central roles should exist (DESIGN §10). */
public record GovernmentRegistered(String code, String name) {

	/** The name without 人民政府, as its offices are called: 东区人民政府 → 东区. */
	public String shortName() {
		return name.endsWith("人民政府") && name.length() > 4 ? name.substring(0, name.length() - 4) : name;
	}

}
