package id.terpadu.outreach;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Outreach visits. Lists go through {@code access.RegionScope#specification()} (ADR 0012); the reports count
 * them with their own set-based SQL ({@code reporting}).
 */
public interface OutreachVisitRepository extends JpaRepository<OutreachVisit, Long>,
    JpaSpecificationExecutor<OutreachVisit> {

  /** Whether a visit of the regency with this source id was already recorded (a re-import skips it). */
  boolean existsByRegencyCodeAndSourceId(String regencyCode, String sourceId);

  /** The visit the phone page submitted with this id, if it arrived before. */
  Optional<OutreachVisit> findByClientId(String clientId);

  /** The visits of a round, oldest first. */
  List<OutreachVisit> findByRoundIdOrderByVisitDateAscIdAsc(Long roundId);

  /** The visits where a child met was linked to this registry person, newest first. */
  @Query("select distinct v from OutreachVisit v join v.children c where c.personId = :personId"
      + " order by v.visitDate desc, v.id desc")
  List<OutreachVisit> findByChildPerson(@Param("personId") Long personId);

  /** The visit, locked until the transaction ends (a second click on "make a complaint" waits for the first). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select v from OutreachVisit v where v.id = :id")
  Optional<OutreachVisit> lockById(@Param("id") Long id);
}
