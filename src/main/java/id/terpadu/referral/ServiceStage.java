package id.terpadu.referral;

import id.terpadu.casefile.CaseStage;
import id.terpadu.casefile.CaseStatus;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCaseRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The stage of a case once its plan is approved: {@code REFERRAL} while a referral is still open, then
 * {@code MONITORING}; a proposed termination ({@code TERMINATION}) is left alone. Called when a referral
 * process ends ({@code ${serviceStage.refresh(execution)}}) and after a monitoring contact or a returned
 * termination.
 */
@Component("serviceStage")
public class ServiceStage {

  private final ChildCaseRepository cases;
  private final ReferralRepository referrals;

  public ServiceStage(ChildCaseRepository cases, ReferralRepository referrals) {
    this.cases = cases;
    this.referrals = referrals;
  }

  public void refresh(DelegateExecution execution) {
    Object caseId = execution.getVariable(CaseVariables.CASE_ID);
    if (caseId instanceof Long id) {
      refresh(id, false);
    }
  }

  /** Sets the stage from the open referrals; {@code afterTermination} also leaves the TERMINATION stage. */
  public void refresh(long caseId, boolean afterTermination) {
    cases.findById(caseId).filter(c -> c.getStatus() == CaseStatus.OPEN)
        .filter(c -> afterTermination || c.getStage() != CaseStage.TERMINATION)
        .ifPresent(c -> c.moveTo(referrals.findByCaseIdOrderById(caseId).stream().anyMatch(Referral::isOpen)
            ? CaseStage.REFERRAL : CaseStage.MONITORING));
  }
}
