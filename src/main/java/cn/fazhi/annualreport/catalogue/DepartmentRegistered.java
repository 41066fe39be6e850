package cn.fazhi.annualreport.catalogue;

/** A department was added or renamed; its liaison and head groups should exist. */
public record DepartmentRegistered(String code, String name) {

}
