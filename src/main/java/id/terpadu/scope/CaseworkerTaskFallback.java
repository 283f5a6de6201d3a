package id.terpadu.scope;

import id.terpadu.casefile.CaseVariables;
import id.terpadu.organisation.Roles;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of the case's caseworker tasks (assessment, service plan, monitoring, verification, rerouting:
 * {@code camunda:assignee="${caseworkerId}"} or {@code "${contactCaseworker}"}, no candidate group). Need to know:
 * only the case's caseworker works on them, not the unit's other caseworkers, so the models give them no
 * {@code caseworker-<regency>} group. When the case has no caseworker at that moment (a transfer cleared it, or a
 * referral's contact caseworker was cleared), the task would be nobody's: it goes to the unit's supervisors
 * ({@code supervisor-<regency>} as candidate), who choose a caseworker ({@code PUT /api/cases/{id}/caseworker}).
 * Declared in the model before the other create listeners, so that task e-mails and the overseers' grants see
 * the group.
 */
@Component("caseworkerTaskFallback")
public class CaseworkerTaskFallback implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null) {
      return;
    }
    Object regency = task.getVariable(CaseVariables.REGENCY);
    // Roles.unitGroup refuses a missing or malformed regency: better a failed step than a task nobody sees.
    task.addCandidateGroup(Roles.unitGroup(Roles.SUPERVISOR, regency == null ? null : regency.toString()));
  }
}
