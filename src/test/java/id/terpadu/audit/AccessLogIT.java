package id.terpadu.audit;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.ApiClient;
import id.terpadu.support.CaseFixtures;
import id.terpadu.support.CaseFixtures.Registered;
import id.terpadu.support.EngineTasks;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The access log: every case read and list query through the API is recorded — who, when, from where, which
 * case or which filters and how many matched, allowed or refused — and only the case's overseers and
 * administrators read it. No child's identity ever appears in it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class AccessLogIT {

  @LocalServerPort int port;
  CaseFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new CaseFixtures(port);
  }

  @Test
  void everyReadOfACaseIsLoggedAllowedOrRefused() {
    Registered registered = fixtures.assessing("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE, "pengawas", "peksos1");
    String path = "/api/cases/" + registered.caseId();
    Instant before = Instant.now();

    assertThat(fixtures.as("pengawas").get(path).statusCode()).isEqualTo(200);
    assertThat(fixtures.as("peksos1").get(path + "/timeline").statusCode()).isEqualTo(200);
    assertThat(fixtures.as("petugas").get(path + "/referrals").statusCode()).isEqualTo(200);
    assertThat(fixtures.as("pengawas2").get(path).statusCode()).isEqualTo(404);
    assertThat(fixtures.as("provinsi").get(path + "/timeline").statusCode()).isEqualTo(403);
    assertThat(fixtures.as("peksos2").get(path + "/referrals").statusCode()).isEqualTo(403);

    HttpResponse<String> response = fixtures.as("pengawas").get(path + "/access-log?size=200");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<JsonNode> rows = rows(json(response));
    assertThat(rows).extracting(r -> r.path("userId").asText() + " " + r.path("action").asText() + " "
        + r.path("outcome").asText() + " " + r.path("httpStatus").asInt()).containsSubsequence(
            "peksos2 GET /api/cases/{caseId}/referrals FORBIDDEN 403",
            "provinsi GET /api/cases/{id}/timeline FORBIDDEN 403",
            "pengawas2 GET /api/cases/{id} NOT_FOUND 404",
            "petugas GET /api/cases/{caseId}/referrals ALLOWED 200",
            "peksos1 GET /api/cases/{id}/timeline ALLOWED 200",
            "pengawas GET /api/cases/{id} ALLOWED 200");
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.path("caseId").asLong()).isEqualTo(registered.caseId());
      assertThat(r.path("clientIp").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
      assertThat(Instant.parse(r.path("at").asText())).isAfterOrEqualTo(before.minusSeconds(1));
      assertThat(r.path("filters").isNull()).isTrue();
    });
    assertThat(rows.stream().map(r -> Instant.parse(r.path("at").asText())).toList())
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(response.body()).doesNotContain("Dimas", "Pratama", "Ibu Guru", "0812");

    // A case that does not exist is logged by its id too.
    assertThat(fixtures.as("pengawas2").get("/api/cases/987654321").statusCode()).isEqualTo(404);
    JsonNode absent = json(fixtures.as("admin").get("/api/access-log?case=987654321&user=pengawas2"));
    assertThat(rows(absent)).isNotEmpty().allSatisfy(r -> assertThat(r.path("outcome").asText()).isEqualTo("NOT_FOUND"));
  }

  @Test
  void listQueriesAreLoggedWithTheirFiltersAndCountButNotTheSearchText() {
    fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    Instant before = Instant.now().minusMillis(1);

    JsonNode page = json(fixtures.as("pengawas").get("/api/cases?q=Dimas&status=OPEN&size=5"));
    assertThat(page.path("total").asLong()).isPositive();
    assertThat(fixtures.as("rsud").get("/api/cases?stage=TRIAGE").statusCode()).isEqualTo(403);

    List<JsonNode> byPengawas = rows(json(fixtures.as("admin").get("/api/access-log?user=pengawas&from="
        + before + "&size=200")));
    assertThat(byPengawas).anySatisfy(r -> {
      assertThat(r.path("action").asText()).isEqualTo("GET /api/cases");
      assertThat(r.path("filters").asText()).isEqualTo("status=OPEN&q=*&page=0&size=5");
      assertThat(r.path("resultCount").asLong()).isEqualTo(page.path("total").asLong());
      assertThat(r.path("caseId").isNull()).isTrue();
      assertThat(r.path("outcome").asText()).isEqualTo("ALLOWED");
    });
    List<JsonNode> byAgency = rows(json(fixtures.as("admin").get("/api/access-log?user=rsud&from=" + before)));
    assertThat(byAgency).singleElement().satisfies(r -> {
      assertThat(r.path("filters").asText()).isEqualTo("stage=TRIAGE&page=0&size=20");
      assertThat(r.path("resultCount").isNull()).isTrue();
      assertThat(r.path("outcome").asText()).isEqualTo("FORBIDDEN");
      assertThat(r.path("httpStatus").asInt()).isEqualTo(403);
    });
    HttpResponse<String> everything = fixtures.as("admin").get("/api/access-log?size=200");
    assertThat(everything.body()).doesNotContain("Dimas", "Pratama");
  }

  @Test
  void onlyTheCasesOverseersAndAdministratorsReadItsAccessLog() {
    Registered registered = fixtures.assessing("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE, "pengawas", "peksos1");
    String log = "/api/cases/" + registered.caseId() + "/access-log";

    for (String user : List.of("pengawas", "kepala", "admin")) {
      assertThat(fixtures.as(user).get(log).statusCode()).as(user).isEqualTo(200);
    }
    for (String user : List.of("petugas", "peksos1", "provinsi", "rsud")) {
      assertThat(fixtures.as(user).get(log).statusCode()).as(user).isEqualTo(403);
    }
    assertThat(fixtures.as("pengawas2").get(log).statusCode()).isEqualTo(404);
    assertThat(fixtures.as("admin").get("/api/cases/987654321/access-log").statusCode()).isEqualTo(404);
    // Reading the log is itself an access: the refused attempt is in it.
    assertThat(rows(json(fixtures.as("kepala").get(log)))).anySatisfy(r -> {
      assertThat(r.path("userId").asText()).isEqualTo("peksos1");
      assertThat(r.path("action").asText()).isEqualTo("GET /api/cases/{id}/access-log");
      assertThat(r.path("outcome").asText()).isEqualTo("FORBIDDEN");
    });

    for (String user : List.of("pengawas", "kepala", "provinsi", "rsud")) {
      assertThat(fixtures.as(user).get("/api/access-log").statusCode()).as(user).isEqualTo(403);
    }
    assertThat(fixtures.as("admin").get("/api/access-log").statusCode()).isEqualTo(200);
  }

  @Test
  void theAdministratorsQueryIsFilteredByUserAndTime() {
    fixtures.as("petugas2").get("/api/cases");
    String tomorrow = LocalDate.now().plusDays(2).toString();

    JsonNode future = json(fixtures.as("admin").get("/api/access-log?user=petugas2&from=" + tomorrow));
    assertThat(future.path("total").asLong()).isZero();
    JsonNode today = json(fixtures.as("admin").get("/api/access-log?user=petugas2&to=" + tomorrow + "&size=1"));
    assertThat(today.path("total").asLong()).isPositive();
    assertThat(rows(today)).singleElement().satisfies(r -> assertThat(r.path("userId").asText()).isEqualTo("petugas2"));

    HttpResponse<String> bad = fixtures.as("admin").get("/api/access-log?from=2026-13-01&size=0");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).path("errors")).extracting(e -> e.path("field").asText() + ":" + e.path("code").asText())
        .containsExactlyInAnyOrder("from:FORMAT", "size:RANGE");
    HttpResponse<String> backwards = fixtures.as("admin").get("/api/access-log?from=2026-03-02&to=2026-03-01");
    assertThat(json(backwards).path("errors")).extracting(e -> e.path("field").asText() + ":" + e.path("code").asText())
        .containsExactly("to:RANGE");
  }

  @Test
  void everyReadRecordsItsPurposeStatedOrDerived() {
    Registered registered = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    String path = "/api/cases/" + registered.caseId();
    long personId = json(fixtures.as("pengawas").get(path)).path("child").path("personId").asLong();
    Instant before = Instant.now().minusMillis(1);

    // Stated: a code of the list, any case, with "-" for "_".
    assertThat(fixtures.as("pengawas").call("GET", path, null, false, Map.of("X-Terpadu-Purpose", "task-work"))
        .statusCode()).isEqualTo(200);
    assertThat(fixtures.as("kepala").call("GET", "/api/persons/" + personId, null, false,
        Map.of("X-Terpadu-Purpose", "AUDIT")).statusCode()).isEqualTo(200);
    // Derived: a case file read, a list, a read from Tasklist, the case's access log.
    assertThat(fixtures.as("petugas").get(path + "/timeline").statusCode()).isEqualTo(200);
    assertThat(fixtures.as("petugas").get("/api/cases?q=" + registered.caseNumber()).statusCode()).isEqualTo(200);
    assertThat(fixtures.as("petugas").call("GET", path, null, false,
        Map.of("Referer", "http://localhost/camunda/app/tasklist/default/")).statusCode()).isEqualTo(200);
    assertThat(fixtures.as("kepala").get(path + "/access-log").statusCode()).isEqualTo(200);
    // An unknown purpose is refused before anything is read, and leaves no row.
    HttpResponse<String> unknown = fixtures.as("pengawas2").call("GET", path, null, false,
        Map.of("X-Terpadu-Purpose", "Anak Dimas"));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown).path("errors").get(0).path("field").asText()).isEqualTo("X-Terpadu-Purpose");

    List<JsonNode> rows = rows(json(fixtures.as("admin").get("/api/access-log?from=" + before + "&size=200")));
    assertThat(rows).extracting(r -> r.path("userId").asText() + " " + r.path("action").asText() + " "
        + r.path("purpose").asText() + " " + r.path("purposeStated").asBoolean()).contains(
            "pengawas GET /api/cases/{id} TASK_WORK true",
            "kepala GET /api/persons/{id} AUDIT true",
            "petugas GET /api/cases/{id}/timeline CASE_REVIEW false",
            "petugas GET /api/cases LOOKUP false",
            "petugas GET /api/cases/{id} TASK_WORK false",
            "kepala GET /api/cases/{id}/access-log SUPERVISION false");
    assertThat(rows).noneSatisfy(r -> assertThat(r.path("userId").asText()).isEqualTo("pengawas2"));
    // The case's own log shows the purpose to its overseers too.
    assertThat(rows(json(fixtures.as("pengawas").get(path + "/access-log?size=200"))))
        .allSatisfy(r -> assertThat(r.path("purpose").asText()).isNotBlank());
  }

  @Test
  void readsOfProcessDataThroughTheEngineRestApisAreLoggedOncePerRequestWithTheirCase() {
    Registered registered = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    String taskId = EngineTasks.task(fixtures.as("pengawas"), registered.processInstanceId(), "Task_TriageComplaint")
        .path("id").asText();
    String task = "/engine-rest/task/" + taskId;
    ApiClient tasklist = ApiClient.anonymous(port);
    assertThat(tasklist.webappLogin("tasklist", "pengawas", "demo")).isEqualTo(200);
    Instant before = Instant.now().minusMillis(1);

    // Tasklist's calls on the webapps' engine API, and the same reads over HTTP Basic on /engine-rest.
    HttpResponse<String> form = tasklist.call("GET", "/camunda/api/engine/engine/default/task/" + taskId
        + "/form-variables", null, false, Map.of("Referer", "http://localhost/camunda/app/tasklist/default/"));
    assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
    // The answer is the engine's, unchanged: every form variable, several of them, in one request.
    assertThat(json(form).size()).isGreaterThan(1);
    assertThat(fixtures.as("pengawas").get(task + "/variables").statusCode()).isEqualTo(200);
    assertThat(fixtures.as("pengawas").call("GET", task + "/deployed-form", null, false,
        Map.of("X-Terpadu-Purpose", "supervision")).statusCode()).isEqualTo(200);
    assertThat(fixtures.as("pengawas").get("/engine-rest/process-instance/" + registered.processInstanceId()
        + "/variables").statusCode()).isEqualTo(200);
    // The variable lists queried by POST, the query in the body (as Cockpit does), for this one instance.
    String oneInstance = "{\"processInstanceIdIn\":[\"" + registered.processInstanceId() + "\"]}";
    assertThat(fixtures.as("pengawas").postJson("/engine-rest/variable-instance", oneInstance).statusCode())
        .isEqualTo(200);
    assertThat(fixtures.as("pengawas").postJson("/engine-rest/history/variable-instance", oneInstance).statusCode())
        .isEqualTo(200);
    int refused = fixtures.as("peksos2").get(task + "/form-variables").statusCode();
    assertThat(refused).isIn(403, 404);
    // Writes and task lists are not reads of a task's data; an unknown purpose is refused and leaves no row.
    assertThat(fixtures.as("pengawas").get("/engine-rest/task?processInstanceId=" + registered.processInstanceId())
        .statusCode()).isEqualTo(200);
    HttpResponse<String> unknown = fixtures.as("pengawas").call("GET", task + "/variables", null, false,
        Map.of("X-Terpadu-Purpose", "Anak Dimas"));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown).path("errors").get(0).path("field").asText()).isEqualTo("X-Terpadu-Purpose");

    List<JsonNode> rows = rows(json(fixtures.as("admin").get("/api/access-log?case=" + registered.caseId()
        + "&from=" + before + "&size=200")));
    assertThat(rows).extracting(r -> r.path("userId").asText() + " " + r.path("action").asText() + " "
        + r.path("purpose").asText() + " " + r.path("purposeStated").asBoolean() + " " + r.path("outcome").asText())
        .containsExactlyInAnyOrder(
            "pengawas GET /camunda/api/engine/engine/default/task/{id}/form-variables TASK_WORK false ALLOWED",
            "pengawas GET /engine-rest/task/{id}/variables TASK_WORK false ALLOWED",
            "pengawas GET /engine-rest/task/{id}/deployed-form SUPERVISION true ALLOWED",
            "pengawas GET /engine-rest/process-instance/{id}/variables CASE_REVIEW false ALLOWED",
            "pengawas POST /engine-rest/variable-instance CASE_REVIEW false ALLOWED",
            "pengawas POST /engine-rest/history/variable-instance AUDIT false ALLOWED",
            "peksos2 GET /engine-rest/task/{id}/form-variables TASK_WORK false "
                + (refused == 403 ? "FORBIDDEN" : "NOT_FOUND"));
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.path("caseId").asLong()).isEqualTo(registered.caseId());
      assertThat(r.path("filters").isNull()).isTrue();
    });
    // The case's overseers see these reads in the case's own log.
    assertThat(rows(json(fixtures.as("pengawas").get("/api/cases/" + registered.caseId() + "/access-log?size=200"))))
        .anySatisfy(r -> assertThat(r.path("action").asText()).isEqualTo("GET /engine-rest/task/{id}/variables"));
  }

  private static List<JsonNode> rows(JsonNode page) {
    return StreamSupport.stream(page.path("items").spliterator(), false).toList();
  }
}
