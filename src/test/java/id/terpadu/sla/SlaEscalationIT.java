package id.terpadu.sla;

import static id.terpadu.support.ApiClient.json;
import static id.terpadu.support.EngineTasks.work;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.notification.BreachDigest;
import id.terpadu.notification.NotificationType;
import id.terpadu.notification.OutboxMessage;
import id.terpadu.notification.OutboxRepository;
import id.terpadu.support.ApiClient;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A complaint nobody triages in time: its timer raises one breach and one {@code slaBreach} incident, also
 * when the same timer job is run by two threads at once (two nodes on one database), and completing the
 * task resolves both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SlaEscalationIT {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired SlaBreachRepository breaches;
  @Autowired OutboxRepository outbox;
  @Autowired BreachDigest digest;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anUntriagedComplaintIsEscalatedOnceAndResolvedWhenTriaged() throws Exception {
    JsonNode created = json(ApiClient.basic(port, "petugas", "demo").postJson("/api/complaints", """
        {"channel":"PHONE","anonymous":true,"villageCode":"3504011001",
         "description":"Tetangga melaporkan anak sering dipukul.","categories":["KEKERASAN_FISIK"]}"""));
    String instance = created.path("processInstanceId").asText();
    Job timer = management.createJobQuery().processInstanceId(instance).activityId("Timer_TriageComplaintDue")
        .singleResult();
    String taskId = runtime.getActiveActivityIds(instance).contains("Task_TriageComplaint")
        ? json(ApiClient.basic(port, "pengawas", "demo").get("/engine-rest/task?processInstanceId=" + instance))
            .get(0).path("id").asText() : null;
    assertThat(taskId).isNotNull();

    // The timer job runs on two "nodes" at the same moment: one wins, the breach is recorded once.
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(nodes.submit(() -> {
        start.await();
        management.executeJob(timer.getId());
        return null;
      }));
    }
    start.countDown();
    int succeeded = 0;
    for (Future<?> run : runs) {
      try {
        run.get();
        succeeded++;
      } catch (Exception e) {
        // the losing node: optimistic locking or the job already gone
      }
    }
    nodes.shutdown();
    assertThat(succeeded).isGreaterThanOrEqualTo(1);
    List<SlaBreach> recorded = breaches.findByCaseNumberOrderByBreachedAt(created.path("caseNumber").asText());
    assertThat(recorded).hasSize(1);
    SlaBreach breach = recorded.get(0);
    assertThat(breach.getTaskId()).isEqualTo(taskId);
    assertThat(breach.getLevel()).isEqualTo(1);
    assertThat(breach.getStage()).isEqualTo("TRIAGE");
    assertThat(breach.getCaseNumber()).isEqualTo(created.path("caseNumber").asText());
    assertThat(breach.getNotified()).isEqualTo("supervisor-3504");
    assertThat(breach.getIncidentId()).isNotNull();
    // What a firing run again asks before recording: this level is there, the next one is not yet.
    assertThat(breaches.isRecorded(taskId, 1)).isTrue();
    assertThat(breaches.isRecorded(taskId, 2)).isFalse();
    assertThat(runtime.createIncidentQuery().incidentType("slaBreach").processInstanceId(instance).count())
        .isEqualTo(1);
    // Cockpit reads the incident with the supervisor's grants.
    JsonNode incidents = json(ApiClient.basic(port, "pengawas", "demo")
        .get("/engine-rest/incident?incidentType=slaBreach&processInstanceId=" + instance));
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).path("incidentMessage").asText()).contains("Triase pengaduan")
        .doesNotContain("dipukul");
    // The unit's supervisors get the reminder by e-mail (outbox), without the complaint's text.
    // (other test classes may share the database: look at this task's mails only)
    List<OutboxMessage> reminders = outbox.findAll().stream()
        .filter(m -> m.getType() == NotificationType.DEADLINE_REMINDER)
        .filter(m -> ("task:" + taskId).equals(m.getReference())).toList();
    assertThat(reminders).extracting(OutboxMessage::getRecipient).contains("pengawas@demo.terpadu.invalid");
    assertThat(reminders).allSatisfy(m -> assertThat(m.getBody()).contains(created.path("caseNumber").asText())
        .doesNotContain("dipukul"));

    // The morning digest lists it for the unit's supervisors and head, once a day whichever node runs it.
    // a day of its own: other test classes may share the database (and its digest_run rows)
    java.time.LocalDate day = java.time.LocalDate.of(2999, 1, 1).plusDays(created.path("caseId").asLong());
    assertThat(digest.send(day)).isGreaterThanOrEqualTo(2);
    assertThat(digest.send(day)).isZero();
    List<OutboxMessage> digests = outbox.findAll().stream()
        .filter(m -> m.getType() == NotificationType.BREACH_DIGEST)
        .filter(m -> "digest:3504".equals(m.getReference())).toList();
    assertThat(digests).extracting(OutboxMessage::getRecipient)
        .contains("pengawas@demo.terpadu.invalid", "kepala@demo.terpadu.invalid")
        .doesNotContain("pengawas2@demo.terpadu.invalid");
    assertThat(digests).allSatisfy(m -> assertThat(m.getBody()).contains(created.path("caseNumber").asText(),
        "Triase pengaduan").doesNotContain("dipukul"));

    // Triaged: the breach is resolved and the incident resolved, not merely deleted.
    ClockUtil.reset();
    work(ApiClient.basic(port, "pengawas", "demo"), "pengawas", instance, "Task_TriageComplaint",
        "{\"triageOutcome\":{\"value\":\"ACCEPTED\"},\"riskLevel\":{\"value\":\"MEDIUM\"},"
            + "\"primaryCategory\":{\"value\":\"KEKERASAN_FISIK\"}}");
    SlaBreach resolved = breaches.findByCaseNumberOrderByBreachedAt(created.path("caseNumber").asText()).get(0);
    assertThat(resolved.getResolution()).isEqualTo(SlaBreach.Resolution.COMPLETED);
    assertThat(resolved.getResolvedAt()).isNotNull();
    HistoricIncident incident = history.createHistoricIncidentQuery().incidentId(breach.getIncidentId())
        .singleResult();
    assertThat(incident.isResolved()).isTrue();
    assertThat(management.createJobQuery().processInstanceId(instance).activityId("Timer_TriageComplaintDue")
        .count()).isZero();
  }
}
