package id.terpadu.lksa;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ResidenceRepository extends JpaRepository<Residence, Long> {

  List<Residence> findByInstitutionIdOrderByAdmittedOnDescIdDesc(long institutionId);

  List<Residence> findByInstitutionIdAndDischargedOnIsNullOrderByIdAsc(long institutionId);

  List<Residence> findByCaseIdOrderByAdmittedOnDescIdDesc(long caseId);

  List<Residence> findByInstitutionIdIn(List<Long> institutionIds);

  List<Residence> findByPersonIdOrderByAdmittedOnDescIdDesc(long personId);

  /** Rows of {institution id, number of open stays} for these institutions. */
  @Query("select r.institutionId, count(r) from Residence r where r.dischargedOn is null"
      + " and r.institutionId in :institutionIds group by r.institutionId")
  List<Object[]> countOpenStays(Collection<Long> institutionIds);

  boolean existsByPersonIdAndDischargedOnIsNull(long personId);

  /** The institutions that have at least one open stay. */
  @Query("select distinct r.institutionId from Residence r where r.dischargedOn is null")
  List<Long> institutionsWithOpenStays();

  boolean existsByInstitutionIdAndDischargedOnIsNullAndAdmittedOnLessThanEqual(long institutionId, LocalDate day);
}
