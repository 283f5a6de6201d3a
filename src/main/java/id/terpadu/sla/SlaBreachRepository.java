package id.terpadu.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaBreachRepository extends JpaRepository<SlaBreach, Long> {

  List<SlaBreach> findByTaskIdOrderByLevel(String taskId);

  List<SlaBreach> findByTaskIdAndResolvedAtIsNull(String taskId);

  List<SlaBreach> findByCaseNumberOrderByBreachedAt(String caseNumber);

  List<SlaBreach> findByResolvedAtIsNullOrderByDueAt();
}
