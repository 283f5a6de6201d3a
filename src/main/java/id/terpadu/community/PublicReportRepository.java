package id.terpadu.community;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PublicReportRepository extends JpaRepository<PublicReportEntry, Long> {

  /** Where the case of a report stands, status and stage only: one query whether the code is known or not. */
  @Query("select new id.terpadu.community.ReportCaseState(c.status, c.stage)"
      + " from PublicReportEntry r, ChildCase c where c.id = r.caseId and r.trackingHash = :hash")
  Optional<ReportCaseState> stateOf(@Param("hash") String trackingHash);

  boolean existsByTrackingHash(String trackingHash);
}
