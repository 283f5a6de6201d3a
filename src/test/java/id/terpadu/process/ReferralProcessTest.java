package id.terpadu.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import id.terpadu.referral.ReferralCancellation;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One referral from sending to verification: accept, decline and reroute, withdraw, return, cancel. */
@Deployment(resources = {"bpmn/referral.bpmn", "bpmn/sla-deadlines.dmn", "bpmn/sla-escalation.dmn"})
class ReferralProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestEngine.CONFIGURATION).build();

  ExecutionListener referralSummary = mock(ExecutionListener.class);
  TaskListener recordReferralDecision = mock(TaskListener.class);
  TaskListener rerouteOptions = mock(TaskListener.class);
  TaskListener recordReroute = mock(TaskListener.class);
  TaskListener recordServiceReport = mock(TaskListener.class);
  TaskListener recordVerification = mock(TaskListener.class);
  ReferralCancellation referralCancellation = mock(ReferralCancellation.class);

  EngineOnlySla sla;

  @BeforeEach
  void registerMocks() {
    sla = new EngineOnlySla(engine.getProcessEngine());
    Mocks.register("referralSummary", referralSummary);
    Mocks.register("recordReferralDecision", recordReferralDecision);
    Mocks.register("rerouteOptions", rerouteOptions);
    Mocks.register("recordReroute", recordReroute);
    Mocks.register("recordServiceReport", recordServiceReport);
    Mocks.register("recordVerification", recordVerification);
    Mocks.register("referralCancellation", referralCancellation);
    Mocks.register("caseworkerTaskFallback", new id.terpadu.scope.CaseworkerTaskFallback());
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"Task_DecideOnReferral", "Task_ReportService",
      "Task_VerifyService", "Task_ChooseAnotherAgency"})
  void everyTaskIsEscalatedWhenItsDeadlinePasses(String taskKey) {
    ProcessInstance referral = engine.getProcessEngine().getRuntimeService()
        .createProcessInstanceByKey("Process_Referral").startBeforeActivity(taskKey)
        .setVariables(Map.of("referralId", 7L, "regency", "3504", "agencyCode", "rsud", "contactCaseworker",
            "peksos1", "caseNumber", "ULT-3504-2026-00042", "serviceType", "MEDICAL_CARE"))
        .execute();
    String name = taskKey.substring("Task_".length());
    org.camunda.bpm.engine.ManagementService management = engine.getProcessEngine().getManagementService();
    org.camunda.bpm.engine.runtime.Job timer = management.createJobQuery().processInstanceId(referral.getId())
        .activityId("Timer_" + name + "Due").singleResult();

    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        java.util.Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
    management.executeJob(timer.getId());

    assertThat(referral).hasPassed("Event_" + name + "Escalated").isWaitingAt(taskKey);
    org.assertj.core.api.Assertions.assertThat(sla.breaches).extracting(b -> b.getTaskKey() + ":" + b.getNotified())
        .containsExactly(taskKey + ":" + (taskKey.equals("Task_DecideOnReferral") || taskKey.equals(
            "Task_ReportService") ? "agency-rsud" : "peksos1")); // assigned tasks remind their assignee
  }

  @Test
  void acceptedReferralIsReportedAndVerified() throws Exception {
    ProcessInstance referral = send("rsud");
    assertThat(referral).isWaitingAt("Task_DecideOnReferral");
    assertThat(task()).hasCandidateGroup("agency-rsud");
    verify(referralSummary).notify(any());

    complete(task(), withVariables("referralAccepted", true));
    assertThat(referral).isWaitingAt("Task_ReportService");
    assertThat(task()).hasCandidateGroup("agency-rsud");

    complete(task());
    assertThat(referral).isWaitingAt("Task_VerifyService");
    assertThat(task()).isAssignedTo("peksos1");
    org.assertj.core.api.Assertions.assertThat(candidateGroups()).isEmpty(); // the contact caseworker only, not the unit's other caseworkers

    complete(task(), withVariables("serviceVerified", true));
    assertThat(referral).isEnded().hasPassed("Event_ReferralCompleted");
    verify(recordVerification).notify(any());
  }

  @Test
  void declinedReferralIsReroutedToAnotherAgency() throws Exception {
    ProcessInstance referral = send("lbh");
    assertThat(referral).isWaitingAt("Task_DecideOnReferral");

    complete(task(), withVariables("referralAccepted", false));
    assertThat(referral).isWaitingAt("Task_ChooseAnotherAgency");
    assertThat(task()).isAssignedTo("peksos1");
    org.assertj.core.api.Assertions.assertThat(candidateGroups()).isEmpty();
    verify(rerouteOptions).notify(any());

    complete(task(), withVariables("rerouteDecision", "REROUTE", "agencyCode", "dinsos"));
    assertThat(referral).isWaitingAt("Task_DecideOnReferral");
    assertThat(task()).hasCandidateGroup("agency-dinsos");
  }

  @Test
  void withoutAContactCaseworkerTheUnitsSupervisorsGetTheCaseworkerTasks() {
    ProcessInstance referral = send("lbh");
    // The case was transferred: the contact caseworker is cleared until the receiving unit assigns one.
    engine.getProcessEngine().getRuntimeService().setVariable(referral.getId(), "contactCaseworker", null);
    assertThat(referral).isWaitingAt("Task_DecideOnReferral");
    complete(task(), withVariables("referralAccepted", false));

    assertThat(referral).isWaitingAt("Task_ChooseAnotherAgency");
    assertThat(task()).isNotAssigned();
    org.assertj.core.api.Assertions.assertThat(candidateGroups()).containsExactly("supervisor-3504");

    complete(task(), withVariables("rerouteDecision", "REROUTE", "agencyCode", "rsud"));
    complete(task(), withVariables("referralAccepted", true));
    complete(task());
    assertThat(referral).isWaitingAt("Task_VerifyService");
    assertThat(task()).isNotAssigned();
    org.assertj.core.api.Assertions.assertThat(candidateGroups()).containsExactly("supervisor-3504");
  }

  @Test
  void declinedReferralCanBeWithdrawn() {
    ProcessInstance referral = send("lbh");
    assertThat(referral).isWaitingAt("Task_DecideOnReferral");
    complete(task(), withVariables("referralAccepted", false));

    complete(task(), withVariables("rerouteDecision", "CANCEL"));
    assertThat(referral).isEnded().hasPassed("Event_ReferralWithdrawn");
  }

  @Test
  void caseworkerReturnsAnIncompleteReport() {
    ProcessInstance referral = send("rsud");
    assertThat(referral).isWaitingAt("Task_DecideOnReferral");
    complete(task(), withVariables("referralAccepted", true));
    complete(task());

    complete(task(), withVariables("serviceVerified", false));
    assertThat(referral).isWaitingAt("Task_ReportService");
  }

  @Test
  void caseworkerCancelsARunningReferral() {
    ProcessInstance referral = send("dukcapil");
    assertThat(referral).isWaitingAt("Task_DecideOnReferral");

    engine.getProcessEngine().getRuntimeService().createMessageCorrelation("Message_CancelReferral")
        .processInstanceVariableEquals("referralId", 7L)
        .setVariable("cancelReason", "Keluarga pindah").correlate();

    verify(referralCancellation).recordRequested(any(DelegateExecution.class));
    assertThat(referral).isEnded().hasPassed("Event_ReferralCancelled").hasNotPassed("Event_ReferralCompleted");
  }

  private ProcessInstance send(String agency) {
    return engine.getProcessEngine().getRuntimeService().startProcessInstanceByKey("Process_Referral",
        Map.of("referralId", 7L, "regency", "3504", "agencyCode", agency, "contactCaseworker", "peksos1"));
  }

  private static java.util.List<String> candidateGroups() {
    return engine.getProcessEngine().getTaskService().getIdentityLinksForTask(task().getId()).stream()
        .filter(link -> org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).toList();
  }
}
