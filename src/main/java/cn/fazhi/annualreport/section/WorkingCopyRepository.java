package cn.fazhi.annualreport.section;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkingCopyRepository extends JpaRepository<WorkingCopy, Long> {

}
