package id.terpadu.conference;

import id.terpadu.casefile.CaseClosed;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.process.Privileged;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A closed case keeps no conference work: in the closing transaction its running {@code Process_CaseConference}
 * instances end (with the decision tasks they called) and so do the decision tasks of weekly case meetings
 * ({@code Process_CaseDecision}), with the reason {@value #REASON}; no agency keeps a task of a closed case and no
 * escalation fires for it. Its open decisions are marked {@link CaseDecision.Status#CLOSED}.
 */
@Component
class ConferencesEndWithCase {

  static final String REASON = "Kasus ditutup";

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CaseDecisionRepository decisions;
  private final Clock clock;

  ConferencesEndWithCase(RuntimeService runtime, IdentityService identity, CaseDecisionRepository decisions,
      Clock clock) {
    this.runtime = runtime;
    this.identity = identity;
    this.decisions = decisions;
    this.clock = clock;
  }

  @EventListener
  void closed(CaseClosed event) {
    Privileged.asApplication(identity, () -> {
      // Root instances only: deleting a conference ends the decision processes it called (and, within this
      // command, a query would still return them until the deletion is flushed).
      List<ProcessInstance> running = new ArrayList<>();
      for (String processKey : List.of(CaseConferences.PROCESS_KEY, CaseDecisions.PROCESS_KEY)) {
        running.addAll(runtime.createProcessInstanceQuery().processDefinitionKey(processKey).rootProcessInstances()
            .variableValueEquals(CaseVariables.CASE_ID, event.caseId()).list());
      }
      running.forEach(instance -> runtime.deleteProcessInstance(instance.getId(), REASON));
      return null;
    });
    decisions.findByCaseIdAndStatus(event.caseId(), CaseDecision.Status.OPEN)
        .forEach(d -> d.closedWithCase(clock.instant()));
  }
}
