package id.terpadu.termination;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseTerminationRepository extends JpaRepository<CaseTermination, Long> {

  List<CaseTermination> findByCaseIdOrderByProposedAt(Long caseId);

  Optional<CaseTermination> findFirstByCaseIdAndStatusOrderByProposedAtDesc(Long caseId, CaseTermination.Status status);
}
