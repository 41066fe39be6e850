package cn.fazhi.annualreport.catalogue;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ReportItemRepository extends Repository<ReportItem, String> {

	List<ReportItem> findAllByOrderByLevelAscOrderAscCodeAsc();

	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("update ReportItem i set i.parentCode = null")
	void detachAll();

	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("delete from ReportItem")
	void deleteAll();

	<S extends ReportItem> List<S> saveAll(Iterable<S> items);

	void flush();

}
