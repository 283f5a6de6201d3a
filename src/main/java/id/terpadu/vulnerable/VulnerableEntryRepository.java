package id.terpadu.vulnerable;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface VulnerableEntryRepository extends JpaRepository<VulnerableEntry, Long>,
    JpaSpecificationExecutor<VulnerableEntry> {

  Optional<VulnerableEntry> findByPersonId(Long personId);

  /** Lists and exports read every entry's person: fetched in the same query. */
  @Override
  @EntityGraph(attributePaths = "person")
  Page<VulnerableEntry> findAll(Specification<VulnerableEntry> spec, Pageable pageable);
}
