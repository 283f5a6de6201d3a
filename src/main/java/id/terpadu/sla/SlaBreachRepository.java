package id.terpadu.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaBreachRepository extends JpaRepository<SlaBreach, Long> {

  List<SlaBreach> findByTaskIdOrderByLevel(String taskId);

  List<SlaBreach> findByTaskIdAndResolvedAtIsNull(String taskId);

  List<SlaBreach> findByCaseNumberOrderByBreachedAt(String caseNumber);

  List<SlaBreach> findByResolvedAtIsNullOrderByDueAt();

  /** Open breaches (every level) of every region: the administrator's SLA view. */
  List<SlaBreach> findByResolvedAtIsNull();

  /** Open breaches (every level) of the regencies whose code starts with {@code regionCode}. */
  List<SlaBreach> findByResolvedAtIsNullAndRegencyCodeStartingWith(String regionCode);
}
