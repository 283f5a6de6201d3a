package id.terpadu.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import id.terpadu.outreach.RoundClosing;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
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
 * An outreach round of the Tulungagung unit: visits are recorded while it runs (each one a pass through the visit
 * event subprocess, with or without findings that need action; a visit resubmitted by the phone page is the same
 * visit and sends no second message, see OutreachRoundIT); after the period the supervisor closes it with a
 * summary. The closing bean ({@code outreach.RoundClosing}) is mocked.
 */
@Deployment(resources = {"bpmn/outreach.bpmn", "bpmn/sla-deadlines.dmn", "bpmn/sla-escalation.dmn"})
class OutreachRoundProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestEngine.CONFIGURATION).build();

  static final Date PERIOD_ENDS = Date.from(Instant.parse("2026-12-05T17:00:00Z"));
  static final Date CLOSE_DUE = Date.from(Instant.parse("2026-12-12T17:00:00Z"));

  static final Date NOW = Date.from(Instant.parse("2026-12-01T02:00:00Z"));

  RoundClosing closing = mock(RoundClosing.class);
  EngineOnlySla sla;

  @BeforeEach
  void registerMocks() {
    ClockUtil.setCurrentTime(NOW);
    sla = new EngineOnlySla(engine.getProcessEngine());
    Mocks.register("outreachRoundClosing", closing);
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
    ClockUtil.reset();
  }

  ProcessInstance planned() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("roundId", 17L);
    variables.put("roundTitle", "Anak tanpa akta, Kedungwaru");
    variables.put("regency", "3504");
    variables.put("supervisorId", "pengawas");
    variables.put("periodEndsAt", PERIOD_ENDS);
    variables.put("closeDue", CLOSE_DUE);
    return runtimeService().startProcessInstanceByKey("Process_OutreachRound", "PJK-17", variables);
  }

  void visitRecorded(ProcessInstance round, long visitId, boolean findings) {
    runtimeService().createMessageCorrelation("Message_VisitRecorded").processInstanceId(round.getId())
        .setVariable("visitId", visitId).setVariable("visitWithFindings", findings).correlateWithResult();
  }

  long passes(ProcessInstance round, String activityId) {
    return historyService().createHistoricActivityInstanceQuery().processInstanceId(round.getId())
        .activityId(activityId).count();
  }

  @Test
  void visitsWithAndWithoutFindingsAreRecordedUntilThePeriodEndsThenTheSupervisorCloses() {
    ProcessInstance round = planned();
    assertThat(round).isWaitingAt("Timer_RoundPeriodEnds");
    assertThat(job(round)).hasDueDate(PERIOD_ENDS);

    visitRecorded(round, 1L, false);
    visitRecorded(round, 2L, true);
    visitRecorded(round, 3L, false);

    org.assertj.core.api.Assertions.assertThat(passes(round, "Event_VisitWithoutFindings")).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThat(passes(round, "Event_FindingsToComplaints")).isEqualTo(1);
    assertThat(round).isWaitingAt("Timer_RoundPeriodEnds");
    verify(closing, never()).summarise(any());

    execute(job(round));

    assertThat(round).isWaitingAt("Task_CloseRound");
    assertThat(task(round)).hasName("Tutup putaran penjangkauan").isAssignedTo("pengawas")
        .hasCandidateGroupAssociated("supervisor-3504").hasDueDate(CLOSE_DUE);
    verify(closing).summarise(any());

    complete(task(round), withVariables("roundSummary", "Dua desa dikunjungi; satu anak pekerja dirujuk."));

    verify(closing).close(any());
    assertThat(round).isEnded().hasPassed("Event_RoundClosed");
  }

  @Test
  void aVisitRecordedAfterThePeriodStillCountsWhileTheRoundIsOpen() {
    ProcessInstance round = planned();
    execute(job(round));

    visitRecorded(round, 4L, true);

    org.assertj.core.api.Assertions.assertThat(passes(round, "Event_FindingsToComplaints")).isEqualTo(1);
    assertThat(round).isWaitingAt("Task_CloseRound");
  }

  @Test
  void aRoundWithoutVisitsIsClosedToo() {
    ProcessInstance round = planned();
    execute(job(round));
    complete(task(round), withVariables("roundSummary", "Tidak ada kunjungan: banjir."));
    assertThat(round).isEnded().hasPassed("Event_RoundClosed").hasNotPassed("Event_VisitRecorded");
  }

  @Test
  void anOverdueRoundIsEscalatedToTheSupervisorThenTheUnitsSupervisorsAndHead() {
    ProcessInstance round = planned();
    ClockUtil.setCurrentTime(PERIOD_ENDS);
    execute(job(round));
    Job timer = escalationTimer(round);
    org.assertj.core.api.Assertions.assertThat(timer.getDuedate()).isAfterOrEqualTo(
        Date.from(PERIOD_ENDS.toInstant().plus(java.time.Duration.ofDays(7))));

    for (int firing = 0; firing < 3; firing++) {
      Job next = escalationTimer(round);
      ClockUtil.setCurrentTime(Date.from(next.getDuedate().toInstant().plusSeconds(60)));
      managementService().executeJob(next.getId());
    }

    assertThat(round).hasPassed("Event_CloseRoundEscalated").isWaitingAt("Task_CloseRound");
    org.assertj.core.api.Assertions.assertThat(sla.breaches).extracting(b -> b.getNotified())
        .containsExactly("pengawas", "supervisor-3504", "head-3504");
    org.assertj.core.api.Assertions.assertThat(sla.breaches).allSatisfy(b -> {
      org.assertj.core.api.Assertions.assertThat(b.getTaskKey()).isEqualTo("Task_CloseRound");
      org.assertj.core.api.Assertions.assertThat(b.getStage()).isEqualTo("OUTREACH_CLOSE");
    });

    complete(task(round), withVariables("roundSummary", "Ditutup terlambat."));
    assertThat(round).isEnded().hasPassed("Event_RoundClosed");
  }

  Job escalationTimer(ProcessInstance round) {
    return managementService().createJobQuery().processInstanceId(round.getId())
        .activityId("Timer_CloseRoundDue").singleResult();
  }

  @Test
  void aMissingSummaryKeepsTheTaskOpen() {
    ProcessInstance round = planned();
    execute(job(round));
    doThrow(new BadUserRequestException("Ringkasan putaran wajib diisi.")).when(closing).close(any());

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task(round)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Ringkasan putaran wajib diisi.");
    assertThat(round).isWaitingAt("Task_CloseRound");
  }
}
