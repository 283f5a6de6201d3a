package id.terpadu.termination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseReopeningRepository extends JpaRepository<CaseReopening, Long> {

  List<CaseReopening> findByCaseIdOrderByReopenedAt(Long caseId);
}
