package cn.fazhi.annualreport.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CalendarDayRepository extends Repository<CalendarDay, LocalDate> {

	List<CalendarDay> findAll();

	List<CalendarDay> findAllByDayBetweenOrderByDay(LocalDate from, LocalDate to);

	Optional<CalendarDay> findById(LocalDate day);

	CalendarDay save(CalendarDay day);

	void delete(CalendarDay day);

}
