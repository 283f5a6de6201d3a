package id.terpadu.scope;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.CaseFixtures;
import id.terpadu.support.CaseFixtures.Registered;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who reads what, for every kind of demo user and every case read of {@code /api} (and the case's process in
 * {@code /engine-rest}): one case of Tulungagung (3504) assigned to {@code peksos1}, one of Trenggalek (3503).
 * In scope and role → 200; in scope, role not allowed → 403; outside the scope → 404, as if absent.
 */
@Tag("extended")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeMatrixIT {

  @LocalServerPort int port;
  CaseFixtures fixtures;
  Registered tulungagung;
  Registered trenggalek;

  @BeforeAll
  void twoCasesInTwoUnits() {
    fixtures = new CaseFixtures(port);
    tulungagung = fixtures.assessing("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE, "pengawas", "peksos1");
    trenggalek = fixtures.register("petugas2", CaseFixtures.TRENGGALEK_VILLAGE);
  }

  @ParameterizedTest(name = "{0} reads the {1} case: detail {2}, timeline {3}, referrals {4}, access log {5}")
  @CsvSource({
      // user,     case,        detail, timeline, referrals, access-log
      "pengawas,   tulungagung, 200, 200, 200, 200",
      "kepala,     tulungagung, 200, 200, 200, 200",
      "petugas,    tulungagung, 200, 200, 200, 403",
      "peksos1,    tulungagung, 200, 200, 200, 403",
      "peksos2,    tulungagung, 403, 403, 403, 403",
      "pengawas2,  tulungagung, 404, 404, 404, 404",
      "petugas2,   tulungagung, 404, 404, 404, 404",
      "peksos3,    tulungagung, 404, 404, 404, 404",
      "provinsi,   tulungagung, 403, 403, 403, 403",
      "rsud,       tulungagung, 403, 403, 403, 403",
      "dukcapil,   tulungagung, 403, 403, 403, 403",
      "admin,      tulungagung, 404, 404, 404, 200",
      "pengawas2,  trenggalek,  200, 200, 200, 200",
      "petugas2,   trenggalek,  200, 200, 200, 403",
      "peksos3,    trenggalek,  403, 403, 403, 403",
      "pengawas,   trenggalek,  404, 404, 404, 404",
      "kepala,     trenggalek,  404, 404, 404, 404",
      "petugas,    trenggalek,  404, 404, 404, 404",
      "peksos1,    trenggalek,  404, 404, 404, 404",
      "provinsi,   trenggalek,  403, 403, 403, 403",
      "rsud,       trenggalek,  403, 403, 403, 403",
      "admin,      trenggalek,  404, 404, 404, 200"})
  void caseReads(String user, String which, int detail, int timeline, int referrals, int accessLog) {
    long id = ("tulungagung".equals(which) ? tulungagung : trenggalek).caseId();
    assertStatus(user, "/api/cases/" + id, detail);
    assertStatus(user, "/api/cases/" + id + "/timeline", timeline);
    assertStatus(user, "/api/cases/" + id + "/referrals", referrals);
    assertStatus(user, "/api/cases/" + id + "/access-log", accessLog);
    assertStatus(user, "/api/cases/" + id + "/transfers", detail);
  }

  @ParameterizedTest(name = "{0} lists cases: {1}, sees Tulungagung's {2}, Trenggalek's {3}")
  @CsvSource({
      "pengawas,  200, true,  false",
      "kepala,    200, true,  false",
      "petugas,   200, true,  false",
      "peksos1,   200, true,  false",
      "peksos2,   200, false, false",
      "pengawas2, 200, false, true",
      "petugas2,  200, false, true",
      "peksos3,   200, false, false",
      "provinsi,  403, false, false",
      "rsud,      403, false, false",
      "admin,     403, false, false"})
  void caseLists(String user, int status, boolean seesTulungagung, boolean seesTrenggalek) {
    HttpResponse<String> response = fixtures.as(user).get("/api/cases?size=100&status=OPEN");
    assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(status);
    if (status != 200) {
      assertThat(json(response).path("code").asText()).isEqualTo("FORBIDDEN");
      return;
    }
    JsonNode page = json(response);
    List<Long> ids = StreamSupport.stream(page.path("items").spliterator(), false)
        .map(i -> i.path("id").asLong()).toList();
    assertThat(ids.contains(tulungagung.caseId())).as(user + " sees the Tulungagung case").isEqualTo(seesTulungagung);
    assertThat(ids.contains(trenggalek.caseId())).as(user + " sees the Trenggalek case").isEqualTo(seesTrenggalek);
    String own = Set.of("pengawas2", "petugas2", "peksos3").contains(user) ? "3503" : "3504";
    assertThat(page.path("items")).allSatisfy(item -> assertThat(item.path("regencyCode").asText()).isEqualTo(own));
  }

  /** Tasklist and Cockpit read through the engine: only the case's own unit sees its tasks and instance. */
  @ParameterizedTest(name = "{0} in the engine: tasks of the Tulungagung case {1}, its instance readable {2}")
  @CsvSource({
      "pengawas,  true,  true",
      "kepala,    true,  true",
      "peksos1,   true,  false",
      "pengawas2, false, false",
      "peksos3,   false, false",
      "provinsi,  false, false",
      "rsud,      false, false"})
  void engineReads(String user, boolean seesTasks, boolean readsInstance) {
    String instance = tulungagung.processInstanceId();
    JsonNode tasks = json(fixtures.as(user).get("/engine-rest/task?processInstanceId=" + instance));
    assertThat(tasks.isEmpty()).as(user + " tasks").isEqualTo(!seesTasks);
    HttpResponse<String> read = fixtures.as(user).get("/engine-rest/process-instance/" + instance);
    if (readsInstance) {
      assertThat(read.statusCode()).as(user).isEqualTo(200);
    } else {
      assertThat(read.statusCode()).as(user + ": " + read.body()).isIn(403, 404);
    }
    JsonNode instances = json(fixtures.as(user).get("/engine-rest/process-instance?processInstanceIds=" + instance));
    assertThat(instances.isEmpty()).as(user + " lists the instance").isEqualTo(!readsInstance);
  }

  private void assertStatus(String user, String path, int expected) {
    HttpResponse<String> response = fixtures.as(user).get(path);
    assertThat(response.statusCode()).as(user + " GET " + path + ": " + response.body()).isEqualTo(expected);
    if (expected == 404) {
      assertThat(json(response).path("code").asText()).isEqualTo("CASE_NOT_FOUND");
      assertThat(response.body()).doesNotContain(CaseFixtures.CHILD_NAME, "ULT-");
    }
  }
}
