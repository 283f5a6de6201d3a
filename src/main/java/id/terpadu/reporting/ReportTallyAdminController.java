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
 * by itself otherwise (ADR 0033, ADR 0034, ADR 0036).
 */
@RestController
@RequestMapping("/api/admin/report-tallies")
@PreAuthorize("hasAuthority('GROUP_camunda-admin')")
public class ReportTallyAdminController {

  private final ReferralTally referralTally;
  private final TimelinessTally timelinessTally;
  private final TaskStageTally taskStageTally;

  public ReportTallyAdminController(ReferralTally referralTally, TimelinessTally timelinessTally,
      TaskStageTally taskStageTally) {
    this.referralTally = referralTally;
    this.timelinessTally = timelinessTally;
    this.taskStageTally = taskStageTally;
  }

  @Operation(summary = "Recompute the referral and timeliness reports' tallies from the case and referral tables and"
      + " the engine's task history; answers how many referrals and cases they read and how many tasks they counted"
      + " (administrators)")
  @PostMapping("/rebuild")
  public Map<String, Integer> rebuild() {
    // One after the other, each in its own transaction under the tallies' lock (a change waits for each).
    int referrals = referralTally.rebuildAll();
    int cases = timelinessTally.rebuildAll();
    return Map.of("referrals", referrals, "cases", cases, "tasks", taskStageTally.rebuildAll());
  }
}
