package id.terpadu.termination;

import id.terpadu.casefile.CaseClosed;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.referral.ReferralChanges;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Closes a case whose termination the supervisor approved ({@code ${closeTerminatedCase.close(execution)}}):
 * the case is closed with the proposal's reason, and referrals still open are cancelled in the case file
 * (their processes ended with the case's services sub-process); {@link CaseClosed} ends the rest (conferences).
 */
@Component("closeTerminatedCase")
public class CloseTerminatedCase {

  static final String CANCELLED_BY_CLOSURE = "Kasus ditutup (terminasi disetujui)";

  private final CaseTerminationRepository terminations;
  private final ChildCaseRepository cases;
  private final ReferralChanges referrals;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public CloseTerminatedCase(CaseTerminationRepository terminations, ChildCaseRepository cases,
      ReferralChanges referrals, ApplicationEventPublisher events, Clock clock) {
    this.terminations = terminations;
    this.cases = cases;
    this.referrals = referrals;
    this.events = events;
    this.clock = clock;
  }

  public void close(DelegateExecution execution) {
    Long caseId = (Long) execution.getVariable(CaseVariables.CASE_ID);
    ChildCase theCase = cases.findById(caseId)
        .orElseThrow(() -> new IllegalStateException("Case " + caseId + " not found"));
    CaseTermination approved = terminations
        .findFirstByCaseIdAndStatusOrderByProposedAtDesc(caseId, CaseTermination.Status.APPROVED)
        .orElseThrow(() -> new IllegalStateException("No approved termination for case " + caseId));
    referrals.cancelOpenOnClosure(caseId, approved.getDecidedBy(), CANCELLED_BY_CLOSURE);
    theCase.close(approved.getReason(), clock.instant());
    events.publishEvent(new CaseClosed(caseId));
  }
}
