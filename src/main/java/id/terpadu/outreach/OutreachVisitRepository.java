package id.terpadu.outreach;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Outreach visits. Lists go through {@code access.RegionScope#specification()} (ADR 0012); the reports count
 * them with their own set-based SQL ({@code reporting}).
 */
public interface OutreachVisitRepository extends JpaRepository<OutreachVisit, Long>,
    JpaSpecificationExecutor<OutreachVisit> {

  /** Whether a visit of the regency with this source id was already recorded (a re-import skips it). */
  boolean existsByRegencyCodeAndSourceId(String regencyCode, String sourceId);
}
