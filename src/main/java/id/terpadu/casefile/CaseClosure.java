package id.terpadu.casefile;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Closes cases from the process (BPMN expression {@code ${caseClosure.closeAfterTriage(execution)}}). */
@Component("caseClosure")
public class CaseClosure {

  private final ChildCaseRepository cases;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public CaseClosure(ChildCaseRepository cases, ApplicationEventPublisher events, Clock clock) {
    this.cases = cases;
    this.events = events;
    this.clock = clock;
  }

  /** A complaint that triage did not accept: closed as not a case, or as a duplicate. */
  public void closeAfterTriage(DelegateExecution execution) {
    ChildCase theCase = cases.findById((Long) execution.getVariable(CaseVariables.CASE_ID))
        .orElseThrow(() -> new IllegalStateException("Case of process " + execution.getProcessInstanceId()));
    TriageOutcome outcome = TriageOutcome.valueOf((String) execution.getVariable(CaseVariables.TRIAGE_OUTCOME));
    ClosureReason reason = switch (outcome) {
      case NOT_A_CASE -> ClosureReason.NOT_A_CASE;
      case DUPLICATE -> ClosureReason.DUPLICATE;
      case ACCEPTED -> throw new IllegalStateException("An accepted case is not closed at triage");
    };
    theCase.close(reason, clock.instant());
    events.publishEvent(new CaseClosed(theCase.getId()));
  }
}
