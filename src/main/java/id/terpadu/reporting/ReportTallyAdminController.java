package id.terpadu.reporting;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report tallies for administrators: recomputed from the domain tables after data was written around the
 * application (a bulk load into the database, a restore of some tables). The application keeps them up to date
 * by itself otherwise (ADR 0033).
 */
@RestController
@RequestMapping("/api/admin/report-tallies")
@PreAuthorize("hasAuthority('GROUP_camunda-admin')")
public class ReportTallyAdminController {

  private final ReferralTally referralTally;

  public ReportTallyAdminController(ReferralTally referralTally) {
    this.referralTally = referralTally;
  }

  @Operation(summary = "Recompute the referral report's tally from the referral tables; answers how many referrals"
      + " it counted (administrators)")
  @PostMapping("/rebuild")
  public Map<String, Integer> rebuild() {
    return Map.of("referrals", referralTally.rebuildAll());
  }
}
