package id.terpadu.termination;

import id.terpadu.casefile.CaseAccess;
import id.terpadu.casefile.CaseDatesChanged;
import id.terpadu.casefile.CaseStatus;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCase;
import id.terpadu.intake.IntakeService;
import id.terpadu.process.FormValues;
import id.terpadu.process.Privileged;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reopens a closed case: a new instance of the case process starts at {@code Event_CaseReopened} (triage
 * again, with the reason in front of the supervisor) and continues the same case; the reopening is kept in
 * the case's history.
 */
@Service
public class ReopenService {

  public static final String MESSAGE_CASE_REOPENED = "Message_CaseReopened";
  static final int MAX_REASON = 2000;

  private final CaseAccess access;
  private final CaseReopeningRepository reopenings;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public ReopenService(CaseAccess access, CaseReopeningRepository reopenings, RuntimeService runtime,
      IdentityService identity, Clock clock, ApplicationEventPublisher events) {
    this.access = access;
    this.reopenings = reopenings;
    this.runtime = runtime;
    this.identity = identity;
    this.clock = clock;
    this.events = events;
  }

  /** The case and its new process, as the API answers them. */
  public record Reopened(long caseId, String caseNumber, String processInstanceId) {}

  @Transactional
  public Reopened reopen(long caseId, String reason, String userId) {
    ChildCase theCase = access.readable(caseId);
    String why = reason == null ? null : reason.trim();
    if (why == null || why.isEmpty() || why.length() > MAX_REASON) {
      throw ApiException.validation(List.of(new FieldProblem("reason", "REQUIRED",
          "Tuliskan alasan membuka kembali kasus (paling banyak " + MAX_REASON + " karakter).")));
    }
    if (theCase.getStatus() != CaseStatus.CLOSED) {
      throw ApiException.conflict("CASE_NOT_CLOSED", "Only a closed case can be reopened; this case is open.");
    }
    CaseReopening reopening = reopenings.save(new CaseReopening(theCase.getId(), why, theCase.getClosureReason(),
        theCase.getClosedAt(), theCase.getProcessInstanceId(), userId, clock.instant()));
    Map<String, Object> variables = IntakeService.routingVariables(theCase);
    variables.put(CaseVariables.CHILD_IN_DANGER, false);
    variables.put(CaseVariables.DESCRIPTION, FormValues.fitted(
        "Kasus dibuka kembali: " + why + "\n\nPengaduan awal:\n" + theCase.getDescription()));
    // CaseAccess and the role check have allowed the caller; the engine acts for the application.
    ProcessInstance instance = Privileged.asApplication(identity, () -> runtime
        .createMessageCorrelation(MESSAGE_CASE_REOPENED)
        .processInstanceBusinessKey(theCase.getCaseNumber())
        .setVariables(variables)
        .correlateStartMessage());
    theCase.reopen(instance.getId());
    events.publishEvent(CaseDatesChanged.of(theCase.getId()));
    reopening.attachProcess(instance.getId());
    return new Reopened(theCase.getId(), theCase.getCaseNumber(), instance.getId());
  }
}
