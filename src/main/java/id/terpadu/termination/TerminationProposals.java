package id.terpadu.termination;

import id.terpadu.casefile.CaseStage;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.casefile.ClosureReason;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** The caseworker proposes to close a case; the supervisor's approval task follows in the process. */
@Component
public class TerminationProposals {

  private final CaseTerminationRepository terminations;
  private final ChildCaseRepository cases;
  private final Clock clock;

  public TerminationProposals(CaseTerminationRepository terminations, ChildCaseRepository cases, Clock clock) {
    this.terminations = terminations;
    this.cases = cases;
    this.clock = clock;
  }

  public CaseTermination propose(long caseId, ClosureReason reason, String summary, String by) {
    CaseTermination proposal = terminations.save(new CaseTermination(caseId, reason, summary, by, clock.instant()));
    cases.findById(caseId).ifPresent(c -> c.moveTo(CaseStage.TERMINATION));
    return proposal;
  }
}
