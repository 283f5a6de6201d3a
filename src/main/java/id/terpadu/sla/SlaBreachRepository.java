package id.terpadu.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SlaBreachRepository extends JpaRepository<SlaBreach, Long> {

  /**
   * Whether a task's level is recorded: asked by every escalation (an SLA storm asks it thousands of times). A JPQL
   * query, whose translation Hibernate caches (a derived query is translated again on every call), answering a
   * flag instead of loading the task's breaches into the persistence context, where the flush before commit would
   * check each of them for changes.
   */
  @Query("select count(b) > 0 from SlaBreach b where b.taskId = :taskId and b.level = :level")
  boolean isRecorded(@Param("taskId") String taskId, @Param("level") int level);

  List<SlaBreach> findByTaskIdAndResolvedAtIsNull(String taskId);

  List<SlaBreach> findByCaseNumberOrderByBreachedAt(String caseNumber);

  List<SlaBreach> findByResolvedAtIsNullOrderByDueAt();

  /** Open breaches (every level) of every region: the administrator's SLA view. */
  List<SlaBreach> findByResolvedAtIsNull();

  /** Open breaches (every level) of the regencies whose code starts with {@code regionCode}. */
  List<SlaBreach> findByResolvedAtIsNullAndRegencyCodeStartingWith(String regionCode);
}
