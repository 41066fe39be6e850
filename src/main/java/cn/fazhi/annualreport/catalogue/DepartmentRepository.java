package cn.fazhi.annualreport.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface DepartmentRepository extends Repository<Department, String> {

	List<Department> findAllByOrderByOrderAscCodeAsc();

	List<Department> findAllByKindAndParentCodeOrderByOrderAscCodeAsc(OrganizationKind kind, String parentCode);

	List<Department> findAllByParentCode(String parentCode);

	List<Department> findAllByKindAndName(OrganizationKind kind, String name);

	Optional<Department> findById(String code);

	Department save(Department department);

}
