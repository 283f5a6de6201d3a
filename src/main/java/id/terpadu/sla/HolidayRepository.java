package id.terpadu.sla;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HolidayRepository extends JpaRepository<Holiday, Long> {

  @Query("select h from Holiday h where h.date between :from and :to order by h.date, h.provinceCode nulls first")
  List<Holiday> between(@Param("from") LocalDate from, @Param("to") LocalDate to);

  @Query("select h from Holiday h where h.date between :from and :to"
      + " and (h.provinceCode is null or h.provinceCode = :province) order by h.date, h.provinceCode nulls first")
  List<Holiday> betweenIn(@Param("from") LocalDate from, @Param("to") LocalDate to,
      @Param("province") String provinceCode);

  Optional<Holiday> findByDateAndProvinceCodeIsNull(LocalDate date);

  Optional<Holiday> findByDateAndProvinceCode(LocalDate date, String provinceCode);
}
