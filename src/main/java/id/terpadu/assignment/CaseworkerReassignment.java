package id.terpadu.assignment;

import id.terpadu.casefile.CaseAccess;
import id.terpadu.casefile.CaseStage;
import id.terpadu.casefile.CaseStatus;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCase;
import id.terpadu.process.FormValues;
import id.terpadu.process.Privileged;
import id.terpadu.scope.UnitHandover;
import id.terpadu.transfer.CaseTransferred;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a case past its assignment step another caseworker of its unit — after a transfer the receiving
 * supervisor does this — and keeps the assignment form right when a case moves before it is assigned.
 */
@Service
public class CaseworkerReassignment {

  public static final String CASE_NOT_ASSIGNABLE = "CASE_NOT_ASSIGNABLE";

  private final CaseAccess access;
  private final CaseworkerAssignment assignment;
  private final UnitHandover handover;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final ApplicationEventPublisher events;

  public CaseworkerReassignment(CaseAccess access, CaseworkerAssignment assignment, UnitHandover handover,
      RuntimeService runtime, IdentityService identity, ApplicationEventPublisher events) {
    this.access = access;
    this.assignment = assignment;
    this.handover = handover;
    this.runtime = runtime;
    this.identity = identity;
    this.events = events;
  }

  /**
   * Assigns the case to a caseworker of its unit: the case file, the process variable that later tasks are
   * assigned by, and the open caseworker tasks that have no assignee or were the previous caseworker's (also
   * those waiting in the supervisors' queue because the case had no caseworker, {@code UnitHandover}). The
   * caller's role (supervisor or head) is checked by the controller; the case must be in their scope (404).
   *
   * @throws ApiException 400 when the user is not a caseworker of the case's unit, 409
   *     {@value #CASE_NOT_ASSIGNABLE} when the case is closed or still before its assignment step (the
   *     assignment task decides then)
   */
  @Transactional
  public ChildCase reassign(long caseId, String caseworkerId) {
    ChildCase theCase = access.readable(caseId);
    String regency = theCase.getRegencyCode();
    boolean known = caseworkerId != null && Privileged.asApplication(identity,
        () -> assignment.caseworkersOf(regency)).stream().anyMatch(c -> c.userId().equals(caseworkerId));
    if (!known) {
      throw ApiException.validation(List.of(new FieldProblem("caseworkerId", "UNKNOWN_CODE",
          "Pilih pekerja sosial dari unit yang menangani kasus ini.")));
    }
    if (theCase.getStatus() != CaseStatus.OPEN || theCase.getStage() == null
        || theCase.getStage().compareTo(CaseStage.ASSIGNMENT) <= 0) {
      throw ApiException.conflict(CASE_NOT_ASSIGNABLE, "Only an open case past its assignment step gets another "
          + "caseworker here; before that the assignment task decides.");
    }
    String previous = theCase.getCaseworkerId();
    theCase.assignCaseworker(caseworkerId);
    String instanceId = theCase.getProcessInstanceId();
    if (instanceId != null && Privileged.asApplication(identity,
        () -> runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0)) {
      Privileged.asApplication(identity, () -> {
        runtime.setVariable(instanceId, CaseVariables.CASEWORKER, caseworkerId);
        return null;
      });
      handover.assignOpenTasks(instanceId, regency, previous, caseworkerId);
      events.publishEvent(new CaseworkerReassigned(caseId, instanceId, previous, caseworkerId));
    }
    return theCase;
  }

  /** A case transferred while its assignment task is open: the form offers the receiving unit's caseworkers. */
  @EventListener
  void onTransfer(CaseTransferred transferred) {
    if (transferred.processInstanceId() == null) {
      return;
    }
    Privileged.asApplication(identity, () -> {
      if (runtime.getVariable(transferred.processInstanceId(), CaseworkerAssignment.OPTIONS) != null) {
        runtime.setVariable(transferred.processInstanceId(), CaseworkerAssignment.OPTIONS,
            FormValues.optionsValue(assignment.options(transferred.toRegency())));
      }
      return null;
    });
  }
}
