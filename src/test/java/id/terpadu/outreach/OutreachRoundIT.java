package id.terpadu.outreach;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.ApiClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Outreach rounds and visits through the API: the supervisor plans a round for peksos1; visits are recorded
 * idempotently under the page's id, refused outside the region (404), outside the team (403) and when invalid (400,
 * nothing stored); children are matched against the person registry; a finding becomes one OUTREACH complaint
 * waiting for triage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class OutreachRoundIT {

  static final String KEDUNGWARU = "3504011001";
  static final String BOYOLANGU = "3504022001";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  ApiClient as(String user) {
    return ApiClient.basic(port, user, "demo");
  }

  long plannedRound(String title) {
    HttpResponse<String> planned = as("pengawas").postJson("/api/outreach/rounds", """
        {"title":"%s","villageCodes":["%s","%s"],"periodStart":"%s","periodEnd":"%s",
         "members":["peksos1"],"focus":["CHILD_LABOUR","NO_BIRTH_CERTIFICATE"]}
        """.formatted(title, KEDUNGWARU, BOYOLANGU, TODAY.minusDays(2), TODAY.plusDays(5)));
    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
    JsonNode round = json(planned);
    assertThat(round.path("status").asText()).isEqualTo("OPEN");
    assertThat(round.path("regencyCode").asText()).isEqualTo("3504");
    return round.path("id").asLong();
  }

  static String visit(long roundId, String village, String childrenJson) {
    return """
        {"roundId":%d,"visitDate":"%s","villageCode":"%s","notes":"Kunjungan rumah ke rumah RT 02.",
         "children":[%s]}""".formatted(roundId, TODAY.minusDays(1), village, childrenJson);
  }

  static String child(String name, int age, String sex, String nik, String findings, boolean actionNeeded) {
    return """
        {"name":"%s","age":%d,"sex":"%s","nik":%s,"findings":%s,"actionNeeded":%s}""".formatted(name, age, sex,
        nik == null ? "null" : "\"" + nik + "\"", findings == null ? "null" : "\"" + findings + "\"", actionNeeded);
  }

  static String uniqueName(String first) {
    return first + " " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).replaceAll("\\d", "x");
  }

  List<JsonNode> visitsOf(long roundId) {
    HttpResponse<String> detail = as("pengawas").get("/api/outreach/rounds/" + roundId);
    assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
    List<JsonNode> visits = new java.util.ArrayList<>();
    json(detail).path("visits").forEach(visits::add);
    return visits;
  }

  @Test
  void aResubmittedVisitIsTheSameVisitAndOtherContentUnderItsIdIsAConflict() {
    long round = plannedRound("Pekerja anak, Kedungwaru");
    String id = UUID.randomUUID().toString();
    String body = visit(round, KEDUNGWARU, child(uniqueName("Raka"), 12, "L", null, "Bekerja di bengkel.", false));

    HttpResponse<String> first = as("peksos1").putJson("/api/outreach/visits/" + id, body);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    long visitId = json(first).path("id").asLong();
    assertThat(json(first).path("clientId").asText()).isEqualTo(id);
    assertThat(json(first).path("childrenReached").asInt()).isEqualTo(1);

    HttpResponse<String> replay = as("peksos1").putJson("/api/outreach/visits/" + id, body);
    assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
    assertThat(json(replay).path("id").asLong()).isEqualTo(visitId);
    assertThat(visitsOf(round)).hasSize(1);

    HttpResponse<String> other = as("peksos1").putJson("/api/outreach/visits/" + id,
        visit(round, KEDUNGWARU, child("Anak Lain", 9, "P", null, null, false)));
    assertThat(other.statusCode()).as(other.body()).isEqualTo(409);
    assertThat(json(other).path("code").asText()).isEqualTo(OutreachVisits.CLIENT_ID_CONFLICT);
    assertThat(visitsOf(round)).hasSize(1);
    assertThat(visitsOf(round).get(0).path("children").get(0).path("age").asInt()).isEqualTo(12);

    assertThat(json(as("peksos1").get("/api/outreach/rounds?status=OPEN")))
        .extracting(r -> r.path("id").asLong()).contains(round);
    assertThat(json(as("peksos2").get("/api/outreach/rounds"))).extracting(r -> r.path("id").asLong())
        .doesNotContain(round);
  }

  @Test
  void theTeamIsChosenFromTheSupervisorsOwnUnits() {
    JsonNode options = json(as("pengawas").get("/api/outreach/team-options"));
    assertThat(options).extracting(o -> o.path("userId").asText()).contains("peksos1", "petugas", "pengawas")
        .doesNotContain("peksos3", "pengawas2", "rsud");
    assertThat(options).filteredOn(o -> o.path("userId").asText().equals("peksos1")).singleElement()
        .satisfies(o -> assertThat(o.path("role").asText()).isEqualTo("Pekerja sosial"));
    assertThat(as("peksos1").get("/api/outreach/team-options").statusCode()).isEqualTo(403);
  }

  @Test
  void otherRegionsDoNotSeeTheRoundAndOnlyTheTeamRecords() {
    long round = plannedRound("Anak tidak sekolah, Boyolangu");
    String body = visit(round, BOYOLANGU, "");

    HttpResponse<String> elsewhere = as("pengawas2").get("/api/outreach/rounds/" + round);
    assertThat(elsewhere.statusCode()).isEqualTo(404);
    assertThat(json(elsewhere).path("code").asText()).isEqualTo(OutreachAccess.ROUND_NOT_FOUND);
    assertThat(as("pengawas2").putJson("/api/outreach/visits/" + UUID.randomUUID(), body).statusCode())
        .isEqualTo(404);
    assertThat(json(as("pengawas2").get("/api/outreach/rounds"))).extracting(r -> r.path("id").asLong())
        .doesNotContain(round);

    // peksos2 works in the same unit but is not in the team.
    assertThat(as("peksos2").putJson("/api/outreach/visits/" + UUID.randomUUID(), body).statusCode())
        .isEqualTo(403);
    assertThat(as("peksos2").get("/api/outreach/rounds/" + round).statusCode()).isEqualTo(403);
    assertThat(as("peksos1").postJson("/api/outreach/rounds", "{}").statusCode()).isEqualTo(403);
    assertThat(ApiClient.anonymous(port).get("/api/outreach/rounds").statusCode()).isEqualTo(401);
    // The unit's supervisor may record a visit for the team.
    assertThat(as("pengawas").putJson("/api/outreach/visits/" + UUID.randomUUID(), body).statusCode())
        .isEqualTo(201);
    assertThat(visitsOf(round)).hasSize(1);
  }

  @Test
  void invalidVisitsAndRoundsAreExplainedAndNothingIsStored() {
    long round = plannedRound("Validasi");
    String id = UUID.randomUUID().toString();
    HttpResponse<String> invalid = as("peksos1").putJson("/api/outreach/visits/" + id, """
        {"roundId":%d,"visitDate":"kemarin","villageCode":"3503012001",
         "children":[{"name":"","age":19,"sex":"X","nik":"123","actionNeeded":true}]}""".formatted(round));
    assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
    assertThat(json(invalid).path("errors")).extracting(e -> e.path("field").asText()).contains("visitDate",
        "villageCode", "children[0].name", "children[0].age", "children[0].sex", "children[0].nik",
        "children[0].findings");
    assertThat(visitsOf(round)).isEmpty();
    assertThat(as("peksos1").putJson("/api/outreach/visits/not-a-uuid", visit(round, KEDUNGWARU, ""))
        .statusCode()).isEqualTo(400);

    // Nothing was stored under the id: the corrected visit is new.
    assertThat(as("peksos1").putJson("/api/outreach/visits/" + id, visit(round, KEDUNGWARU, "")).statusCode())
        .isEqualTo(201);

    HttpResponse<String> badRound = as("pengawas").postJson("/api/outreach/rounds", """
        {"title":"","villageCodes":["3503012001"],"periodStart":"%s","periodEnd":"%s",
         "members":["tidak-ada"],"focus":["OTHER"]}""".formatted(TODAY, TODAY.minusDays(1)));
    assertThat(badRound.statusCode()).as(badRound.body()).isEqualTo(400);
    assertThat(json(badRound).path("errors")).extracting(e -> e.path("field").asText()).contains("title",
        "villageCodes[0]", "periodEnd", "members[0]", "focusOther");
  }

  @Test
  void aFindingBecomesOneOutreachComplaintAtTriage() {
    long round = plannedRound("Temuan ke pengaduan");
    String name = uniqueName("Dimas");
    HttpResponse<String> recorded = as("peksos1").putJson("/api/outreach/visits/" + UUID.randomUUID(),
        visit(round, BOYOLANGU, child(name, 13, "L", null, "Bekerja di tambang pasir setiap hari, tidak sekolah.",
            true).replace("}", ",\"category\":\"PEKERJA_ANAK\"}") + ","
            + child(uniqueName("Sari"), 8, "P", null, "Belum punya akta kelahiran.", true) + ","
            + child(uniqueName("Tono"), 10, "L", null, null, false)));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    long visitId = json(recorded).path("id").asLong();

    HttpResponse<String> opened = as("peksos1").postJson("/api/outreach/visits/" + visitId + "/children/0/complaint",
        "{}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    long caseId = json(opened).path("caseId").asLong();
    HttpResponse<String> again = as("peksos1").postJson("/api/outreach/visits/" + visitId + "/children/0/complaint",
        "{}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(json(again).path("caseId").asLong()).isEqualTo(caseId);

    JsonNode theCase = json(as("pengawas").get("/api/cases/" + caseId));
    assertThat(theCase.path("channel").asText()).isEqualTo("OUTREACH");
    assertThat(theCase.path("stage").asText()).isEqualTo("TRIAGE");
    assertThat(theCase.path("primaryCategory").asText()).as("the child's category").isEqualTo("PEKERJA_ANAK");
    assertThat(theCase.path("villageCode").asText()).isEqualTo(BOYOLANGU);
    JsonNode child = json(as("peksos1").get("/api/outreach/visits/" + visitId)).path("children").get(0);
    assertThat(child.path("caseId").asLong()).isEqualTo(caseId);
    assertThat(theCase.path("child").path("personId").asLong()).as("the child's registry record")
        .isEqualTo(child.path("personId").asLong());

    HttpResponse<String> byFocus = as("peksos1").postJson("/api/outreach/visits/" + visitId
        + "/children/1/complaint", "{}");
    assertThat(byFocus.statusCode()).as(byFocus.body()).isEqualTo(201);
    assertThat(json(as("pengawas").get("/api/cases/" + json(byFocus).path("caseId").asLong()))
        .path("primaryCategory").asText()).as("the round's focus NO_BIRTH_CERTIFICATE").isEqualTo("KEPENDUDUKAN");
    HttpResponse<String> noAction = as("peksos1").postJson("/api/outreach/visits/" + visitId
        + "/children/2/complaint", "{}");
    assertThat(noAction.statusCode()).isEqualTo(409);
    assertThat(json(noAction).path("code").asText()).isEqualTo(OutreachVisits.NO_ACTION_NEEDED);
    assertThat(as("peksos1").postJson("/api/outreach/visits/" + visitId + "/children/5/complaint", "{}")
        .statusCode()).isEqualTo(404);
    assertThat(as("peksos2").postJson("/api/outreach/visits/" + visitId + "/children/0/complaint", "{}")
        .statusCode()).isEqualTo(403);
  }

  @Test
  void childrenAreLinkedByNikCreatedWhenNewAndLeftWithCandidatesWhenPossiblyKnown() {
    long round = plannedRound("Akta kelahiran");
    String known = uniqueName("Bagus");
    long registered = -1;
    String nik = null;
    for (int attempt = 0; attempt < 5 && registered < 0; attempt++) {
      nik = "350401" + "1508" + "15" + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10000));
      HttpResponse<String> person = as("pengawas").postJson("/api/persons", """
          {"nik":"%s","name":"%s","sex":"L","birthDate":"2015-08-15","villageCode":"%s","confirmNew":true}
          """.formatted(nik, known, KEDUNGWARU));
      if (person.statusCode() == 201) {
        registered = json(person).path("person").path("id").asLong();
      }
    }
    assertThat(registered).isPositive();
    String twin = uniqueName("Wulan");
    long twinId = json(as("pengawas").postJson("/api/persons", """
        {"name":"%s","sex":"P","birthDate":"2016-01-02","villageCode":"%s","confirmNew":true}
        """.formatted(twin, KEDUNGWARU))).path("person").path("id").asLong();
    String fresh = uniqueName("Joko");

    HttpResponse<String> recorded = as("peksos1").putJson("/api/outreach/visits/" + UUID.randomUUID(),
        visit(round, KEDUNGWARU, child("Bagus", 11, "L", nik, "Belum punya akta kelahiran.", false) + ","
            + child(fresh, 6, "L", null, null, false) + "," + child(twin, 9, "P", null, null, false)));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    JsonNode children = json(recorded).path("children");
    assertThat(children.get(0).path("personId").asLong()).as("NIK match").isEqualTo(registered);
    assertThat(children.get(0).path("nik").asText()).as("masked for caseworkers, as in the registry")
        .isEqualTo(nik.substring(0, 4) + "********" + nik.substring(12));
    assertThat(json(as("pengawas").get("/api/outreach/visits/" + json(recorded).path("id").asLong()))
        .path("children").get(0).path("nik").asText()).isEqualTo(nik);
    assertThat(children.get(1).path("personId").asLong()).as("registered as new").isPositive()
        .isNotIn(registered, twinId);
    assertThat(children.get(2).path("personId").isNull()).as("possibly known: left unlinked").isTrue();
    assertThat(children.get(2).path("candidates")).extracting(c -> c.path("personId").asLong()).contains(twinId);

    long visitId = json(recorded).path("id").asLong();
    HttpResponse<String> linked = as("peksos1").putJson("/api/outreach/visits/" + visitId + "/children/2/person",
        "{\"personId\":" + twinId + "}");
    assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
    assertThat(json(linked).path("children").get(2).path("personId").asLong()).isEqualTo(twinId);

    // The person page lists the visit among the services received.
    assertThat(json(as("peksos1").get("/api/persons/" + twinId)).path("services"))
        .filteredOn(s -> s.path("kind").asText().equals("OUTREACH")).singleElement().satisfies(s -> {
          assertThat(s.path("id").asLong()).isEqualTo(visitId);
          assertThat(s.path("label").asText()).startsWith("Penjangkauan: ditemui di desa/kelurahan ");
          assertThat(s.path("state").asText()).isEqualTo("Ditemui");
        });
    assertThat(json(as("pengawas").get("/api/persons/" + registered)).path("services"))
        .filteredOn(s -> s.path("kind").asText().equals("OUTREACH")).extracting(s -> s.path("id").asLong())
        .containsExactly(visitId);
  }

  @Test
  void afterThePeriodTheSupervisorClosesTheRoundWithASummaryAndNewVisitsAreRefused() {
    long round = plannedRound("Ditutup");
    assertThat(as("peksos1").putJson("/api/outreach/visits/" + UUID.randomUUID(), visit(round, KEDUNGWARU,
        child(uniqueName("Rina"), 7, "P", null, "Tidak sekolah sejak pandemi.", true))).statusCode()).isEqualTo(201);
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey("PJK-" + round).singleResult()
        .getId();
    // The period's end, as the timer job would fire it.
    management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());

    JsonNode tasks = json(as("pengawas").get("/engine-rest/task?processInstanceBusinessKey=PJK-" + round));
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_CloseRound");
    String task = tasks.get(0).path("id").asText();
    JsonNode shown = json(as("pengawas").get("/engine-rest/task/" + task + "/variables"));
    assertThat(shown.path("visitCount").path("value").asInt()).isEqualTo(1);
    assertThat(shown.path("findingsCount").path("value").asInt()).isEqualTo(1);

    assertThat(as("pengawas").postJson("/engine-rest/task/" + task + "/complete", "{\"variables\":{}}")
        .statusCode()).as("summary required").isEqualTo(400);
    HttpResponse<String> done = as("pengawas").postJson("/engine-rest/task/" + task + "/complete",
        "{\"variables\":{\"roundSummary\":{\"value\":\"Satu desa, satu temuan dirujuk.\"}}}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);

    JsonNode closed = json(as("pengawas").get("/api/outreach/rounds/" + round));
    assertThat(closed.path("round").path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("round").path("summary").asText()).isEqualTo("Satu desa, satu temuan dirujuk.");
    assertThat(closed.path("round").path("closedBy").asText()).isEqualTo("pengawas");
    assertThat(closed.path("summary").path("visits").asInt()).isEqualTo(1);
    HttpResponse<String> late = as("peksos1").putJson("/api/outreach/visits/" + UUID.randomUUID(),
        visit(round, KEDUNGWARU, ""));
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(json(late).path("code").asText()).isEqualTo(OutreachVisits.ROUND_CLOSED);
    assertThat(json(as("peksos1").get("/api/outreach/rounds?status=OPEN"))).extracting(r -> r.path("id").asLong())
        .doesNotContain(round);
  }
}
