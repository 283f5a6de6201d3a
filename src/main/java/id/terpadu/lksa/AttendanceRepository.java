package id.terpadu.lksa;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {

  Optional<Attendance> findByResidenceIdAndAttendanceDate(long residenceId, LocalDate date);

  List<Attendance> findByInstitutionIdAndAttendanceDate(long institutionId, LocalDate date);

  boolean existsByInstitutionIdAndAttendanceDate(long institutionId, LocalDate date);

  long countByInstitutionIdAndAttendanceDateBetween(long institutionId, LocalDate from, LocalDate to);
}
