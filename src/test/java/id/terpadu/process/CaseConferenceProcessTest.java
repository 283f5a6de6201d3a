package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.terpadu.conference.CaseConferences;
import id.terpadu.conference.CaseDecisions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Case conferences of a Tulungagung case: scheduled, agencies invited, held and recorded; each decision becomes a
 * task of its owner ({@code Process_CaseDecision}, one call per decision); the next conference is due after the
 * interval unless the case is closed by then. The conference and decision beans are mocked: decision 1 belongs to
 * the hospital (agency-rsud), decision 2 to the civil registry (agency-dukcapil), decision 3 to caseworker peksos1.
 */
@Deployment(resources = {"bpmn/case-conference.bpmn", "bpmn/case-decision.bpmn", "bpmn/sla-deadlines.dmn",
    "bpmn/sla-escalation.dmn"})
class CaseConferenceProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestEngine.CONFIGURATION).build();

  static final Date NOW = Date.from(Instant.parse("2026-12-01T02:00:00Z"));
  static final Date RECORD_DUE = Date.from(Instant.parse("2026-12-10T02:00:00Z"));
  static final Date DUE_RSUD = Date.from(Instant.parse("2026-12-20T16:59:00Z"));
  static final Date DUE_DUKCAPIL = Date.from(Instant.parse("2026-12-27T16:59:00Z"));

  CaseConferences conferences = mock(CaseConferences.class);
  CaseDecisions decisions = mock(CaseDecisions.class);
  EngineOnlySla sla;

  @BeforeEach
  void registerMocks() {
    ClockUtil.setCurrentTime(NOW);
    sla = new EngineOnlySla(engine.getProcessEngine());
    Mocks.register("caseConferences", conferences);
    Mocks.register("caseDecisions", decisions);
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      long id = ((Number) execution.getVariable("decisionId")).longValue();
      execution.setVariable("decisionGroup", id == 1 ? "agency-rsud" : id == 2 ? "agency-dukcapil" : "supervisor-3504");
      execution.setVariable("decisionAssignee", id == 3 ? "peksos1" : null);
      execution.setVariable("decisionDue", id == 1 ? DUE_RSUD : DUE_DUKCAPIL);
      execution.setVariable("confidentialDecisionText", "Keputusan " + id);
      return null;
    }).when(decisions).prepare(any());
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
    ClockUtil.reset();
  }

  ProcessInstance requested() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseId", 41L);
    variables.put("caseNumber", "3504-2026-00041");
    variables.put("regency", "3504");
    variables.put("conferenceId", 7L);
    variables.put("organiser", "peksos1");
    variables.put("conferenceInterval", "P3M");
    return runtimeService().startProcessInstanceByKey("Process_CaseConference", "3504-2026-00041", variables);
  }

  /** Schedules and records the conference whose decisions are {@code decisionIds}. */
  void scheduledAndHeld(ProcessInstance conference, List<Long> decisionIds) {
    BpmnAwareTests.assertThat(conference).isWaitingAt("Task_ScheduleConference");
    complete(task(conference), withVariables("conferenceDate", "2026-12-08T09:00", "conferencePlace",
        "Ruang rapat ULT", "conferenceRecordDue", RECORD_DUE));
    BpmnAwareTests.assertThat(conference).hasPassed("Task_InviteAgencies").isWaitingAt("Task_RecordConference");
    BpmnAwareTests.assertThat(task(conference)).hasName("Catat hasil konferensi kasus").isAssignedTo("peksos1")
        .hasCandidateGroupAssociated("supervisor-3504").hasDueDate(RECORD_DUE);
    when(conferences.decisionIds(any())).thenReturn(decisionIds);
    complete(task(conference));
  }

  List<Task> decisionTasks() {
    return taskService().createTaskQuery().processDefinitionKey("Process_CaseDecision").orderByDueDate().asc().list();
  }

  List<String> candidateGroups(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
  }

  Job timer(String activityId) {
    return managementService().createJobQuery().activityId(activityId).singleResult();
  }

  @Test
  void conferenceDecisionsCreateTasksForTwoAgencies() {
    ProcessInstance conference = requested();
    BpmnAwareTests.assertThat(task(conference)).hasName("Jadwalkan konferensi kasus").isAssignedTo("peksos1")
        .hasCandidateGroupAssociated("supervisor-3504");
    verify(conferences).offerSchedule(any());

    scheduledAndHeld(conference, List.of(1L, 2L));

    verify(conferences).schedule(any());
    verify(conferences).invite(any());
    verify(conferences).record(any());
    List<Task> tasks = decisionTasks();
    assertThat(tasks).hasSize(2).allSatisfy(t -> {
      assertThat(t.getName()).isEqualTo("Tindak lanjuti keputusan kasus");
      assertThat(t.getAssignee()).isNull();
    });
    assertThat(candidateGroups(tasks.get(0))).containsExactly("agency-rsud");
    assertThat(tasks.get(0).getDueDate()).isEqualTo(DUE_RSUD);
    assertThat(candidateGroups(tasks.get(1))).containsExactly("agency-dukcapil");
    assertThat(tasks.get(1).getDueDate()).isEqualTo(DUE_DUKCAPIL);
    // The agency's instance holds the decision's id and the case number only, not the case's variables.
    assertThat(runtimeService().getVariables(tasks.get(0).getProcessInstanceId()).keySet())
        .doesNotContain("organiser", "conferenceId");
    BpmnAwareTests.assertThat(conference).isWaitingAt("Activity_CarryOutDecisions", "Timer_NextConferenceDue");

    tasks.forEach(t -> taskService().complete(t.getId(),
        Map.of("confidentialDecisionOutcome", "Sudah dilaksanakan.")));

    verify(decisions, times(2)).done(any());
    BpmnAwareTests.assertThat(conference).hasPassed("Event_DecisionsCarriedOut").isWaitingAt("Timer_NextConferenceDue");
  }

  @Test
  void theNextConferenceIsDueAfterTheIntervalWhileTheCaseIsOpen() {
    ProcessInstance conference = requested();
    scheduledAndHeld(conference, List.of());
    BpmnAwareTests.assertThat(conference).hasPassed("Event_DecisionsCarriedOut");
    Job next = timer("Timer_NextConferenceDue");
    assertThat(next.getDuedate()).isEqualTo(Date.from(ZonedDateTime.ofInstant(NOW.toInstant(),
        java.time.ZoneOffset.systemDefault()).plusMonths(3).toInstant()));

    when(conferences.caseOpen(any())).thenReturn(true);
    execute(next);

    verify(conferences).next(any());
    BpmnAwareTests.assertThat(conference).hasPassed("Task_PlanNextConference").isWaitingAt("Task_ScheduleConference");
    verify(conferences, times(2)).offerSchedule(any());
  }

  @Test
  void noNextConferenceOnceTheCaseIsClosed() {
    ProcessInstance conference = requested();
    scheduledAndHeld(conference, List.of());
    when(conferences.caseOpen(any())).thenReturn(false);

    execute(timer("Timer_NextConferenceDue"));

    BpmnAwareTests.assertThat(conference).isEnded().hasPassed("Event_CaseClosed").hasNotPassed("Task_PlanNextConference");
  }

  @Test
  void refusedScheduleKeepsTheTaskOpen() {
    ProcessInstance conference = requested();
    doThrow(new BadUserRequestException("Tempat konferensi wajib diisi.")).when(conferences).schedule(any());

    assertThatThrownBy(() -> complete(task(conference))).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Tempat konferensi wajib diisi.");
    BpmnAwareTests.assertThat(conference).isWaitingAt("Task_ScheduleConference").hasNotPassed("Task_InviteAgencies");
  }

  @Test
  void anUnscheduledConferenceIsEscalatedInTheUnit() {
    ProcessInstance conference = requested();
    for (int firing = 0; firing < 3; firing++) {
      Job next = timer("Timer_ScheduleConferenceDue");
      ClockUtil.setCurrentTime(Date.from(next.getDuedate().toInstant().plusSeconds(60)));
      managementService().executeJob(next.getId());
    }
    BpmnAwareTests.assertThat(conference).hasPassed("Event_ScheduleConferenceEscalated")
        .isWaitingAt("Task_ScheduleConference");
    assertThat(sla.breaches).extracting(b -> b.getNotified())
        .containsExactly("peksos1", "supervisor-3504", "head-3504");
  }

  @Test
  void anUnrecordedConferenceIsEscalatedFromItsRecordDueDate() {
    ProcessInstance conference = requested();
    complete(task(conference), withVariables("conferenceDate", "2026-12-08T09:00", "conferencePlace",
        "Ruang rapat ULT", "conferenceRecordDue", RECORD_DUE));
    Job first = timer("Timer_RecordConferenceDue");
    assertThat(first.getDuedate()).isEqualTo(RECORD_DUE);
    for (int firing = 0; firing < 3; firing++) {
      Job next = timer("Timer_RecordConferenceDue");
      ClockUtil.setCurrentTime(Date.from(next.getDuedate().toInstant().plusSeconds(60)));
      managementService().executeJob(next.getId());
    }
    BpmnAwareTests.assertThat(conference).hasPassed("Event_RecordConferenceEscalated")
        .isWaitingAt("Task_RecordConference");
    assertThat(sla.breaches).extracting(b -> b.getNotified())
        .containsExactly("peksos1", "supervisor-3504", "head-3504");
    assertThat(sla.breaches).allSatisfy(b -> assertThat(b.getStage()).isEqualTo("CONFERENCE_RECORD"));

    when(conferences.decisionIds(any())).thenReturn(List.of());
    complete(task(conference));
    assertThat(timer("Timer_RecordConferenceDue")).as("the escalation ends with the task").isNull();
  }

  @Test
  void aMeetingDecisionForAStaffMemberIsDueOnItsDateAndEscalated() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("decisionId", 3L);
    variables.put("caseId", 41L);
    variables.put("caseNumber", "3504-2026-00041");
    variables.put("regency", "3504");
    ProcessInstance decision = runtimeService().startProcessInstanceByKey("Process_CaseDecision", variables);
    BpmnAwareTests.assertThat(task(decision)).isAssignedTo("peksos1").hasCandidateGroupAssociated("supervisor-3504")
        .hasDueDate(DUE_DUKCAPIL);
    Job overdue = timer("Timer_CarryOutDecisionDue");
    assertThat(overdue.getDuedate()).isAfterOrEqualTo(DUE_DUKCAPIL)
        .isBefore(Date.from(DUE_DUKCAPIL.toInstant().plus(Duration.ofSeconds(2))));

    ClockUtil.setCurrentTime(Date.from(overdue.getDuedate().toInstant().plusSeconds(60)));
    managementService().executeJob(overdue.getId());

    BpmnAwareTests.assertThat(decision).hasPassed("Event_CarryOutDecisionEscalated").isWaitingAt("Task_CarryOutDecision");
    assertThat(sla.breaches).singleElement().satisfies(b -> {
      assertThat(b.getNotified()).isEqualTo("peksos1");
      assertThat(b.getStage()).isEqualTo("CASE_DECISION");
    });
    complete(task(decision), withVariables("confidentialDecisionOutcome", "Kunjungan rumah dilakukan."));
    BpmnAwareTests.assertThat(decision).isEnded().hasPassed("Event_DecisionCarriedOut");
  }
}
