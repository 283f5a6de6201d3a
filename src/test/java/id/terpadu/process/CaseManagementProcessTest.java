package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.terpadu.casefile.CaseClosure;
import id.terpadu.monitoring.MonitoringForms;
import id.terpadu.referral.ReferralDispatch;
import id.terpadu.referral.ServiceStage;
import id.terpadu.scope.CaseworkerTaskFallback;
import id.terpadu.termination.CloseTerminatedCase;
import java.util.List;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The case pathway as the SOP reads it, on the engine alone: the case file's listeners are mocked by bean
 * name, the risk decision is real.
 */
@Deployment(resources = {"bpmn/case-management.bpmn", "bpmn/risk-proposal.dmn", "bpmn/referral.bpmn",
    "bpmn/sla-deadlines.dmn", "bpmn/sla-escalation.dmn"})
class CaseManagementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestEngine.CONFIGURATION).build();

  ExecutionListener registerFromStartForm = mock(ExecutionListener.class);
  TaskListener recordTriage = mock(TaskListener.class);
  TaskListener recordSafetyResponse = mock(TaskListener.class);
  TaskListener caseworkerAssignment = mock(TaskListener.class);
  TaskListener recordAssessment = mock(TaskListener.class);
  CaseClosure caseClosure = mock(CaseClosure.class);
  TaskListener servicePlanForms = mock(TaskListener.class);
  TaskListener recordServicePlan = mock(TaskListener.class);
  TaskListener recordPlanDecision = mock(TaskListener.class);
  ReferralDispatch referralDispatch = mock(ReferralDispatch.class);
  MonitoringForms monitoringForms = mock(MonitoringForms.class);
  TaskListener recordMonitoringContact = mock(TaskListener.class);
  TaskListener terminationForms = mock(TaskListener.class);
  TaskListener recordTerminationDecision = mock(TaskListener.class);
  CloseTerminatedCase closeTerminatedCase = mock(CloseTerminatedCase.class);
  ServiceStage serviceStage = mock(ServiceStage.class);

  EngineOnlySla sla;

  @BeforeEach
  void registerMocks() {
    sla = new EngineOnlySla(engine.getProcessEngine());
    Mocks.register("registerComplaintFromStartForm", registerFromStartForm);
    Mocks.register("recordTriage", recordTriage);
    Mocks.register("recordSafetyResponse", recordSafetyResponse);
    Mocks.register("caseworkerAssignment", caseworkerAssignment);
    Mocks.register("recordAssessment", recordAssessment);
    Mocks.register("caseClosure", caseClosure);
    Mocks.register("servicePlanForms", servicePlanForms);
    Mocks.register("recordServicePlan", recordServicePlan);
    Mocks.register("recordPlanDecision", recordPlanDecision);
    Mocks.register("referralDispatch", referralDispatch);
    Mocks.register("monitoringForms", monitoringForms);
    Mocks.register("recordMonitoringContact", recordMonitoringContact);
    Mocks.register("terminationForms", terminationForms);
    Mocks.register("recordTerminationDecision", recordTerminationDecision);
    Mocks.register("closeTerminatedCase", closeTerminatedCase);
    Mocks.register("serviceStage", serviceStage);
    Mocks.register("caseworkerTaskFallback", new CaseworkerTaskFallback());
    for (String listener : List.of("recordReferralDecision", "rerouteOptions", "recordReroute",
        "recordServiceReport", "recordVerification")) {
      Mocks.register(listener, mock(TaskListener.class));
    }
    // What the summary listener gives a referral instance (the real one reads the case file).
    Mocks.register("referralSummary", (ExecutionListener) execution -> {
      execution.setVariable("agencyCode", "rsud");
      execution.setVariable("contactCaseworker", "peksos1");
    });
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void everyTaskIsDueByTheDeadlinesTable() {
    // Friday 27 November 2026, 10:00 WIB
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-27T03:00:00Z")));
    ProcessInstance medium = startComplaint("KEKERASAN_FISIK", false);
    assertThat(medium).isWaitingAt("Task_TriageComplaint");
    assertThat(task().getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-27T09:00:00Z"))); // 6 hours

    ProcessInstance low = startComplaint("KEPENDUDUKAN", false);
    assertThat(low).isWaitingAt("Task_TriageComplaint");
    // one working day from a Friday: Monday at the same time
    assertThat(task().getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-30T03:00:00Z")));

    complete(task(), withVariables("triageOutcome", "ACCEPTED", "riskLevel", "LOW"));
    complete(task(), withVariables("caseworkerId", "peksos1"));
    assertThat(low).isWaitingAt("Task_ConductAssessment");
    assertThat(task().getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-11T03:00:00Z"))); // 14 days
  }

  @Test
  void anOverdueTaskIsEscalatedLevelByLevelWithOneIncident() {
    // Friday 27 November 2026, 10:00 WIB; medium risk: triage due in 6 hours, escalation every 2 days
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-27T03:00:00Z")));
    ProcessInstance instance = startComplaint("KEKERASAN_FISIK", false);
    org.camunda.bpm.engine.task.Task triage = task(instance);
    org.camunda.bpm.engine.ManagementService management = engine.getProcessEngine().getManagementService();
    org.camunda.bpm.engine.runtime.Job timer = management.createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_TriageComplaintDue").singleResult();
    assertThat(timer.getDuedate()).isEqualTo(triage.getDueDate());

    // Level 1 at the due date: the unassigned task's group is told, one incident on the task.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-27T09:01:00Z")));
    management.executeJob(timer.getId());
    assertThat(sla.breaches).extracting(b -> b.getLevel() + ":" + b.getNotified())
        .containsExactly("1:supervisor-3504");
    List<org.camunda.bpm.engine.runtime.Incident> incidents = runtime().createIncidentQuery()
        .processInstanceId(instance.getId()).incidentType("slaBreach").list();
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getExecutionId()).isEqualTo(triage.getExecutionId());
    assertThat(incidents.get(0).getConfiguration()).isEqualTo("slaBreach:" + triage.getId());
    assertThat(incidents.get(0).getIncidentMessage()).contains("Triase pengaduan", "ULT-3504-2026-00042");
    assertThat(triage.getId()).isEqualTo(task(instance).getId()); // the task stays with its owner

    // Level 2 two days later to the unit's supervisors, level 3 to the head; then the chain ends.
    org.camunda.bpm.engine.runtime.Job next = management.createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_TriageComplaintDue").singleResult();
    assertThat(next.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-29T09:00:00Z")));
    ClockUtil.setCurrentTime(Date.from(next.getDuedate().toInstant().plusSeconds(60)));
    management.executeJob(next.getId());
    next = management.createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_TriageComplaintDue").singleResult();
    ClockUtil.setCurrentTime(Date.from(next.getDuedate().toInstant().plusSeconds(60)));
    management.executeJob(next.getId());
    assertThat(sla.breaches).extracting(b -> b.getLevel() + ":" + b.getNotified())
        .containsExactly("1:supervisor-3504", "2:supervisor-3504", "3:head-3504");
    assertThat(management.createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_TriageComplaintDue").count()).isZero();
    assertThat(runtime().createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    assertThat(sla.events).hasSize(3);
    assertThat(instance).isWaitingAt("Task_TriageComplaint");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"Task_RespondToImmediateDanger", "Task_AssignCaseworker",
      "Task_ConductAssessment", "Task_DraftServicePlan", "Task_ApproveServicePlan", "Task_MonitorCase",
      "Task_ApproveTermination"})
  void everyTaskIsEscalatedWhenItsDeadlinePasses(String taskKey) {
    // A fixed clock: the timer and the task read "now" a few milliseconds apart, which on a busy machine could
    // put the timer's start (rounded up to a second) before the task's due date.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-27T03:00:00.500Z")));
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseId", 42L);
    variables.put("caseNumber", "ULT-3504-2026-00042");
    variables.put("regency", "3504");
    variables.put("riskLevel", "HIGH");
    variables.put("caseworkerId", "peksos1");
    ProcessInstance instance = runtime().createProcessInstanceByKey("Process_CaseManagement")
        .businessKey("ULT-3504-2026-00042").startBeforeActivity(taskKey).setVariables(variables).execute();
    String name = taskKey.substring("Task_".length());
    org.camunda.bpm.engine.ManagementService management = engine.getProcessEngine().getManagementService();
    org.camunda.bpm.engine.runtime.Job timer = management.createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_" + name + "Due").singleResult();
    assertThat(timer.getDuedate()).isCloseTo(task(instance).getDueDate(), 1000).isAfterOrEqualTo(
        task(instance).getDueDate());

    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
    management.executeJob(timer.getId());

    assertThat(instance).hasPassed("Event_" + name + "Escalated").isWaitingAt(taskKey);
    assertThat(sla.breaches).extracting(b -> b.getTaskKey() + ":" + b.getLevel()).containsExactly(taskKey + ":1");
  }

  @Test
  void acceptedMediumRiskCaseIsTriagedAssignedAndAssessed() throws Exception {
    ProcessInstance instance = startComplaint("KEKERASAN_FISIK", false);

    assertThat(instance).isWaitingAt("Task_TriageComplaint").variables().containsEntry("riskLevel", "MEDIUM");
    assertThat(task()).hasCandidateGroup("supervisor-3504");
    verify(registerFromStartForm).notify(any());

    complete(task(), withVariables("triageOutcome", "ACCEPTED", "riskLevel", "MEDIUM"));
    verify(recordTriage).notify(any());
    assertThat(instance).isWaitingAt("Task_AssignCaseworker");
    assertThat(task()).hasCandidateGroup("supervisor-3504");

    complete(task(), withVariables("caseworkerId", "peksos1"));
    assertThat(instance).isWaitingAt("Task_ConductAssessment");
    assertThat(task()).isAssignedTo("peksos1");
    // Need to know: the case's caseworker only, not every caseworker of the unit.
    assertThat(candidateGroups(task())).isEmpty();

    complete(task());
    verify(recordAssessment).notify(any());
    assertThat(instance).isWaitingAt("Task_DraftServicePlan").hasNotPassed("Task_RespondToImmediateDanger");
    verify(caseClosure, never()).closeAfterTriage(any(DelegateExecution.class));
  }

  @Test
  void caseworkerTasksOfACaseWithoutCaseworkerGoToTheUnitsSupervisors() throws Exception {
    when(referralDispatch.unsentReferrals(any())).thenReturn(List.of(1L));
    ProcessInstance instance = assessedCase();
    assertThat(task()).isAssignedTo("peksos1");
    assertThat(candidateGroups(task())).isEmpty();
    complete(task());
    // A transfer (or anything else) left the case without a caseworker: the next caseworker task is nobody's
    // unless the supervisors get it to choose one.
    runtime().setVariable(instance.getId(), "caseworkerId", null);
    complete(task(), withVariables("planDecision", "RETURNED"));

    assertThat(instance).isWaitingAt("Task_DraftServicePlan");
    assertThat(task()).isNotAssigned();
    assertThat(candidateGroups(task())).containsExactly("supervisor-3504");

    runtime().setVariable(instance.getId(), "caseworkerId", "peksos2");
    complete(task());
    complete(task(), withVariables("planDecision", "APPROVED"));
    assertThat(monitoringTask(instance).getAssignee()).isEqualTo("peksos2");
    assertThat(candidateGroups(monitoringTask(instance))).isEmpty();
  }

  @Test
  void returnedPlanGoesBackToTheCaseworkerThenReferralsRunInParallelUntilAllAreDone() throws Exception {
    when(referralDispatch.unsentReferrals(any())).thenReturn(List.of(1L, 2L));
    ProcessInstance instance = assessedCase();

    complete(task());
    verify(recordServicePlan).notify(any());
    assertThat(instance).isWaitingAt("Task_ApproveServicePlan");
    assertThat(task()).hasCandidateGroup("supervisor-3504");
    complete(task(), withVariables("planDecision", "RETURNED"));
    assertThat(instance).isWaitingAt("Task_DraftServicePlan");

    complete(task());
    complete(task(), withVariables("planDecision", "APPROVED"));
    verify(referralDispatch).sendApprovedPlan(any(DelegateExecution.class));
    assertThat(instance).isWaitingAt("Activity_Referral");
    List<ProcessInstance> referrals = referralInstances(instance);
    assertThat(referrals).hasSize(2);
    // Only what is mapped in one by one (and the summary) reaches a referral, nothing else of the case.
    assertThat(referrals).allSatisfy(r -> assertThat(runtime().getVariables(r.getId()))
        .containsOnlyKeys("referralId", "regency", "agencyCode", "contactCaseworker"));

    assertThat(instance).isWaitingAt("Activity_Referral", "Task_MonitorCase");
    assertThat(task(instance)).isAssignedTo("peksos1");

    for (ProcessInstance referral : referrals) {
      completeReferral(referral);
    }
    verify(serviceStage, times(2)).refresh(any(DelegateExecution.class));
    assertThat(instance).hasPassed("Event_ReferralsDone").isWaitingAt("Task_MonitorCase");
  }

  @Test
  void aServiceAddedWhileReferralsRunStartsOneMoreReferral() throws Exception {
    when(referralDispatch.unsentReferrals(any())).thenReturn(List.of(1L));
    ProcessInstance instance = assessedCase();
    complete(task());
    complete(task(), withVariables("planDecision", "APPROVED"));
    assertThat(referralInstances(instance)).hasSize(1);

    runtime().createMessageCorrelation("Message_ServiceAdded").processInstanceId(instance.getId())
        .setVariableLocal("referralId", 3L).correlate();

    List<ProcessInstance> referrals = referralInstances(instance);
    assertThat(referrals).hasSize(2);
    assertThat(referrals).extracting(r -> runtime().getVariable(r.getId(), "referralId"))
        .containsExactlyInAnyOrder(1L, 3L);
    for (ProcessInstance referral : referrals) {
      completeReferral(referral);
    }
    assertThat(instance).hasPassed("Event_ReferralsDone", "Event_AdditionalReferralDone")
        .isWaitingAt("Task_MonitorCase");
  }

  @Test
  void monitoringContinuesUntilTheSupervisorApprovesTheProposedTermination() throws Exception {
    when(referralDispatch.unsentReferrals(any())).thenReturn(List.of(1L));
    ProcessInstance instance = servicesRunning();
    completeReferral(referralInstances(instance).get(0));
    verify(monitoringForms).refresh(any(DelegateExecution.class)); // the open monitoring form follows

    complete(monitoringTask(instance), withVariables("monitoringNext", "CONTINUE"));
    verify(monitoringForms, times(2)).notify(any());
    verify(recordMonitoringContact).notify(any());
    assertThat(instance).isWaitingAt("Task_MonitorCase");

    complete(monitoringTask(instance), withVariables("monitoringNext", "PROPOSE_TERMINATION"));
    assertThat(instance).isWaitingAt("Task_ApproveTermination");
    assertThat(task(instance)).hasCandidateGroup("supervisor-3504");
    verify(terminationForms).notify(any());

    complete(task(instance), withVariables("terminationDecision", "APPROVED"));
    verify(recordTerminationDecision).notify(any());
    verify(closeTerminatedCase).close(any(DelegateExecution.class));
    assertThat(instance).isEnded().hasPassed("Event_TerminationApproved", "Task_CloseCase", "Event_CaseClosed");
  }

  @Test
  void returnedTerminationGoesBackToMonitoring() throws Exception {
    ProcessInstance instance = servicesRunning();
    complete(monitoringTask(instance), withVariables("monitoringNext", "PROPOSE_TERMINATION"));

    complete(task(instance), withVariables("terminationDecision", "RETURNED"));

    assertThat(instance).isWaitingAt("Task_MonitorCase").hasPassed("Gateway_TerminationDecision");
    assertThat(task(instance)).isAssignedTo("peksos1");
    verify(closeTerminatedCase, never()).close(any(DelegateExecution.class));
  }

  @Test
  void approvedTerminationEndsReferralsStillRunning() throws Exception {
    when(referralDispatch.unsentReferrals(any())).thenReturn(List.of(1L));
    ProcessInstance instance = servicesRunning();
    ProcessInstance referral = referralInstances(instance).get(0);
    assertThat(referral).isWaitingAt("Task_DecideOnReferral");

    complete(monitoringTask(instance), withVariables("monitoringNext", "PROPOSE_TERMINATION"));
    complete(task(instance), withVariables("terminationDecision", "APPROVED"));

    assertThat(instance).isEnded().hasPassed("Event_CaseClosed");
    assertThat(referral).isEnded();
    verify(closeTerminatedCase).close(any(DelegateExecution.class));
  }

  @Test
  void servicesAddedWhileMonitoringAreReferredAndMonitoringGoesOn() {
    ProcessInstance instance = servicesRunning();
    assertThat(referralInstances(instance)).isEmpty();
    when(referralDispatch.unsentReferrals(any())).thenReturn(List.of(7L, 8L));

    complete(monitoringTask(instance), withVariables("monitoringNext", "ADD_SERVICES"));

    assertThat(instance).isWaitingAt("Activity_MonitoringReferral", "Task_MonitorCase");
    List<ProcessInstance> added = referralInstances(instance);
    assertThat(added).extracting(r -> runtime().getVariable(r.getId(), "referralId"))
        .containsExactlyInAnyOrder(7L, 8L);
    for (ProcessInstance referral : added) {
      completeReferral(referral);
    }
    assertThat(instance).hasPassed("Event_AddedReferralsDone").isWaitingAt("Task_MonitorCase");
  }

  @Test
  void monitoringVisitsAreDueByRisk() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-27T03:00:00Z")));
    ProcessInstance instance = servicesRunning(); // low risk
    assertThat(monitoringTask(instance).getDueDate())
        .isEqualTo(Date.from(Instant.parse("2027-01-26T03:00:00Z"))); // 60 days
  }

  @Test
  void aReopenedCaseStartsAgainAtTriage() throws Exception {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseId", 42L);
    variables.put("caseNumber", "ULT-3504-2026-00042");
    variables.put("regency", "3504");
    variables.put("channel", "PHONE");
    variables.put("primaryCategory", "PENELANTARAN");
    variables.put("childInDanger", false);

    ProcessInstance reopened = runtime().createMessageCorrelation("Message_CaseReopened")
        .processInstanceBusinessKey("ULT-3504-2026-00042").setVariables(variables).correlateStartMessage();

    assertThat(reopened).hasPassed("Event_CaseReopened", "Task_ProposeRisk").isWaitingAt("Task_TriageComplaint");
    assertThat(reopened).hasBusinessKey("ULT-3504-2026-00042");
    verify(registerFromStartForm, never()).notify(any());
  }

  private ProcessInstance servicesRunning() {
    ProcessInstance instance = assessedCase();
    complete(task());
    complete(task(), withVariables("planDecision", "APPROVED"));
    assertThat(instance).isWaitingAt("Task_MonitorCase");
    return instance;
  }

  private org.camunda.bpm.engine.task.Task monitoringTask(ProcessInstance instance) {
    return engine.getProcessEngine().getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_MonitorCase").singleResult();
  }

  private ProcessInstance assessedCase() {
    ProcessInstance instance = startComplaint("KEPENDUDUKAN", false);
    assertThat(instance).isWaitingAt("Task_TriageComplaint");
    complete(task(), withVariables("triageOutcome", "ACCEPTED", "riskLevel", "LOW"));
    complete(task(), withVariables("caseworkerId", "peksos1"));
    complete(task());
    assertThat(instance).isWaitingAt("Task_DraftServicePlan");
    return instance;
  }

  private List<ProcessInstance> referralInstances(ProcessInstance parent) {
    return runtime().createProcessInstanceQuery().superProcessInstanceId(parent.getId()).list();
  }

  private void completeReferral(ProcessInstance referral) {
    assertThat(referral).isWaitingAt("Task_DecideOnReferral");
    complete(task(referral), withVariables("referralAccepted", true));
    complete(task(referral));
    complete(task(referral), withVariables("serviceVerified", true));
    assertThat(referral).isEnded();
  }

  private static List<String> candidateGroups(org.camunda.bpm.engine.task.Task task) {
    return engine.getProcessEngine().getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }

  private static RuntimeService runtime() {
    return engine.getProcessEngine().getRuntimeService();
  }

  @Test
  void highRiskCaseGetsTheSameDaySafetyResponseBeforeAssignment() throws Exception {
    ProcessInstance instance = startComplaint("KEKERASAN_SEKSUAL", false);
    assertThat(instance).variables().containsEntry("riskLevel", "HIGH");

    complete(task(), withVariables("triageOutcome", "ACCEPTED", "riskLevel", "HIGH"));

    assertThat(instance).isWaitingAt("Task_RespondToImmediateDanger");
    assertThat(task()).hasCandidateGroup("caseworker-3504").hasCandidateGroup("supervisor-3504");
    complete(task());
    verify(recordSafetyResponse).notify(any());
    assertThat(instance).isWaitingAt("Task_AssignCaseworker");
  }

  @Test
  void supervisorMayLowerTheProposedRisk() {
    ProcessInstance instance = startComplaint("PENGASUHAN", true);
    assertThat(instance).variables().containsEntry("riskLevel", "HIGH");

    complete(task(), withVariables("triageOutcome", "ACCEPTED", "riskLevel", "LOW"));

    assertThat(instance).isWaitingAt("Task_AssignCaseworker").hasNotPassed("Task_RespondToImmediateDanger");
  }

  @Test
  void complaintThatIsNotAChildProtectionMatterIsClosed() {
    ProcessInstance instance = startComplaint("KEPENDUDUKAN", false);
    assertThat(instance).variables().containsEntry("riskLevel", "LOW");

    complete(task(), withVariables("triageOutcome", "NOT_A_CASE"));

    verify(caseClosure).closeAfterTriage(any(DelegateExecution.class));
    assertThat(instance).isEnded().hasPassed("Task_CloseAsNotACase", "Event_ClosedNotACase");
  }

  @Test
  void duplicateOfAnOpenCaseIsLinkedAndClosed() {
    ProcessInstance instance = startComplaint("PENGASUHAN", false);
    assertThat(instance).isWaitingAt("Task_TriageComplaint");

    complete(task(), withVariables("triageOutcome", "DUPLICATE", "duplicateOfCaseNumber", "ULT-3504-2026-00001"));

    verify(caseClosure).closeAfterTriage(any(DelegateExecution.class));
    assertThat(instance).isEnded().hasPassed("Task_LinkDuplicate", "Event_ClosedAsDuplicate");
  }

  private ProcessInstance startComplaint(String category, boolean childInDanger) {
    RuntimeService runtime = runtime();
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseId", 42L);
    variables.put("caseNumber", "ULT-3504-2026-00042");
    variables.put("regency", "3504");
    variables.put("channel", "PHONE");
    variables.put("primaryCategory", category);
    variables.put("childInDanger", childInDanger);
    return runtime.startProcessInstanceByKey("Process_CaseManagement", "ULT-3504-2026-00042", variables);
  }
}
