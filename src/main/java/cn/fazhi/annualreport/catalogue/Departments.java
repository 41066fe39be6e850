package cn.fazhi.annualreport.catalogue;

/** Rules for department codes, which also name the groups {@code liaison-<code>} and {@code head-<code>}. */
public final class Departments {

	/** A short lowercase code such as {@code sfj} or {@code scjgj}. */
	public static final String CODE_PATTERN = "[a-z][a-z0-9]{1,15}";

	private Departments() {
	}

}
