package cn.fazhi.annualreport.catalogue;

/** What an organization of the tree is: each writes, reviews and publishes its report in its own way. */
public enum OrganizationKind {

	/** A city, district or county government (人民政府): reports to the level above, has departments and streets. */
	GOVERNMENT,
	/** A department of a government (司法局): reports to its government and to its counterpart one level up. */
	DEPARTMENT,
	/** A street or town (街道、乡镇): reports to its district. */
	STREET

}
