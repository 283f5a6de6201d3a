package id.terpadu.task;

import static id.terpadu.support.ApiClient.json;
import static id.terpadu.support.EngineTasks.task;
import static id.terpadu.support.EngineTasks.work;
import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.organisation.OrganisationService;
import id.terpadu.organisation.StaffAccount;
import id.terpadu.support.ApiClient;
import id.terpadu.support.CaseFixtures;
import id.terpadu.support.CaseFixtures.Registered;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Fault: two people work the same task at the same moment (docs/reliability.md, "Two users, one task"). Two
 * threads released together by a barrier claim or complete one task through {@code /engine-rest}, through
 * Tasklist's own API path ({@code /camunda/api/engine/...}, browser sessions) and through {@code /api/tasks}:
 * exactly one wins; the other gets Camunda's error (engine paths) or a 409 problem (application API); the task,
 * its history and the domain rows (service plan, referrals) show the winner's action once and nothing of the
 * loser's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ConcurrentTaskWorkIT {

  /** A second supervisor of Tulungagung (the demo unit has one), removed from the unit after each test. */
  static final String SECOND = "uji-serentak";
  static final String PASSWORD = "Rahasia-Serentak-2026!";
  static final String APPROVE = "{\"planDecision\":{\"value\":\"APPROVED\"}}";

  @LocalServerPort int port;
  @Autowired OrganisationService organisation;
  @Autowired IdentityService identity;
  @Autowired TaskService taskService;
  @Autowired HistoryService history;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  CaseFixtures fixtures;

  @BeforeEach
  void secondSupervisor() {
    fixtures = new CaseFixtures(port);
    organisation.ensureStaff(new StaffAccount(SECOND, "Uji", "Serentak", null,
        List.of("supervisor", "supervisor-3504"), List.of("3504")), PASSWORD);
    organisation.replaceScope(SECOND, List.of("3504"));
  }

  /** Out of the unit again: later classes share the database and count its members. */
  @AfterEach
  void leaveTheUnit() {
    identity.deleteMembership(SECOND, "supervisor-3504");
    identity.deleteMembership(SECOND, "supervisor");
  }

  record Outcome(String user, HttpResponse<String> response) {}

  @Test
  void twoSupervisorsClaimingOneTaskThroughTheEngineRestOneWinsTheOtherGetsCamundasError() throws Exception {
    Registered complaint = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    String taskId = task(fixtures.as("pengawas"), complaint.processInstanceId(), "Task_TriageComplaint")
        .path("id").asText();

    List<Outcome> outcomes = race(List.of("pengawas", SECOND), user -> basic(user)
        .postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}"));

    Outcome winner = onlyWinner(outcomes, 204);
    assertCamundaError(loser(outcomes, winner));
    assertClaimedOnceBy(taskId, winner.user());
  }

  @Test
  void twoSupervisorsClaimingOneTaskInTasklistOneWinsTheOtherGetsCamundasError() throws Exception {
    Registered complaint = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    String taskId = task(fixtures.as("pengawas"), complaint.processInstanceId(), "Task_TriageComplaint")
        .path("id").asText();
    ApiClient first = ApiClient.anonymous(port);
    assertThat(first.webappLogin("tasklist", "pengawas", "demo")).isEqualTo(200);
    ApiClient second = ApiClient.anonymous(port);
    assertThat(second.webappLogin("tasklist", SECOND, PASSWORD)).isEqualTo(200);
    // The webapps issue the session's CSRF token on their next call, as Tasklist's first page load does.
    first.get("/camunda/api/engine/engine/");
    second.get("/camunda/api/engine/engine/");

    List<Outcome> outcomes = race(List.of("pengawas", SECOND), user -> (user.equals(SECOND) ? second : first)
        .postJson("/camunda/api/engine/engine/default/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}"));

    Outcome winner = onlyWinner(outcomes, 204);
    assertCamundaError(loser(outcomes, winner));
    assertClaimedOnceBy(taskId, winner.user());
  }

  @Test
  void twoSupervisorsApprovingOnePlanThroughTheEngineRestRecordTheApprovalOnceAndTheCaseMovesOnOnce()
      throws Exception {
    Registered registered = planAwaitingApproval();
    String taskId = task(fixtures.as("pengawas"), registered.processInstanceId(), "Task_ApproveServicePlan")
        .path("id").asText();

    List<Outcome> outcomes = race(List.of("pengawas", SECOND), user -> basic(user)
        .postJson("/engine-rest/task/" + taskId + "/complete", "{\"variables\":" + APPROVE + "}"));

    onlyWinner(outcomes, 204);
    assertCamundaError(loser(outcomes, onlyWinner(outcomes, 204)));
    assertApprovedOnce(registered, taskId, List.of("pengawas", SECOND));
  }

  @Test
  void throughTheApplicationApiTheLoserOfAClaimGetsTaskAlreadyClaimed() throws Exception {
    Registered complaint = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    String taskId = task(fixtures.as("pengawas"), complaint.processInstanceId(), "Task_TriageComplaint")
        .path("id").asText();

    List<Outcome> outcomes = race(List.of("pengawas", SECOND),
        user -> basic(user).postJson("/api/tasks/" + taskId + "/claim", ""));

    Outcome winner = onlyWinner(outcomes, 204);
    assertProblem(loser(outcomes, winner).response(), 409, TaskActions.TASK_ALREADY_CLAIMED);
    assertClaimedOnceBy(taskId, winner.user());
    // Claiming one's own task again is fine; the other still may not, nor complete it.
    assertThat(basic(winner.user()).postJson("/api/tasks/" + taskId + "/claim", "").statusCode()).isEqualTo(204);
    String other = loser(outcomes, winner).user();
    assertProblem(basic(other).postJson("/api/tasks/" + taskId + "/claim", ""), 409,
        TaskActions.TASK_ALREADY_CLAIMED);
    assertProblem(basic(other).postJson("/api/tasks/" + taskId + "/complete", "{\"variables\":{}}"), 409,
        TaskActions.TASK_ALREADY_CLAIMED);
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(winner.user());
  }

  @Test
  void throughTheApplicationApiTwoApprovalsOfOnePlanGiveOneApprovalAndTaskAlreadyCompleted() throws Exception {
    Registered registered = planAwaitingApproval();
    String taskId = task(fixtures.as("pengawas"), registered.processInstanceId(), "Task_ApproveServicePlan")
        .path("id").asText();

    List<Outcome> outcomes = race(List.of("pengawas", SECOND), user -> basic(user)
        .postJson("/api/tasks/" + taskId + "/complete", "{\"variables\":{\"planDecision\":\"APPROVED\"}}"));

    Outcome winner = onlyWinner(outcomes, 204);
    assertProblem(loser(outcomes, winner).response(), 409, TaskActions.TASK_ALREADY_COMPLETED);
    assertApprovedOnce(registered, taskId, List.of(winner.user()));
    // Again, later: still 409 for those who could see it; a 404 for a supervisor of another regency and an agency.
    assertProblem(basic("pengawas").postJson("/api/tasks/" + taskId + "/complete", "{\"variables\":{}}"), 409,
        TaskActions.TASK_ALREADY_COMPLETED);
    assertProblem(basic("pengawas2").postJson("/api/tasks/" + taskId + "/complete", "{\"variables\":{}}"), 404,
        TaskActions.TASK_NOT_FOUND);
    assertProblem(basic("dukcapil").postJson("/api/tasks/" + taskId + "/claim", ""), 404,
        TaskActions.TASK_NOT_FOUND);
  }

  @Test
  void theApplicationApiKeepsTheEnginesScopeAndChecks() {
    Registered tulungagung = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    String taskId = task(fixtures.as("pengawas"), tulungagung.processInstanceId(), "Task_TriageComplaint")
        .path("id").asText();
    // Another unit's supervisor, a caseworker of the unit and an agency do not see the triage task: 404, as absent.
    for (String outsider : List.of("pengawas2", "peksos1", "dukcapil")) {
      assertProblem(basic(outsider).postJson("/api/tasks/" + taskId + "/claim", ""), 404,
          TaskActions.TASK_NOT_FOUND);
    }
    assertProblem(basic("pengawas").postJson("/api/tasks/no-such-task/claim", ""), 404, TaskActions.TASK_NOT_FOUND);
    assertThat(ApiClient.anonymous(port).postJson("/api/tasks/" + taskId + "/claim", "").statusCode()).isEqualTo(401);
    // Input the task's form refuses: 400, nothing changes.
    HttpResponse<String> refused = basic("pengawas").postJson("/api/tasks/" + taskId + "/complete",
        "{\"variables\":{\"triageOutcome\":\"MAYBE\"}}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
    // The supervisor triages through the application API: the case moves on to the caseworker assignment.
    HttpResponse<String> triaged = basic("pengawas").postJson("/api/tasks/" + taskId + "/complete", """
        {"variables":{"triageOutcome":"ACCEPTED","riskLevel":"MEDIUM","primaryCategory":"ABH"}}""");
    assertThat(triaged.statusCode()).as(triaged.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().processInstanceId(tulungagung.processInstanceId())
        .taskDefinitionKey("Task_AssignCaseworker").count()).isEqualTo(1);
  }

  /** A case whose plan (one civil-registry service) waits for the supervisors' approval. */
  private Registered planAwaitingApproval() {
    Registered registered = fixtures.assessing("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE, "pengawas", "peksos1");
    ApiClient worker = fixtures.as("peksos1");
    work(worker, "peksos1", registered.processInstanceId(), "Task_ConductAssessment",
        "{\"confidentialAssessmentCivilDocuments\":{\"value\":\"Tidak punya akta kelahiran.\"},"
            + "\"needsCivilDocuments\":{\"value\":true}}");
    String services = "[{\"serviceType\":\"BIRTH_CERTIFICATE\",\"agencyCode\":\"dukcapil\",\"targetDate\":\""
        + LocalDate.now().plusDays(21) + "\"}]";
    work(worker, "peksos1", registered.processInstanceId(), "Task_DraftServicePlan",
        "{\"confidentialPlanGoals\":{\"value\":\"Anak memiliki akta kelahiran.\"},"
            + "\"confidentialPlannedServices\":{\"type\":\"Json\",\"value\":\""
            + services.replace("\"", "\\\"") + "\"}}");
    return registered;
  }

  /** The plan approved once by one of the candidates, the approval task done once, one referral started. */
  private void assertApprovedOnce(Registered registered, String taskId, List<String> possibleWinners) {
    List<java.util.Map<String, Object>> plans = jdbc.queryForList(
        "SELECT status, decided_by FROM service_plan WHERE case_id = ?", registered.caseId());
    assertThat(plans).singleElement().satisfies(plan -> {
      assertThat(plan.get("STATUS")).isEqualTo("APPROVED");
      assertThat(possibleWinners).contains((String) plan.get("DECIDED_BY"));
    });
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(registered.processInstanceId())
        .taskDefinitionKey("Task_ApproveServicePlan").list()).singleElement()
        .satisfies(t -> assertThat(t.getEndTime()).isNotNull());
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(registered.processInstanceId())
        .variableName("planDecision").list()).singleElement()
        .satisfies(v -> assertThat(v.getValue()).isEqualTo("APPROVED"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM referral WHERE case_id = ?", Integer.class,
        registered.caseId())).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(registered.processInstanceId()).count())
        .as("referral processes").isEqualTo(1);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(registered.processInstanceId())
        .activityId("Task_SendReferrals").count()).as("the case moved on once").isEqualTo(1);
  }

  private void assertClaimedOnceBy(String taskId, String winner) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    assertThat(task.getAssignee()).isEqualTo(winner);
    List<HistoricIdentityLinkLog> assignments = history.createHistoricIdentityLinkLogQuery().taskId(taskId)
        .type("assignee").list();
    assertThat(assignments).as("assignee history").singleElement()
        .satisfies(link -> assertThat(link.getUserId()).isEqualTo(winner));
    assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(winner);
  }

  /** Both users' calls, released at the same moment. */
  private static List<Outcome> race(List<String> users, Function<String, HttpResponse<String>> call)
      throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(users.size());
    ExecutorService pool = Executors.newFixedThreadPool(users.size());
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (String user : users) {
        futures.add(pool.submit(() -> {
          barrier.await(30, TimeUnit.SECONDS);
          return new Outcome(user, call.apply(user));
        }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> future : futures) {
        outcomes.add(future.get(2, TimeUnit.MINUTES));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Outcome onlyWinner(List<Outcome> outcomes, int status) {
    List<Outcome> winners = outcomes.stream().filter(o -> o.response().statusCode() == status).toList();
    assertThat(winners).as("winners among %s", outcomes.stream()
        .map(o -> o.user() + " " + o.response().statusCode() + " " + o.response().body()).toList()).hasSize(1);
    return winners.get(0);
  }

  private static Outcome loser(List<Outcome> outcomes, Outcome winner) {
    return outcomes.stream().filter(o -> o != winner).findFirst().orElseThrow();
  }

  /** Camunda's own error answer: not 2xx, JSON with the engine's exception type and message. */
  private static void assertCamundaError(Outcome loser) {
    HttpResponse<String> response = loser.response();
    assertThat(response.statusCode()).as(response.body()).isBetween(400, 599);
    assertThat(json(response).path("type").asText()).as(response.body()).isNotBlank();
    assertThat(json(response).path("message").asText()).as(response.body()).isNotBlank();
    System.out.printf("Loser of the race (%s): %d %s%n", loser.user(), response.statusCode(), response.body());
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(json(response).path("code").asText()).as(response.body()).isEqualTo(code);
  }

  private ApiClient basic(String user) {
    return user.equals(SECOND) ? ApiClient.basic(port, SECOND, PASSWORD) : fixtures.as(user);
  }
}
