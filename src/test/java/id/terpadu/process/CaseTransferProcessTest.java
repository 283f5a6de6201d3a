package id.terpadu.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
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
 * A case transfer proposed by Tulungagung (3504) to Trenggalek (3503): Trenggalek's supervisors or head accept
 * or decline it within 3 working days, or Tulungagung withdraws it; past the deadline it is escalated in
 * Trenggalek while the task stays where it is.
 */
@Deployment(resources = {"bpmn/case-transfer.bpmn", "bpmn/sla-deadlines.dmn", "bpmn/sla-escalation.dmn"})
class CaseTransferProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestEngine.CONFIGURATION).build();

  TaskListener transferForms = mock(TaskListener.class);
  TaskListener recordTransferDecision = mock(TaskListener.class);
  EngineOnlySla sla;

  @BeforeEach
  void registerMocks() {
    sla = new EngineOnlySla(engine.getProcessEngine());
    Mocks.register("transferForms", transferForms);
    Mocks.register("recordTransferDecision", recordTransferDecision);
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void theReceivingUnitAcceptsWithinThreeWorkingDays() throws Exception {
    // Friday 27 November 2026, 10:00 WIB: due Wednesday 2 December, 10:00 WIB
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-27T03:00:00Z")));
    ProcessInstance transfer = propose();

    assertThat(transfer).isWaitingAt("Task_DecideTransfer");
    assertThat(task()).hasCandidateGroup("supervisor-3503").hasCandidateGroup("head-3503")
        .hasName("Putuskan pemindahan kasus").isNotAssigned();
    org.assertj.core.api.Assertions.assertThat(task().getDueDate())
        .isEqualTo(Date.from(Instant.parse("2026-12-02T03:00:00Z")));
    org.assertj.core.api.Assertions.assertThat(transfer.getBusinessKey()).isEqualTo("ULT-3504-2026-00042");
    verify(transferForms).notify(any());

    complete(task(), withVariables("transferDecision", "ACCEPT"));

    verify(recordTransferDecision).notify(any());
    assertThat(transfer).isEnded().hasPassed("Event_TransferAccepted").hasNotPassed("Event_TransferDeclined");
  }

  @Test
  void theReceivingUnitDeclines() throws Exception {
    ProcessInstance transfer = propose();
    assertThat(transfer).isWaitingAt("Task_DecideTransfer");

    complete(task(), withVariables("transferDecision", "DECLINE", "confidentialTransferDecisionNote",
        "Alamat baru belum pasti."));

    verify(recordTransferDecision).notify(any());
    assertThat(transfer).isEnded().hasPassed("Event_TransferDeclined").hasNotPassed("Event_TransferAccepted");
  }

  @Test
  void theSendingUnitWithdrawsItsProposal() throws Exception {
    ProcessInstance transfer = propose();

    runtime().createMessageCorrelation("Message_WithdrawTransfer").processInstanceId(transfer.getId())
        .correlateWithResult();

    assertThat(transfer).isEnded().hasPassed("Event_TransferWithdrawn").hasNotPassed("Event_TransferAccepted",
        "Event_TransferDeclined");
    verify(recordTransferDecision, never()).notify(any());
    org.assertj.core.api.Assertions.assertThat(engine.getProcessEngine().getTaskService().createTaskQuery()
        .processInstanceId(transfer.getId()).count()).isZero();
  }

  @Test
  void anUndecidedProposalIsEscalatedInTheReceivingUnit() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-27T03:00:00Z")));
    ProcessInstance transfer = propose();
    assertThat(transfer).isWaitingAt("Task_DecideTransfer");
    String taskId = task().getId();
    ManagementService management = engine.getProcessEngine().getManagementService();
    Job timer = management.createJobQuery().processInstanceId(transfer.getId())
        .activityId("Timer_DecideTransferDue").singleResult();
    org.assertj.core.api.Assertions.assertThat(timer.getDuedate()).isEqualTo(task().getDueDate());

    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
    management.executeJob(timer.getId());

    assertThat(transfer).hasPassed("Event_DecideTransferEscalated").isWaitingAt("Task_DecideTransfer");
    org.assertj.core.api.Assertions.assertThat(task().getId()).isEqualTo(taskId);
    // Level 1 tells the receiving unit's candidate groups (the task is not taken yet).
    org.assertj.core.api.Assertions.assertThat(sla.breaches).singleElement().satisfies(b -> {
      org.assertj.core.api.Assertions.assertThat(b.getTaskKey() + ":" + b.getStage() + ":" + b.getRegencyCode()
          + ":" + b.getCaseNumber()).isEqualTo("Task_DecideTransfer:TRANSFER:3503:ULT-3504-2026-00042");
      org.assertj.core.api.Assertions.assertThat(b.getNotified().split(","))
          .containsExactlyInAnyOrder("supervisor-3503", "head-3503");
    });
    org.assertj.core.api.Assertions.assertThat(runtime().createIncidentQuery().processInstanceId(transfer.getId())
        .incidentType("slaBreach").count()).isEqualTo(1);
  }

  private static org.camunda.bpm.engine.RuntimeService runtime() {
    return engine.getProcessEngine().getRuntimeService();
  }

  private ProcessInstance propose() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("transferId", 7L);
    variables.put("caseId", 42L);
    variables.put("caseNumber", "ULT-3504-2026-00042");
    variables.put("fromRegency", "3504");
    variables.put("toRegency", "3503");
    variables.put("regency", "3503");
    variables.put("riskLevel", "MEDIUM");
    return runtime().createProcessInstanceByKey("Process_CaseTransfer").businessKey("ULT-3504-2026-00042")
        .setVariables(variables).execute();
  }
}
