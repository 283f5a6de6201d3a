package id.terpadu.scope;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.support.ApiClient;
import id.terpadu.support.CaseFixtures;
import id.terpadu.support.CaseFixtures.Registered;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the engine tells staff of another unit about a Tulungagung (3504) case, beyond its tasks and instance
 * ({@link ScopeMatrixIT}): its variables, executions, jobs and incidents, every history endpoint of
 * {@code /engine-rest}, and the process-definition statistics that Cockpit shows (counts of instances,
 * incidents and failed jobs), which must count only the instances the caller may read.
 */
@Tag("extended")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineScopeIT {

  static final String CASE_PROCESS = CaseVariables.PROCESS_KEY;
  /** Staff outside the unit who must read nothing of a Tulungagung case through the engine. */
  static final List<String> OUTSIDERS = List.of("pengawas2", "peksos3", "petugas2", "provinsi", "rsud");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;

  CaseFixtures fixtures;
  Registered tulungagung;
  Registered trenggalek;
  String openTask;
  String doneTask;

  @BeforeAll
  void casesInBothUnits() {
    fixtures = new CaseFixtures(port);
    // Triaged and assigned by pengawas, assessment open with peksos1; one of its timers has failed for good.
    tulungagung = fixtures.assessing("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE, "pengawas", "peksos1");
    trenggalek = fixtures.register("petugas2", CaseFixtures.TRENGGALEK_VILLAGE);
    openTask = tasks.createTaskQuery().processInstanceId(tulungagung.processInstanceId()).singleResult().getId();
    doneTask = history.createHistoricTaskInstanceQuery().processInstanceId(tulungagung.processInstanceId())
        .finished().list().get(0).getId();
    Job timer = management.createJobQuery().processInstanceId(tulungagung.processInstanceId()).list().get(0);
    management.setJobRetries(timer.getId(), 0);
  }

  /** Runtime reads of one instance: its own unit's supervisor reads them (per-instance grants), no outsider. */
  static Stream<String> runtimeReads() {
    return Stream.concat(instanceReads(), taskReads());
  }

  static Stream<String> instanceReads() {
    return Stream.of(
        "/engine-rest/variable-instance?processInstanceIdIn={instance}",
        "/engine-rest/process-instance/{instance}/variables",
        "/engine-rest/process-instance/{instance}/variables/" + CaseVariables.REGENCY,
        "/engine-rest/process-instance/{instance}/activity-instances",
        "/engine-rest/execution?processInstanceId={instance}",
        "/engine-rest/job?processInstanceId={instance}",
        "/engine-rest/incident?processInstanceId={instance}");
  }

  /** The open assessment task (assigned to peksos1; no candidate group: need to know). */
  static Stream<String> taskReads() {
    return Stream.of(
        "/engine-rest/task/{task}",
        "/engine-rest/task/{task}/variables",
        "/engine-rest/task/{task}/variables/confidentialDescription",
        "/engine-rest/task/{task}/form-variables",
        "/engine-rest/task/{task}/identity-links",
        "/engine-rest/task?processInstanceId={instance}",
        "/engine-rest/task?assignee=peksos1&processInstanceId={instance}");
  }

  /** History of one instance: nobody but administrators reads the engine's history (no READ_HISTORY grants). */
  static Stream<String> historyReads() {
    return Stream.of(
        "/engine-rest/history/process-instance?processInstanceId={instance}",
        "/engine-rest/history/process-instance/{instance}",
        "/engine-rest/history/task?processInstanceId={instance}",
        "/engine-rest/history/task?taskId={doneTask}",
        "/engine-rest/history/variable-instance?processInstanceId={instance}",
        "/engine-rest/history/decision-instance?processInstanceId={instance}",
        "/engine-rest/history/incident?processInstanceId={instance}",
        "/engine-rest/history/identity-link-log?taskId={doneTask}",
        "/engine-rest/history/user-operation?processInstanceId={instance}");
  }

  /**
   * History the level case-audit does not write (docs/adr/0035-history-level.md, 0039): variable details, the job
   * log, activity instances of user tasks (the task history has them) and of rule tasks (the decision history).
   */
  static Stream<String> unwrittenHistoryReads() {
    return Stream.of(
        "/engine-rest/history/detail?processInstanceId={instance}",
        "/engine-rest/history/job-log?processInstanceId={instance}",
        "/engine-rest/history/activity-instance?processInstanceId={instance}&activityType=userTask",
        "/engine-rest/history/activity-instance?processInstanceId={instance}&activityType=businessRuleTask");
  }

  /**
   * Outsiders read nothing; neither does a caseworker of the same unit who is not the case's caseworker (peksos2):
   * need to know (ADR 0006) holds in the engine too, the caseworker tasks have no unit caseworker group.
   */
  static Stream<Arguments> outsiderRuntimeReads() {
    return runtimeReads().flatMap(path -> Stream.concat(OUTSIDERS.stream(), Stream.of("peksos2"))
        .map(user -> Arguments.of(user, path)));
  }

  static Stream<Arguments> outsiderHistoryReads() {
    return Stream.concat(historyReads(), unwrittenHistoryReads())
        .flatMap(path -> Stream.concat(OUTSIDERS.stream(), Stream.of("peksos2", "pengawas"))
        .map(user -> Arguments.of(user, path)));
  }

  @ParameterizedTest(name = "pengawas reads {0}")
  @MethodSource("runtimeReads")
  void theUnitsSupervisorReadsTheInstance(String path) {
    assertReadsSomething("pengawas", path);
  }

  /** The case's caseworker reads and works on their own task (its variables included), not the instance. */
  @ParameterizedTest(name = "peksos1 reads {0}")
  @MethodSource("taskReads")
  void theCasesCaseworkerReadsTheTask(String path) {
    assertReadsSomething("peksos1", path);
  }

  @Test
  void theCasesCaseworkerReadsTheConfidentialDescriptionAndAColleagueDoesNot() {
    String path = "/engine-rest/task/{task}/variables/confidentialDescription";
    assertThat(json(fixtures.as("peksos1").get(resolve(path))).path("value").asText()).isNotBlank();
    assertThat(fixtures.as("peksos2").get(resolve(path)).statusCode()).isIn(403, 404);
    assertThat(json(fixtures.as("peksos2").get(resolve("/engine-rest/task?assignee=peksos1")))).isEmpty();
    assertThat(json(fixtures.as("peksos2").get(resolve("/engine-rest/task/count?processInstanceId={instance}")))
        .path("count").asLong()).isZero();
  }

  @ParameterizedTest(name = "{0} reads nothing at {1}")
  @MethodSource("outsiderRuntimeReads")
  void othersReadNothingOfTheInstance(String user, String path) {
    assertReadsNothing(user, path);
  }

  @ParameterizedTest(name = "admin reads {0}")
  @MethodSource("historyReads")
  void administratorsReadTheHistory(String path) {
    assertReadsSomething("admin", path);
  }

  @ParameterizedTest(name = "admin finds nothing at {0}")
  @MethodSource("unwrittenHistoryReads")
  void theHistoryLevelWritesNoVariableDetailsNoJobLogAndNoTaskActivities(String path) {
    HttpResponse<String> response = fixtures.as("admin").get(resolve(path));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response).isEmpty()).as("admin GET " + path + ": " + response.body()).isTrue();
  }

  @ParameterizedTest(name = "{0} reads nothing at {1}")
  @MethodSource("outsiderHistoryReads")
  void staffReadNoEngineHistory(String user, String path) {
    assertReadsNothing(user, path);
  }

  /**
   * Cockpit's start page and "Processes" page count instances, incidents and failed jobs per definition: each
   * user counts only the case instances of their own unit (administrators all of them).
   */
  @ParameterizedTest(name = "{0} counts the instances of {1}")
  @CsvSource({"pengawas2, 3503", "pengawas, 3504", "kepala, 3504", "admin,"})
  void definitionStatisticsCountOnlyReadableInstances(String user, String regency) {
    // Other tests share the database (PostgreSQL in CI): every expected number is counted from the engine over
    // the instances of the caller's unit, not assumed from this class's own fixtures.
    List<String> readable = (regency == null
        ? runtime.createProcessInstanceQuery().processDefinitionKey(CASE_PROCESS)
        : runtime.createProcessInstanceQuery().processDefinitionKey(CASE_PROCESS)
            .variableValueEquals(CaseVariables.REGENCY, regency))
        .list().stream().map(ProcessInstance::getId).toList();
    long expected = readable.size();
    long all = runtime.createProcessInstanceQuery().processDefinitionKey(CASE_PROCESS).count();
    boolean seesTulungagung = readable.contains(tulungagung.processInstanceId());
    assertThat(seesTulungagung).isEqualTo(!"3503".equals(regency));
    assertThat(expected).isPositive();
    if (regency != null) {
      assertThat(expected).as("the other unit has instances too").isLessThan(all);
    }
    long failedJobs = management.createJobQuery().processDefinitionKey(CASE_PROCESS).noRetriesLeft().list()
        .stream().filter(j -> readable.contains(j.getProcessInstanceId())).count();
    if (seesTulungagung) {
      assertThat(failedJobs).as("this class's failed timer").isPositive();
    }
    // "incidents" counts every incident of the definition's instances, "rootIncidents" only those that are their
    // own cause (not the ones a called referral instance raises in its case).
    Map<String, Long> incidents = new TreeMap<>();
    Map<String, Long> rootIncidents = new TreeMap<>();
    runtime.createIncidentQuery().list().stream()
        .filter(i -> readable.contains(i.getProcessInstanceId()))
        .forEach(i -> {
          incidents.merge(i.getIncidentType(), 1L, Long::sum);
          if (i.getId().equals(i.getRootCauseIncidentId())) {
            rootIncidents.merge(i.getIncidentType(), 1L, Long::sum);
          }
        });
    assertThat(rootIncidents.containsKey("failedJob")).isEqualTo(seesTulungagung);

    ApiClient basic = fixtures.as(user);
    for (String path : List.of("/engine-rest/process-definition/statistics?rootIncidents=true&failedJobs=true",
        "/engine-rest/engine/default/process-definition/statistics?incidents=true&failedJobs=true")) {
      JsonNode row = caseProcessRow(basic.get(path));
      assertThat(row.path("instances").asLong()).as(user + " " + path).isEqualTo(expected);
      assertThat(row.path("failedJobs").asLong()).as(user + " failed jobs").isEqualTo(failedJobs);
      assertThat(incidentCounts(row.path("incidents"))).as(user + " incidents")
          .isEqualTo(path.contains("rootIncidents") ? rootIncidents : incidents);
      assertThat(row.path("definition").path("key").asText()).isEqualTo(CASE_PROCESS);
    }
    JsonNode onlyForType = caseProcessRow(basic.get(
        "/engine-rest/process-definition/statistics?incidentsForType=slaBreach"));
    assertThat(incidentCounts(onlyForType.path("incidents"))).isEqualTo(incidents.containsKey("slaBreach")
        ? Map.of("slaBreach", incidents.get("slaBreach")) : Map.of());

    // The same numbers in Cockpit: its start page reads the engine's statistics, its "Processes" page its own.
    ApiClient cockpit = ApiClient.anonymous(port);
    if (cockpit.webappLogin("cockpit", user, "demo") != 200) {
      throw new AssertionError(user + " cannot log into Cockpit");
    }
    JsonNode dashboard = caseProcessRow(cockpit.get(
        "/camunda/api/engine/engine/default/process-definition/statistics?rootIncidents=true"));
    assertThat(dashboard.path("instances").asLong()).isEqualTo(expected);
    assertThat(incidentCounts(dashboard.path("incidents"))).isEqualTo(rootIncidents);
    JsonNode processes = caseProcessRow(cockpit.get(
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics?firstResult=0&maxResults=50"
            + "&sortBy=name&sortOrder=asc"));
    assertThat(processes.path("instances").asLong()).isEqualTo(expected);
    assertThat(processes.path("incidents").asLong())
        .isEqualTo(incidents.values().stream().mapToLong(Long::longValue).sum());
    assertThat(processes.path("name").asText()).isEqualTo("Penanganan kasus anak");

    // The definition page: activity badges and the instance list were per instance already.
    String definition = dashboard.path("id").asText();
    long expectedAtAssessment = runtime.createProcessInstanceQuery().processDefinitionId(definition)
        .activityIdIn("Task_ConductAssessment").list().stream()
        .filter(p -> readable.contains(p.getId())).count();
    JsonNode activities = json(basic.get("/engine-rest/process-definition/" + definition + "/statistics"));
    long atAssessment = StreamSupport.stream(activities.spliterator(), false)
        .filter(a -> a.path("id").asText().equals("Task_ConductAssessment"))
        .mapToLong(a -> a.path("instances").asLong()).sum();
    assertThat(atAssessment).as(user + " instances at the assessment").isEqualTo(expectedAtAssessment);
    if (seesTulungagung) {
      assertThat(atAssessment).as("this class's case is at the assessment").isPositive();
    }
    long expectedListed = runtime.createProcessInstanceQuery().processDefinitionId(definition).list().stream()
        .filter(p -> readable.contains(p.getId())).count();
    long listed = json(cockpit.postJson("/camunda/api/cockpit/plugin/base/default/process-instance/count",
        "{\"processDefinitionId\":\"" + definition + "\"}")).path("count").asLong();
    assertThat(listed).isEqualTo(expectedListed);
  }

  private static Map<String, Long> incidentCounts(JsonNode incidents) {
    Map<String, Long> counts = new TreeMap<>();
    incidents.forEach(i -> counts.merge(i.path("incidentType").asText(), i.path("incidentCount").asLong(),
        Long::sum));
    return counts;
  }

  @Test
  void theProvinceHasNoCockpit() {
    ApiClient province = ApiClient.anonymous(port);
    assertThat(province.webappLogin("cockpit", "provinsi", "demo")).isEqualTo(403);
    assertThat(province.webappLogin("tasklist", "provinsi", "demo")).isEqualTo(200);
    // With a Tasklist session, Camunda lets Cockpit's own API answer (it checks the login, not the application),
    // but the province reads no definition, instance or count through it.
    for (String path : List.of("/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
        "/camunda/api/engine/engine/default/process-definition/statistics",
        "/camunda/api/engine/engine/default/process-instance")) {
      HttpResponse<String> response = province.get(path);
      assertThat(response.statusCode()).as(path).isIn(200, 403);
      if (response.statusCode() == 200) {
        assertThat(json(response)).as(path + ": " + response.body()).isEmpty();
      }
    }
    HttpResponse<String> instances = province.postJson("/camunda/api/cockpit/plugin/base/default/process-instance", "{}");
    assertThat(instances.statusCode()).as(instances.body()).isIn(200, 403);
    if (instances.statusCode() == 200) {
      assertThat(json(instances)).as(instances.body()).isEmpty();
    }
  }

  @Test
  void anonymousCallersGetNoStatistics() {
    HttpResponse<String> anonymous = ApiClient.anonymous(port).get("/engine-rest/process-definition/statistics");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).doesNotContain("instances");
  }

  private JsonNode caseProcessRow(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode rows = json(response);
    return StreamSupport.stream(rows.spliterator(), false)
        .filter(r -> CASE_PROCESS.equals(r.path("key").asText(r.path("definition").path("key").asText())))
        .findFirst().orElseThrow(() -> new AssertionError("no row of " + CASE_PROCESS + ": " + rows));
  }

  private String resolve(String path) {
    return path.replace("{instance}", tulungagung.processInstanceId()).replace("{task}", openTask)
        .replace("{doneTask}", doneTask);
  }

  private void assertReadsSomething(String user, String path) {
    HttpResponse<String> response = fixtures.as(user).get(resolve(path));
    assertThat(response.statusCode()).as(user + " GET " + path + ": " + response.body()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.isEmpty()).as(user + " GET " + path + " is empty").isFalse();
  }

  private void assertReadsNothing(String user, String path) {
    HttpResponse<String> response = fixtures.as(user).get(resolve(path));
    String what = user + " GET " + path + ": " + response.statusCode() + " " + response.body();
    if (response.statusCode() == 200) {
      assertThat(json(response).isEmpty()).as(what).isTrue();
    } else {
      assertThat(response.statusCode()).as(what).isIn(403, 404);
    }
    assertThat(response.body()).as(what).doesNotContain(tulungagung.caseNumber(), CaseFixtures.CHILD_NAME);
  }
}
