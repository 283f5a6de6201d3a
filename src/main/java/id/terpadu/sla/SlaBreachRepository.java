package id.terpadu.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SlaBreachRepository extends JpaRepository<SlaBreach, Long> {

  /**
   * Read by every escalation (an SLA storm runs it thousands of times): a JPQL query, whose translation Hibernate
   * caches, instead of a derived one, which Hibernate translates again on every call (criteria queries are not
   * in its plan cache).
   */
  @Query("select b from SlaBreach b where b.taskId = :taskId order by b.level")
  List<SlaBreach> findByTaskIdOrderByLevel(@Param("taskId") String taskId);

  List<SlaBreach> findByTaskIdAndResolvedAtIsNull(String taskId);

  List<SlaBreach> findByCaseNumberOrderByBreachedAt(String caseNumber);

  List<SlaBreach> findByResolvedAtIsNullOrderByDueAt();

  /** Open breaches (every level) of every region: the administrator's SLA view. */
  List<SlaBreach> findByResolvedAtIsNull();

  /** Open breaches (every level) of the regencies whose code starts with {@code regionCode}. */
  List<SlaBreach> findByResolvedAtIsNullAndRegencyCodeStartingWith(String regionCode);
}
