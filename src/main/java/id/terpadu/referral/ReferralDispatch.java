package id.terpadu.referral;

import id.terpadu.casefile.CaseStage;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.plan.PlannedService;
import id.terpadu.plan.ServicePlan;
import id.terpadu.plan.ServicePlanRepository;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Sends the referrals of an approved plan: one referral per planned service, each followed by its own
 * referral process instance ({@code ${referralDispatch...}} in the case process).
 */
@Component("referralDispatch")
public class ReferralDispatch {

  private final ReferralRepository referrals;
  private final ServicePlanRepository plans;
  private final ChildCaseRepository cases;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public ReferralDispatch(ReferralRepository referrals, ServicePlanRepository plans, ChildCaseRepository cases,
      Clock clock, ApplicationEventPublisher events) {
    this.referrals = referrals;
    this.plans = plans;
    this.cases = cases;
    this.clock = clock;
    this.events = events;
  }

  /** Creates the referrals of the case's approved plan. */
  public void sendApprovedPlan(DelegateExecution execution) {
    ChildCase theCase = caseOf(execution);
    ServicePlan plan = plans.findFirstByCaseIdOrderByDraftedAtDesc(theCase.getId())
        .filter(p -> p.getStatus() == ServicePlan.Status.APPROVED)
        .orElseThrow(() -> new IllegalStateException("No approved plan for case " + theCase.getId()));
    for (PlannedService s : plan.getServices()) {
      Referral referral = referrals.save(new Referral(theCase.getId(), s.getId(), s.getServiceType(),
          s.getAgencyCode(), theCase.getRegencyCode(), s.getTargetDate(), plan.getDecidedBy(), clock.instant()));
      events.publishEvent(ReferralStatusChanged.of(referral));
    }
    theCase.moveTo(CaseStage.REFERRAL);
  }

  /** The collection of the referral multi-instance: referrals of the case without a process yet. */
  public List<Long> unsentReferrals(DelegateExecution execution) {
    Long caseId = (Long) execution.getVariable(CaseVariables.CASE_ID);
    return referrals.findByCaseIdOrderById(caseId).stream()
        .filter(r -> r.getProcessInstanceId() == null && r.getStatus() == ReferralStatus.SENT)
        .map(Referral::getId).toList();
  }

  private ChildCase caseOf(DelegateExecution execution) {
    Long caseId = (Long) execution.getVariable(CaseVariables.CASE_ID);
    return cases.findById(caseId).orElseThrow(() -> new IllegalStateException("Case " + caseId + " not found"));
  }
}
