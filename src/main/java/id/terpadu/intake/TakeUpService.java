package id.terpadu.intake;

import id.terpadu.casefile.CaseAccess;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCase;
import id.terpadu.process.Privileged;
import id.terpadu.web.ApiException;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes up an open historical case (imported, issue 8; docs/adr/0020-historical-import.md): the import starts no
 * process instance, for open cases neither; when the unit decides to continue one, its case process starts now,
 * at triage, like a new complaint whose case already exists. Deadlines count from the take-up.
 */
@Service
public class TakeUpService {

  public static final String NOT_TAKEABLE = "CASE_NOT_TAKEABLE";

  private final CaseAccess access;
  private final RuntimeService runtime;
  private final IdentityService identity;

  public TakeUpService(CaseAccess access, RuntimeService runtime, IdentityService identity) {
    this.access = access;
    this.runtime = runtime;
    this.identity = identity;
  }

  /** The case and its new process, as the API answers them. */
  public record TakenUp(long caseId, String caseNumber, String processInstanceId) {}

  @Transactional
  public TakenUp takeUp(long caseId) {
    ChildCase theCase = access.readable(caseId);
    if (!theCase.canBeTakenUp()) {
      throw ApiException.conflict(NOT_TAKEABLE,
          "Only an open historical case without a process can be taken up; this one cannot.");
    }
    Map<String, Object> variables = IntakeService.routingVariables(theCase);
    variables.put(CaseVariables.CHILD_IN_DANGER, false);
    variables.put(CaseVariables.DESCRIPTION, theCase.getDescription());
    // CaseAccess and the role check have allowed the caller; the engine acts for the application.
    ProcessInstance instance = Privileged.asApplication(identity, () -> runtime
        .createProcessInstanceByKey(CaseVariables.PROCESS_KEY)
        .businessKey(theCase.getCaseNumber())
        .setVariables(variables)
        .execute());
    theCase.takeUp(instance.getId());
    return new TakenUp(theCase.getId(), theCase.getCaseNumber(), instance.getId());
  }
}
