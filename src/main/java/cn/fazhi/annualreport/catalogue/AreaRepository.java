package cn.fazhi.annualreport.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AreaRepository extends Repository<Area, String> {

	List<Area> findAllByOrderByOrderAsc();

	Optional<Area> findById(String code);

}
