package id.terpadu.process;

import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.ACTIVITY_INSTANCE_END;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.ACTIVITY_INSTANCE_START;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.FORM_PROPERTY_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.JOB_CREATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.JOB_DELETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.JOB_FAIL;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.JOB_SUCCESS;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_CREATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_DELETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL;

import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * History level {@value #NAME}: what level {@code full} writes, except what Terpadu never reads and the case file holds
 * anyway. Left out: the per-update value copies of variables and form fields ({@code ACT_HI_DETAIL}), the job log
 * ({@code ACT_HI_JOB_LOG}), activity instances of structural elements (gateways, none start events, multi-instance
 * bodies), of user tasks (kept as task instances) and of business rule tasks (kept as decision instances):
 * {@link #ACTIVITIES_LEFT_OUT}, the form inputs the case file records and the process forgets at once
 * ({@link #RECORDED_INPUTS}), and the history of display-only variables: form option lists
 * ({@code …Options}), display texts ({@code …Summary}), multi-instance counters and the referral summary shown to an
 * agency ({@link #DISPLAY_ONLY}). Process, task, activity (of the other elements), routing-variable (last value),
 * identity-link, incident, decision and user-operation history are written as at {@code full}. See
 * docs/adr/0035-history-level.md and 0039.
 */
public final class CaseAuditHistoryLevel extends AbstractHistoryLevel {

  /** Stored in {@code ACT_GE_PROPERTY} ('historyLevel'); the built-in levels use 0 to 3 (and -1 for auto). */
  public static final int ID = 35;
  public static final String NAME = "case-audit";
  public static final CaseAuditHistoryLevel INSTANCE = new CaseAuditHistoryLevel();

  /**
   * Display-only variables named one by one: multi-instance counters and the referral summary of
   * {@code referral.ReferralSummary} (a copy of case-file data for the agency's form; {@code contactCaseworker} is
   * kept: it assigns tasks).
   */
  static final Set<String> DISPLAY_ONLY = Set.of("loopCounter", "nrOfInstances", "nrOfActiveInstances",
      "nrOfCompletedInstances", "childFirstName", "childAge", "serviceLabel", "targetDate", "contactCaseworkerName",
      "contactCaseworkerEmail");
  /** Suffixes of display-only variables: option lists of form fields and display texts. */
  static final Set<String> DISPLAY_ONLY_SUFFIXES = Set.of("Options", "Summary");
  /**
   * Form inputs that a task listener stores in the case file and removes from the process in the same transaction
   * ({@link FormValues#forget}): the monitoring contact's ({@code monitoring.RecordMonitoringContact}). Their history
   * would be a copy of the case file's record, marked deleted at once. Its confidential inputs are left out by
   * ADR 0005's filter anyway.
   */
  public static final Set<String> RECORDED_INPUTS = Set.of("contactType", "contactDate", "childSituation", "nextStep",
      "terminationReason", "cancelReferralIds", "addServices");

  private static final Set<HistoryEventType> LEFT_OUT = Set.of(VARIABLE_INSTANCE_UPDATE_DETAIL, FORM_PROPERTY_UPDATE,
      JOB_CREATE, JOB_FAIL, JOB_SUCCESS, JOB_DELETE);
  private static final Set<HistoryEventType> VARIABLE_EVENTS = Set.of(VARIABLE_INSTANCE_CREATE,
      VARIABLE_INSTANCE_UPDATE, VARIABLE_INSTANCE_MIGRATE, VARIABLE_INSTANCE_DELETE);
  private static final Set<HistoryEventType> ACTIVITY_EVENTS = Set.of(ACTIVITY_INSTANCE_START,
      ACTIVITY_INSTANCE_UPDATE, ACTIVITY_INSTANCE_MIGRATE, ACTIVITY_INSTANCE_END);
  /**
   * Elements whose activity instances say nothing the others do not: gateways (the route shows in the activities
   * around them and the routing variables), none start events (the process or sub-process instance has the same
   * start), multi-instance bodies (each inner instance is kept), user tasks (the task history has the same
   * instance with its start, end, assignee and deletion reason, and the identity-link log its claims) and business
   * rule tasks (the decision history has the evaluation with its activity, inputs and outputs).
   */
  private static final Set<String> ACTIVITIES_LEFT_OUT = Set.of("exclusiveGateway", "parallelGateway",
      "inclusiveGateway", "startEvent", "multiInstanceBody", "userTask", "businessRuleTask");

  private CaseAuditHistoryLevel() {
  }

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  /** A null entity asks whether events of the type are produced at all: yes, unless the whole type is left out. */
  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (LEFT_OUT.contains(eventType)) {
      return false;
    }
    if (VARIABLE_EVENTS.contains(eventType) && entity instanceof VariableInstance variable) {
      return !isDisplayOnly(variable.getName()) && !RECORDED_INPUTS.contains(variable.getName());
    }
    if (ACTIVITY_EVENTS.contains(eventType) && entity instanceof PvmExecutionImpl execution
        && execution.getActivity() != null) {
      return !ACTIVITIES_LEFT_OUT.contains(execution.getActivity().getProperties().get(BpmnProperties.TYPE));
    }
    return true;
  }

  static boolean isDisplayOnly(String variableName) {
    return variableName != null && (DISPLAY_ONLY.contains(variableName)
        || DISPLAY_ONLY_SUFFIXES.stream().anyMatch(variableName::endsWith));
  }
}
