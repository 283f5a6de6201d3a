package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.terpadu.kla.KlaProcess;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One KLA round of Tulungagung (3504) with two districts (350401, 350402; one cluster each, to keep it short):
 * the regency fills in its institutional indicators, each district submits, the verifier accepts or returns,
 * a returned cluster is resubmitted, late tasks are reminded and escalated.
 */
@Deployment(resources = {"bpmn/kla-assessment.bpmn", "bpmn/sla-deadlines.dmn", "bpmn/sla-escalation.dmn"})
class KlaAssessmentProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestEngine.CONFIGURATION).build();

  /** Monday 2 March 2026, 09:00 WIB. */
  static final Instant OPENED = Instant.parse("2026-03-02T02:00:00Z");
  static final Map<Long, String> DISTRICT_OF = Map.of(11L, "350401", 12L, "350402");

  KlaProcess klaProcess = mock(KlaProcess.class);
  EngineOnlySla sla;

  @BeforeEach
  void registerMocks() {
    ClockUtil.setCurrentTime(Date.from(OPENED));
    sla = new EngineOnlySla(engine.getProcessEngine());
    when(klaProcess.districtSubmissions(any())).thenReturn(List.of(11L, 12L));
    // As the real bean: district and cluster, the form fields, decision and comment local to the subprocess.
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      Long id = (Long) execution.getVariable("submissionId");
      execution.setVariableLocal("district", DISTRICT_OF.get(id));
      execution.setVariableLocal("cluster", 1);
      execution.setVariableLocal("ind_K1_1", null);
      execution.setVariableLocal("klaDecision", null);
      execution.setVariableLocal("klaComment", null);
      return null;
    }).when(klaProcess).enter(any());
    Mocks.register("klaProcess", klaProcess);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void theRoundGivesTheRegencyItsInstitutionalTaskAndEveryDistrictItsClusterTasks() {
    ProcessInstance round = open();

    BpmnAwareTests.assertThat(round).isWaitingAt("Task_FillInstitutional", "Task_FillCluster");
    assertThat(fillTaskOf("350401")).isNotNull();
    assertThat(fillTaskOf("350402")).isNotNull();
    BpmnAwareTests.assertThat(institutional()).hasCandidateGroup("kla-verifier-3504");
    // 20 working days from Monday 2 March 2026 09:00 WIB (no holidays in the engine-only calendar)
    assertThat(fillTaskOf("350401").getDueDate()).isEqualTo(Date.from(Instant.parse("2026-03-30T02:00:00Z")));
    assertThat(institutional().getDueDate()).isEqualTo(Date.from(Instant.parse("2026-03-30T02:00:00Z")));
    verify(klaProcess, times(3)).taskCreated(any());
  }

  @Test
  void submittedClustersAreVerifiedAndAcceptedThenTheRoundCloses() {
    ProcessInstance round = open();

    complete(fillTaskOf("350401"), withVariables("ind_K1_1", 87.5));
    complete(fillTaskOf("350402"), withVariables("ind_K1_1", 90));
    List<Task> verifications = taskQuery().taskDefinitionKey("Task_VerifyCluster").list();
    assertThat(verifications).hasSize(2);
    verifications.forEach(t -> BpmnAwareTests.assertThat(t).hasCandidateGroup("kla-verifier-3504"));
    // 5 working days from Monday 2 March 2026
    assertThat(verifications.get(0).getDueDate()).isEqualTo(Date.from(Instant.parse("2026-03-09T02:00:00Z")));

    verifications.forEach(t -> complete(t, withVariables("klaDecision", "ACCEPT")));
    BpmnAwareTests.assertThat(round).isWaitingAt("Task_FillInstitutional");
    complete(institutional(), withVariables("ind_K0_1", "YA"));

    BpmnAwareTests.assertThat(round).isEnded().hasPassed("Event_ClusterAccepted", "Task_CloseRound",
        "Event_RoundCompleted");
    verify(klaProcess, times(3)).filled(any());
    verify(klaProcess, times(2)).verified(any());
    verify(klaProcess).close(any());
  }

  @Test
  void aReturnedClusterGoesBackToItsDistrictWithTheRevisionDeadlineAndIsResubmitted() {
    ProcessInstance round = open();
    complete(fillTaskOf("350401"), withVariables("ind_K1_1", 120));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-03T02:00:00Z"))); // Tuesday

    complete(taskQuery().taskDefinitionKey("Task_VerifyCluster").singleResult(),
        withVariables("klaDecision", "RETURN", "klaComment", "K1.1 lebih dari 100 persen"));

    BpmnAwareTests.assertThat(round).hasPassed("Gateway_ClusterDecision").isWaitingAt("Task_FillCluster");
    Task again = fillTaskOf("350401");
    BpmnAwareTests.assertThat(again).hasCandidateGroup("kecamatan-350401");
    // KLA_REVISION: 5 working days from Tuesday 3 March
    assertThat(again.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-03-10T02:00:00Z")));
    assertThat(engine.getProcessEngine().getTaskService().getVariable(again.getId(), "klaComment"))
        .isEqualTo("K1.1 lebih dari 100 persen");

    complete(again, withVariables("ind_K1_1", 95));
    complete(taskQuery().taskDefinitionKey("Task_VerifyCluster").singleResult(),
        withVariables("klaDecision", "ACCEPT"));
    assertThat(taskQuery().taskDefinitionKey("Task_FillCluster").list()).extracting(this::districtOf)
        .containsExactly("350402");
  }

  @Test
  void oneDistrictsValuesNeverReachAnotherDistrictsTask() {
    ProcessInstance round = open();
    complete(fillTaskOf("350401"), withVariables("ind_K1_1", 87.5));

    assertThat(engine.getProcessEngine().getTaskService().getVariable(fillTaskOf("350402").getId(), "ind_K1_1"))
        .isNull();
    assertThat(engine.getProcessEngine().getRuntimeService().getVariablesLocal(round.getId()))
        .doesNotContainKey("ind_K1_1");
    Task verification = taskQuery().taskDefinitionKey("Task_VerifyCluster").singleResult();
    assertThat(engine.getProcessEngine().getTaskService().getVariable(verification.getId(), "ind_K1_1"))
        .isEqualTo(87.5);
  }

  @ParameterizedTest(name = "{0}: reminder to {1}, then {2}")
  @CsvSource({
      "Task_FillCluster,       kecamatan-350401, kla-verifier-3504",
      "Task_VerifyCluster,     kla-verifier-3504, head-3504",
      "Task_FillInstitutional, kla-verifier-3504, kla-verifier-3504"})
  void aLateTaskIsRemindedAndThenEscalated(String taskKey, String reminded, String escalated) {
    ProcessInstance round = open();
    if (taskKey.equals("Task_VerifyCluster")) {
      complete(fillTaskOf("350401"), withVariables("ind_K1_1", 80));
    }
    Task task = taskKey.equals("Task_FillInstitutional") ? institutional() : taskQuery()
        .taskDefinitionKey(taskKey).list().stream().filter(t -> "350401".equals(districtOf(t))).findFirst()
        .orElseThrow();
    ManagementService management = engine.getProcessEngine().getManagementService();
    Job timer = management.createJobQuery().processInstanceId(round.getId())
        .activityId("Timer_" + taskKey.substring("Task_".length()) + "Due").list().stream()
        .filter(j -> j.getExecutionId().equals(task.getExecutionId())).findFirst().orElseThrow();
    assertThat(timer.getDuedate()).isCloseTo(task.getDueDate(), 1000).isAfterOrEqualTo(task.getDueDate());

    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
    management.executeJob(timer.getId());

    BpmnAwareTests.assertThat(round).hasPassed("Event_" + taskKey.substring("Task_".length()) + "Escalated");
    assertThat(sla.breaches).filteredOn(b -> b.getTaskId().equals(task.getId()))
        .extracting(b -> b.getLevel() + ":" + b.getNotified()).containsExactly("1:" + reminded);

    { // the next level one period later (the institutional task's owner is the verifiers' group itself)
      Job next = management.createJobQuery().processInstanceId(round.getId()).list().stream()
          .filter(j -> j.getExecutionId().equals(task.getExecutionId())).findFirst().orElseThrow();
      ClockUtil.setCurrentTime(Date.from(next.getDuedate().toInstant().plusSeconds(60)));
      management.executeJob(next.getId());
      assertThat(sla.breaches).filteredOn(b -> b.getTaskId().equals(task.getId()))
          .extracting(b -> b.getLevel() + ":" + b.getNotified()).containsExactly("1:" + reminded, "2:" + escalated);
    }
    BpmnAwareTests.assertThat(round).isWaitingAt(taskKey);
  }

  private ProcessInstance open() {
    return engine.getProcessEngine().getRuntimeService().startProcessInstanceByKey("Process_KlaAssessment",
        "KLA-3504-2026", Map.of("roundId", 7L, "regency", "3504", "year", 2026, "caseNumber", "KLA-3504-2026",
            "institutionalSubmissionId", 10L));
  }

  private Task institutional() {
    return taskQuery().taskDefinitionKey("Task_FillInstitutional").singleResult();
  }

  private Task fillTaskOf(String district) {
    return taskQuery().taskDefinitionKey("Task_FillCluster").list().stream()
        .filter(t -> district.equals(districtOf(t))).findFirst().orElse(null);
  }

  private String districtOf(Task task) {
    return (String) engine.getProcessEngine().getTaskService().getVariable(task.getId(), "district");
  }
}
