package id.terpadu.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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
 * The basic-needs assessment of a person in the vulnerable registry of Tulungagung (3504): the unit's caseworkers
 * record it within 10 working days, the province verifies it within 5 working days and accepts it or returns it
 * with a comment, after which the unit records it again. Past a deadline the task is escalated (the unit's chain
 * for recording; only a reminder to the province for verification) while it stays where it is.
 */
@Deployment(resources = {"bpmn/basic-needs-assessment.bpmn", "bpmn/sla-deadlines.dmn", "bpmn/sla-escalation.dmn"})
class BasicNeedsAssessmentProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestEngine.CONFIGURATION).build();

  TaskListener basicNeedsForms = mock(TaskListener.class);
  TaskListener recordBasicNeeds = mock(TaskListener.class);
  TaskListener recordBasicNeedsVerification = mock(TaskListener.class);
  EngineOnlySla sla;

  @BeforeEach
  void registerMocks() {
    sla = new EngineOnlySla(engine.getProcessEngine());
    Mocks.register("basicNeedsForms", basicNeedsForms);
    Mocks.register("recordBasicNeeds", recordBasicNeeds);
    Mocks.register("recordBasicNeedsVerification", recordBasicNeedsVerification);
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void theUnitRecordsAndTheProvinceAccepts() {
    // Monday 2 November 2026, 09:00 WIB: recording due Monday 16 November, verification 5 working days later
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-02T02:00:00Z")));
    ProcessInstance assessment = start();

    assertThat(assessment).isWaitingAt("Task_RecordBasicNeeds");
    assertThat(task()).hasCandidateGroup("caseworker-3504").hasName("Catat asesmen kebutuhan dasar").isNotAssigned();
    org.assertj.core.api.Assertions.assertThat(task().getDueDate())
        .isEqualTo(Date.from(Instant.parse("2026-11-16T02:00:00Z")));
    org.assertj.core.api.Assertions.assertThat(assessment.getBusinessKey()).isEqualTo("RENTAN-77");
    verify(basicNeedsForms).notify(any());

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-05T02:00:00Z")));
    complete(task(), answers());
    verify(recordBasicNeeds).notify(any());

    assertThat(assessment).isWaitingAt("Task_VerifyBasicNeeds");
    assertThat(task()).hasCandidateGroup("province").hasName("Verifikasi asesmen kebutuhan dasar");
    org.assertj.core.api.Assertions.assertThat(task().getDueDate())
        .isEqualTo(Date.from(Instant.parse("2026-11-12T02:00:00Z")));
    verify(basicNeedsForms, times(2)).notify(any());

    complete(task(), withVariables("basicNeedsDecision", "ACCEPT"));

    verify(recordBasicNeedsVerification).notify(any());
    assertThat(assessment).isEnded().hasPassed("Event_AssessmentVerified");
  }

  @Test
  void aReturnedAssessmentIsRecordedAgainThenAccepted() {
    ProcessInstance assessment = start();
    assertThat(assessment).isWaitingAt("Task_RecordBasicNeeds");
    complete(task(), answers());
    assertThat(assessment).isWaitingAt("Task_VerifyBasicNeeds");

    complete(task(), withVariables("basicNeedsDecision", "RETURN", "confidentialVerificationComment",
        "Jaminan kesehatan: periksa kepesertaan PBI."));

    assertThat(assessment).isWaitingAt("Task_RecordBasicNeeds");
    assertThat(task()).hasCandidateGroup("caseworker-3504");
    complete(task(), answers());
    assertThat(assessment).isWaitingAt("Task_VerifyBasicNeeds");
    complete(task(), withVariables("basicNeedsDecision", "ACCEPT"));

    assertThat(assessment).isEnded().hasPassed("Event_AssessmentVerified");
    verify(recordBasicNeeds, times(2)).notify(any());
    verify(recordBasicNeedsVerification, times(2)).notify(any());
  }

  @Test
  void anOverdueRecordingIsEscalatedInTheUnit() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-02T02:00:00Z")));
    ProcessInstance assessment = start();
    assertThat(assessment).isWaitingAt("Task_RecordBasicNeeds");
    String taskId = task().getId();
    Job timer = timer(assessment, "Timer_RecordBasicNeedsDue");
    org.assertj.core.api.Assertions.assertThat(timer.getDuedate()).isEqualTo(task().getDueDate());

    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
    management().executeJob(timer.getId());

    assertThat(assessment).hasPassed("Event_RecordBasicNeedsEscalated").isWaitingAt("Task_RecordBasicNeeds");
    org.assertj.core.api.Assertions.assertThat(task().getId()).isEqualTo(taskId);
    org.assertj.core.api.Assertions.assertThat(sla.breaches).singleElement().satisfies(b -> {
      org.assertj.core.api.Assertions.assertThat(b.getTaskKey() + ":" + b.getStage() + ":" + b.getRegencyCode())
          .isEqualTo("Task_RecordBasicNeeds:BASIC_NEEDS:3504");
      org.assertj.core.api.Assertions.assertThat(b.getNotified()).isEqualTo("caseworker-3504");
    });

    // two days later: the unit's supervisors
    Job next = timer(assessment, "Timer_RecordBasicNeedsDue");
    ClockUtil.setCurrentTime(Date.from(next.getDuedate().toInstant().plusSeconds(60)));
    management().executeJob(next.getId());
    org.assertj.core.api.Assertions.assertThat(sla.breaches).hasSize(2);
    org.assertj.core.api.Assertions.assertThat(sla.breaches.get(1).getNotified()).isEqualTo("supervisor-3504");
  }

  @Test
  void anOverdueVerificationOnlyRemindsTheProvince() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-02T02:00:00Z")));
    ProcessInstance assessment = start();
    assertThat(assessment).isWaitingAt("Task_RecordBasicNeeds");
    complete(task(), answers());
    assertThat(assessment).isWaitingAt("Task_VerifyBasicNeeds");
    Job timer = timer(assessment, "Timer_VerifyBasicNeedsDue");
    org.assertj.core.api.Assertions.assertThat(timer.getDuedate()).isEqualTo(task().getDueDate());

    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
    management().executeJob(timer.getId());

    assertThat(assessment).hasPassed("Event_VerifyBasicNeedsEscalated").isWaitingAt("Task_VerifyBasicNeeds");
    org.assertj.core.api.Assertions.assertThat(sla.breaches).singleElement().satisfies(b -> {
      org.assertj.core.api.Assertions.assertThat(b.getStage()).isEqualTo("BASIC_NEEDS_VERIFICATION");
      org.assertj.core.api.Assertions.assertThat(b.getNotified()).isEqualTo("province");
    });

    // The chain ends after the reminder: the unit cannot verify, so nobody in the unit is told.
    Job next = timer(assessment, "Timer_VerifyBasicNeedsDue");
    ClockUtil.setCurrentTime(Date.from(next.getDuedate().toInstant().plusSeconds(60)));
    management().executeJob(next.getId());
    org.assertj.core.api.Assertions.assertThat(sla.breaches).hasSize(1);
    verify(recordBasicNeedsVerification, never()).notify(any());
  }

  private static Map<String, Object> answers() {
    Map<String, Object> answers = new HashMap<>();
    answers.put("needFood", "MET");
    answers.put("needHousing", "PARTLY_MET");
    answers.put("needHealthInsurance", "NOT_MET");
    answers.put("needSchooling", "MET");
    answers.put("needCivilDocuments", "NOT_MET");
    answers.put("needIncome", "NOT_MET");
    return answers;
  }

  private static Job timer(ProcessInstance instance, String activityId) {
    return management().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  private static ManagementService management() {
    return engine.getProcessEngine().getManagementService();
  }

  private static RuntimeService runtime() {
    return engine.getProcessEngine().getRuntimeService();
  }

  private ProcessInstance start() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("entryId", 77L);
    variables.put("regency", "3504");
    return runtime().createProcessInstanceByKey("Process_BasicNeedsAssessment").businessKey("RENTAN-77")
        .setVariables(variables).execute();
  }
}
