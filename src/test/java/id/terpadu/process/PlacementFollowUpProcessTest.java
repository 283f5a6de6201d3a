package id.terpadu.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A child of case ULT-3504-2026-00042 leaves an LKSA for the family: the case's caseworker gets one monitoring task,
 * due 14 days later (the SLA table, stage {@code PLACEMENT_FOLLOW_UP}), which the unit's supervisors may take over;
 * the visit ends the follow-up as stable or as needing action in the case. Past the deadline the task is escalated
 * (caseworker, then the unit's supervisors, then its head) while it stays with the caseworker. The form's recorder
 * (a task listener) is mocked.
 */
@Deployment(resources = {"bpmn/placement-follow-up.bpmn", "bpmn/sla-deadlines.dmn", "bpmn/sla-escalation.dmn"})
class PlacementFollowUpProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestEngine.CONFIGURATION).build();

  /** Thursday 26 November 2026, 10:00 WIB: the discharge is registered. */
  static final Date NOW = Date.from(Instant.parse("2026-11-26T03:00:00Z"));
  static final Date DUE = Date.from(Instant.parse("2026-12-10T03:00:00Z"));

  TaskListener recordPlacementFollowUp = mock(TaskListener.class);
  EngineOnlySla sla;

  @BeforeEach
  void registerMocks() {
    ClockUtil.setCurrentTime(NOW);
    sla = new EngineOnlySla(engine.getProcessEngine());
    Mocks.register("recordPlacementFollowUp", recordPlacementFollowUp);
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
    ClockUtil.reset();
  }

  ProcessInstance discharged(String caseworker) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseId", 42L);
    variables.put("caseNumber", "ULT-3504-2026-00042");
    variables.put("regency", "3504");
    variables.put("caseworkerId", caseworker);
    variables.put("residenceId", 7L);
    variables.put("institutionName", "LKSA Budi Mulia");
    variables.put("dischargedOn", "26 November 2026");
    return runtimeService().startProcessInstanceByKey("Process_PlacementFollowUp", "ULT-3504-2026-00042", variables);
  }

  @Test
  void theCaseworkerFindsTheChildStableAtHome() {
    ProcessInstance followUp = discharged("peksos1");

    assertThat(followUp).isWaitingAt("Task_MonitorAfterDischarge");
    assertThat(task(followUp)).isAssignedTo("peksos1").hasCandidateGroupAssociated("supervisor-3504")
        .hasName("Pantau anak setelah kembali ke keluarga").hasDueDate(DUE);
    org.assertj.core.api.Assertions.assertThat(followUp.getBusinessKey()).isEqualTo("ULT-3504-2026-00042");

    complete(task(followUp), withVariables("followUpOutcome", "STABLE"));

    verify(recordPlacementFollowUp).notify(any());
    assertThat(followUp).isEnded().hasPassed("Event_ReintegrationStable").hasNotPassed("Event_ActionNeededInCase");
  }

  @Test
  void theCaseworkerFindsTheCaseNeedsAction() {
    ProcessInstance followUp = discharged("peksos1");

    complete(task(followUp), withVariables("followUpOutcome", "NEEDS_ACTION"));

    assertThat(followUp).isEnded().hasPassed("Event_ActionNeededInCase").hasNotPassed("Event_ReintegrationStable");
  }

  @Test
  void aCaseWithoutCaseworkerWaitsForTheUnitsSupervisors() {
    ProcessInstance followUp = discharged(null);

    assertThat(task(followUp)).isNotAssigned().hasCandidateGroup("supervisor-3504");
    complete(task(followUp), withVariables("followUpOutcome", "STABLE"));
    assertThat(followUp).isEnded().hasPassed("Event_ReintegrationStable");
  }

  @Test
  void anOverdueMonitoringIsEscalatedToTheSupervisorsThenTheHead() {
    ProcessInstance followUp = discharged("peksos1");
    String taskId = task(followUp).getId();
    Job timer = timer(followUp);
    org.assertj.core.api.Assertions.assertThat(timer.getDuedate()).isEqualTo(DUE);

    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
    managementService().executeJob(timer.getId());

    assertThat(followUp).hasPassed("Event_MonitorAfterDischargeEscalated").isWaitingAt("Task_MonitorAfterDischarge");
    assertThat(task(followUp)).isAssignedTo("peksos1");
    org.assertj.core.api.Assertions.assertThat(task(followUp).getId()).isEqualTo(taskId);
    org.assertj.core.api.Assertions.assertThat(sla.breaches).singleElement().satisfies(b -> {
      org.assertj.core.api.Assertions.assertThat(b.getTaskKey() + ":" + b.getStage() + ":" + b.getRegencyCode()
          + ":" + b.getCaseNumber()).isEqualTo("Task_MonitorAfterDischarge:PLACEMENT_FOLLOW_UP:3504:ULT-3504-2026-00042");
      org.assertj.core.api.Assertions.assertThat(b.getNotified()).isEqualTo("peksos1");
    });

    // two days later the unit's supervisors, another two days later its head
    Job next = timer(followUp);
    ClockUtil.setCurrentTime(Date.from(next.getDuedate().toInstant().plusSeconds(60)));
    managementService().executeJob(next.getId());
    Job last = timer(followUp);
    ClockUtil.setCurrentTime(Date.from(last.getDuedate().toInstant().plusSeconds(60)));
    managementService().executeJob(last.getId());
    org.assertj.core.api.Assertions.assertThat(sla.breaches).extracting(b -> b.getNotified())
        .containsExactly("peksos1", "supervisor-3504", "head-3504");

    complete(task(followUp), withVariables("followUpOutcome", "STABLE"));
    assertThat(followUp).isEnded().hasPassed("Event_ReintegrationStable");
  }

  Job timer(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_MonitorAfterDischargeDue").singleResult();
  }

  @Test
  void anInvalidFormKeepsTheTaskOpen() {
    ProcessInstance followUp = discharged("peksos1");
    doThrow(new BadUserRequestException("Catatan kunjungan wajib diisi.")).when(recordPlacementFollowUp)
        .notify(any());

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> complete(task(followUp), withVariables("followUpOutcome", "STABLE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Catatan kunjungan wajib diisi.");
    assertThat(followUp).isWaitingAt("Task_MonitorAfterDischarge");
  }
}
