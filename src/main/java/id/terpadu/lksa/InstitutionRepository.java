package id.terpadu.lksa;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface InstitutionRepository extends JpaRepository<Institution, Long>, JpaSpecificationExecutor<Institution> {

  Optional<Institution> findByCode(String code);

  boolean existsByCode(String code);

  /** The institutions of these stays, by id, in one query. */
  default Map<Long, Institution> ofStays(Collection<Residence> stays) {
    return findAllById(stays.stream().map(Residence::getInstitutionId).distinct().toList()).stream()
        .collect(Collectors.toMap(Institution::getId, Function.identity()));
  }
}
