package id.terpadu.lksa;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResidenceRepository extends JpaRepository<Residence, Long> {

  List<Residence> findByInstitutionIdOrderByAdmittedOnDescIdDesc(long institutionId);

  List<Residence> findByInstitutionIdAndDischargedOnIsNullOrderByIdAsc(long institutionId);

  List<Residence> findByCaseIdOrderByAdmittedOnDescIdDesc(long caseId);

  List<Residence> findByInstitutionIdIn(List<Long> institutionIds);

  boolean existsByPersonIdAndDischargedOnIsNull(long personId);
}
