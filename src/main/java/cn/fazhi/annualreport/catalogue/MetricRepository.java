package cn.fazhi.annualreport.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface MetricRepository extends Repository<Metric, String> {

	List<Metric> findAllByOrderByOrderAsc();

	Optional<Metric> findById(String code);

}
