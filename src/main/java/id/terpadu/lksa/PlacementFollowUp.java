package id.terpadu.lksa;

import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.process.FormValues;
import id.terpadu.process.Privileged;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Starts {@code bpmn/placement-follow-up.bpmn} when a child with a case is discharged to the family: one
 * monitoring task for the case's caseworker (candidate group: the unit's supervisors, who can reassign it), due and
 * escalated per the SLA tables (stage {@code PLACEMENT_FOLLOW_UP}), business key = the case number. The process
 * carries ids and the facts its form shows, never the child's identity.
 */
@Component
@EnableConfigurationProperties(LksaProperties.class)
public class PlacementFollowUp {

  public static final String PROCESS_KEY = "Process_PlacementFollowUp";
  public static final String TASK_MONITOR = "Task_MonitorAfterDischarge";

  private final ChildCaseRepository cases;
  private final RuntimeService runtime;
  private final IdentityService identity;

  public PlacementFollowUp(ChildCaseRepository cases, RuntimeService runtime, IdentityService identity) {
    this.cases = cases;
    this.runtime = runtime;
    this.identity = identity;
  }

  /** Starts the follow-up of a discharged stay that names a case; returns the process instance id. */
  String start(Residence residence, Institution institution) {
    ChildCase theCase = cases.findById(residence.getCaseId()).orElseThrow();
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseId", theCase.getId());
    variables.put("caseNumber", theCase.getCaseNumber());
    variables.put("regency", theCase.getRegencyCode());
    variables.put("caseworkerId", theCase.getCaseworkerId());
    variables.put("residenceId", residence.getId());
    variables.put("institutionName", institution.getName());
    variables.put("dischargedOn", FormValues.INDONESIAN_DATE.format(residence.getDischargedOn()));
    // Who may discharge was decided by LksaAccess; the engine starts the follow-up for the application.
    return Privileged.asApplication(identity, () ->
        runtime.startProcessInstanceByKey(PROCESS_KEY, theCase.getCaseNumber(), variables).getId());
  }
}
