package id.terpadu.casefile;

import static id.terpadu.support.ApiClient.json;
import static id.terpadu.support.EngineTasks.task;
import static id.terpadu.support.EngineTasks.work;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.ApiClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading case files through the API: who sees which case (region scope, role, own cases), what the detail
 * shows to whom, the list's filters and paging, and the timeline. The demo profile's sample complaints (six
 * in Tulungagung 3504, one in Trenggalek 3503) are the background; each test registers what it needs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class CaseReadApiIT {

  static final String TULUNGAGUNG_VILLAGE = "3504011001";

  @LocalServerPort int port;
  @Autowired ChildCaseRepository cases;
  @Autowired TransactionTemplate transactions;

  @Test
  void aSupervisorReadsTheWholeCaseFileOfTheirUnit() {
    Registered registered = register();

    HttpResponse<String> response = as("pengawas").get("/api/cases/" + registered.caseId());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode c = json(response);
    assertThat(c.path("id").asLong()).isEqualTo(registered.caseId());
    assertThat(c.path("caseNumber").asText()).isEqualTo(registered.caseNumber());
    assertThat(c.path("status").asText()).isEqualTo("OPEN");
    assertThat(c.path("stage").asText()).isEqualTo("TRIAGE");
    assertThat(c.path("riskLevel").isNull()).isTrue();
    assertThat(c.path("primaryCategory").asText()).isEqualTo("KEPENDUDUKAN");
    assertThat(c.path("categories")).extracting(cat -> cat.path("code").asText() + "=" + cat.path("label").asText())
        .containsExactly("KEPENDUDUKAN=Kependudukan", "PENDIDIKAN=Pendidikan");
    assertThat(c.path("channel").asText()).isEqualTo("REFERRAL_SCHOOL");
    assertThat(Instant.parse(c.path("receivedAt").asText())).isBefore(Instant.now().plusSeconds(1));
    assertThat(c.path("regencyCode").asText()).isEqualTo("3504");
    assertThat(c.path("regencyName").asText()).isEqualTo("Kabupaten Tulungagung");
    assertThat(c.path("districtCode").asText()).isEqualTo("350401");
    assertThat(c.path("districtName").asText()).isEqualTo("Tulungagung");
    assertThat(c.path("villageCode").asText()).isEqualTo(TULUNGAGUNG_VILLAGE);
    assertThat(c.path("villageName").asText()).isEqualTo("Kedungsoko");
    assertThat(c.path("description").asText()).startsWith("Anak tidak dapat mendaftar ujian");
    assertThat(c.path("reporter").path("anonymous").asBoolean()).isFalse();
    assertThat(c.path("reporter").path("name").asText()).isEqualTo("Ibu Guru Wati");
    assertThat(c.path("reporter").path("phone").asText()).isEqualTo("0812 3456 7890");
    assertThat(c.path("reporter").path("relation").asText()).isEqualTo("guru");
    assertThat(c.path("child").path("name").asText()).isEqualTo("Dimas Pratama");
    assertThat(c.path("child").path("sex").asText()).isEqualTo("L");
    assertThat(c.path("child").path("birthDate").asText()).isEqualTo("2017-03-14");
    assertThat(c.path("child").path("ageYears").asInt()).isBetween(8, 30);
    assertThat(c.path("caseworkerId").isNull()).isTrue();
    assertThat(c.path("triage").isNull()).isTrue();
    assertThat(c.path("duplicateOfCaseNumber").isNull()).isTrue();
    assertThat(c.path("closure").isNull()).isTrue();
    assertThat(c.path("processInstanceId").asText()).isEqualTo(registered.processInstanceId());
    assertThat(c.path("historical").asBoolean()).isFalse();

    assertThat(as("kepala").get("/api/cases/" + registered.caseId()).statusCode()).isEqualTo(200);
    assertThat(as("petugas").get("/api/cases/" + registered.caseId()).statusCode()).isEqualTo(200);
  }

  @Test
  void aCaseOutsideTheCallersRegionDoesNotExistForThem() {
    Registered registered = register();

    for (String user : List.of("pengawas2", "petugas2", "peksos3", "admin")) {
      HttpResponse<String> response = as(user).get("/api/cases/" + registered.caseId());
      assertThat(response.statusCode()).as(user).isEqualTo(404);
      assertThat(json(response).path("code").asText()).isEqualTo("CASE_NOT_FOUND");
      assertThat(response.body()).doesNotContain(registered.caseNumber());
    }
    HttpResponse<String> absent = as("pengawas").get("/api/cases/987654321");
    assertThat(absent.statusCode()).isEqualTo(404);
    assertThat(json(absent).path("code").asText()).isEqualTo("CASE_NOT_FOUND");
    assertThat(as("pengawas2").get("/api/cases/" + registered.caseId() + "/timeline").statusCode())
        .isEqualTo(404);
  }

  @Test
  void partnerAgenciesAndTheProvinceReadNoCaseFiles() {
    Registered registered = register();

    for (String user : List.of("rsud", "provinsi")) {
      HttpResponse<String> detail = as(user).get("/api/cases/" + registered.caseId());
      assertThat(detail.statusCode()).as(user).isEqualTo(403);
      assertThat(json(detail).path("code").asText()).isEqualTo("FORBIDDEN");
      assertThat(as(user).get("/api/cases/" + registered.caseId() + "/timeline").statusCode()).isEqualTo(403);
      HttpResponse<String> list = as(user).get("/api/cases");
      assertThat(list.statusCode()).as(user).isEqualTo(403);
      assertThat(json(list).path("code").asText()).isEqualTo("FORBIDDEN");
    }
  }

  @Test
  void aCaseworkerReadsACaseOnceItIsAssignedToThemWithoutTheReportersContact() {
    Registered registered = register();
    String detailPath = "/api/cases/" + registered.caseId();
    assertThat(as("peksos1").get(detailPath).statusCode()).isEqualTo(403);
    assertThat(json(as("peksos1").get(detailPath)).path("code").asText()).isEqualTo("FORBIDDEN");

    triageAndAssign(registered, "peksos1");

    HttpResponse<String> response = as("peksos1").get(detailPath);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode c = json(response);
    assertThat(c.path("caseworkerId").asText()).isEqualTo("peksos1");
    assertThat(c.path("stage").asText()).isEqualTo("ASSESSMENT");
    assertThat(c.path("riskLevel").asText()).isEqualTo("MEDIUM");
    assertThat(c.path("triage").path("outcome").asText()).isEqualTo("ACCEPTED");
    assertThat(c.path("triage").path("by").asText()).isEqualTo("pengawas");
    assertThat(c.path("triage").path("note").asText()).isEqualTo("Perlu kunjungan rumah minggu ini.");
    assertThat(c.path("reporter").path("name").isNull()).isTrue();
    assertThat(c.path("reporter").path("phone").isNull()).isTrue();
    assertThat(c.path("reporter").path("relation").asText()).isEqualTo("guru");
    assertThat(response.body()).doesNotContain("Ibu Guru Wati", "0812 3456 7890");
    assertThat(c.path("child").path("name").asText()).isEqualTo("Dimas Pratama");

    assertThat(as("peksos2").get(detailPath).statusCode()).isEqualTo(403);
    assertThat(json(as("pengawas").get(detailPath)).path("reporter").path("name").asText())
        .isEqualTo("Ibu Guru Wati");
  }

  @Test
  void aSupervisorListsOnlyTheCasesOfTheirUnit() {
    register();
    long inTulungagung = countWhere(c -> c.getRegencyCode().equals("3504"));
    long inTrenggalek = countWhere(c -> c.getRegencyCode().equals("3503"));

    JsonNode page = list("pengawas", "?size=100");
    assertThat(page.path("total").asLong()).isEqualTo(inTulungagung).isGreaterThanOrEqualTo(7);
    assertThat(page.path("page").asInt()).isZero();
    assertThat(page.path("size").asInt()).isEqualTo(100);
    assertThat(page.path("items")).hasSize((int) Math.min(100, inTulungagung))
        .allSatisfy(item -> assertThat(item.path("regencyCode").asText()).isEqualTo("3504"));
    assertThat(receivedTimes(page)).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(page.path("items")).anySatisfy(item -> {
      assertThat(item.path("childFirstName").asText()).isEqualTo("Dimas");
      assertThat(item.path("caseNumber").asText()).startsWith("ULT-3504-");
      assertThat(item.path("status").asText()).isEqualTo("OPEN");
      assertThat(item.path("stage").asText()).isNotBlank();
      assertThat(item.path("primaryCategory").asText()).isNotBlank();
      assertThat(item.has("caseworkerId")).isTrue();
      assertThat(item.has("riskLevel")).isTrue();
      assertThat(item.has("description")).isFalse();
    });
    // The anonymous demo complaint has a child of unknown name.
    assertThat(page.path("items")).anySatisfy(item -> assertThat(item.path("childFirstName").isNull()).isTrue());

    JsonNode other = list("pengawas2", "?size=100");
    assertThat(other.path("total").asLong()).isEqualTo(inTrenggalek).isPositive();
    assertThat(other.path("items")).allSatisfy(item -> assertThat(item.path("regencyCode").asText())
        .isEqualTo("3503"));
  }

  @Test
  void aCaseworkerListsOnlyTheirOwnCases() {
    Registered mine = register();
    triageAndAssign(mine, "peksos2");
    Registered notMine = register();

    JsonNode page = list("peksos2", "?size=100");

    assertThat(page.path("total").asLong()).isEqualTo(countWhere(c -> "peksos2".equals(c.getCaseworkerId())))
        .isPositive();
    assertThat(page.path("items")).allSatisfy(item -> assertThat(item.path("caseworkerId").asText())
        .isEqualTo("peksos2"));
    assertThat(ids(page)).contains(mine.caseId()).doesNotContain(notMine.caseId());
    assertThat(ids(list("peksos3", "?size=100"))).doesNotContain(mine.caseId(), notMine.caseId());
  }

  @Test
  void theListFiltersByStatusStageCategoryAndText() {
    Registered registered = register();
    String number = registered.caseNumber();

    JsonNode byCategory = list("pengawas", "?category=PENDIDIKAN&size=100");
    assertThat(ids(byCategory)).contains(registered.caseId()).allSatisfy(id -> assertThat(
        categoriesOf(id)).contains("PENDIDIKAN"));
    assertThat(byCategory.path("total").asLong())
        .isEqualTo(countWhere(c -> c.getRegencyCode().equals("3504") && c.getCategories().contains("PENDIDIKAN")));

    JsonNode triage = list("pengawas", "?status=OPEN&stage=TRIAGE&size=100");
    assertThat(triage.path("items")).isNotEmpty().allSatisfy(item -> {
      assertThat(item.path("status").asText()).isEqualTo("OPEN");
      assertThat(item.path("stage").asText()).isEqualTo("TRIAGE");
    });
    assertThat(list("pengawas", "?status=CLOSED&size=100").path("items"))
        .allSatisfy(item -> assertThat(item.path("status").asText()).isEqualTo("CLOSED"));

    assertThat(ids(list("pengawas", "?q=" + number.toLowerCase()))).containsExactly(registered.caseId());
    assertThat(ids(list("pengawas", "?q=" + number.substring(4)))).containsExactly(registered.caseId());

    JsonNode byName = list("pengawas", "?q=PRATAMA&size=100");
    assertThat(ids(byName)).contains(registered.caseId());
    assertThat(byName.path("items")).allSatisfy(item -> assertThat(item.path("childFirstName").asText())
        .isEqualTo("Dimas"));
    // Wildcards are searched as typed.
    assertThat(list("pengawas", "?q=%25").path("total").asLong()).isZero();
    assertThat(list("pengawas", "?q=_").path("total").asLong()).isZero();
    // Another unit does not find this case (other tests on a shared database may have moved their own there).
    assertThat(ids(list("pengawas2", "?q=PRATAMA&size=100"))).doesNotContain(registered.caseId());
  }

  @Test
  void theListIsPagedNewestFirst() {
    register();
    register();
    JsonNode all = list("pengawas", "?size=100");
    long total = all.path("total").asLong();

    JsonNode first = list("pengawas", "?page=0&size=2");
    JsonNode second = list("pengawas", "?page=1&size=2");
    JsonNode beyond = list("pengawas", "?page=1000&size=2");

    assertThat(first.path("items")).hasSize(2);
    assertThat(first.path("total").asLong()).isEqualTo(total);
    assertThat(second.path("page").asInt()).isEqualTo(1);
    assertThat(second.path("size").asInt()).isEqualTo(2);
    List<Long> firstTwoPages = new ArrayList<>(ids(first));
    firstTwoPages.addAll(ids(second));
    assertThat(firstTwoPages).doesNotHaveDuplicates().containsExactlyElementsOf(ids(all).subList(0, 4));
    assertThat(beyond.path("items")).isEmpty();
    assertThat(beyond.path("total").asLong()).isEqualTo(total);
    assertThat(list("pengawas", "").path("size").asInt()).isEqualTo(20);
  }

  @Test
  void invalidListParametersAreReportedPerField() {
    HttpResponse<String> response =
        as("pengawas").get("/api/cases?status=ACTIVE&stage=DONE&category=UNKNOWN&page=-1&size=500&q="
            + "x".repeat(101));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = json(response);
    assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(problem.path("errors")).extracting(e -> e.path("field").asText() + ":" + e.path("code").asText())
        .containsExactlyInAnyOrder("status:UNKNOWN_CODE", "stage:UNKNOWN_CODE", "category:UNKNOWN_CODE",
            "page:RANGE", "size:RANGE", "q:LENGTH");
    assertThat(problem.path("errors")).allSatisfy(e -> assertThat(e.path("message").asText()).isNotBlank());
    assertThat(problem.path("errors").get(0).path("message").asText()).contains("Status kasus tidak dikenal");

    JsonNode notNumbers = json(as("pengawas").get("/api/cases?page=first&size=0"));
    assertThat(notNumbers.path("errors")).extracting(e -> e.path("field").asText() + ":" + e.path("code").asText())
        .containsExactlyInAnyOrder("page:FORMAT", "size:RANGE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/cases", "/api/cases/1", "/api/cases/1/timeline"})
  void anonymousCallersAreAskedToAuthenticate(String path) {
    HttpResponse<String> response = ApiClient.anonymous(port).get(path);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).path("code").asText()).isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void theTimelineTellsWhoDidWhatInOrder() {
    Registered registered = register();
    triageAndAssign(registered, "peksos1");

    HttpResponse<String> response = as("pengawas").get("/api/cases/" + registered.caseId() + "/timeline");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<JsonNode> entries = StreamSupport.stream(json(response).spliterator(), false).toList();
    assertThat(entries.stream().map(e -> Instant.parse(e.path("at").asText())).toList()).isSorted();
    assertThat(entries).extracting(e -> e.path("type").asText() + "|" + e.path("title").asText() + "|"
        + e.path("actor").asText()).containsSubsequence(
            "CASE_REGISTERED|Pengaduan dicatat|petugas",
            "TASK_CREATED|Tugas dibuat: Triase pengaduan|system",
            "TASK_ASSIGNED|Tugas diambil: Triase pengaduan|pengawas",
            "TRIAGE_DECIDED|Hasil triase: diterima, risiko sedang|pengawas",
            "TASK_COMPLETED|Tugas diselesaikan: Triase pengaduan|pengawas",
            "TASK_CREATED|Tugas dibuat: Tunjuk pekerja sosial|system",
            "TASK_COMPLETED|Tugas diselesaikan: Tunjuk pekerja sosial|pengawas",
            "TASK_CREATED|Tugas dibuat: Asesmen menyeluruh|system",
            "TASK_ASSIGNED|Tugas ditugaskan: Asesmen menyeluruh|pengawas");
    assertThat(entries).anySatisfy(e -> {
      assertThat(e.path("type").asText()).isEqualTo("PROCESS_STARTED");
      assertThat(e.path("actor").asText()).isEqualTo("petugas");
    });
    assertThat(entries).filteredOn(e -> e.path("type").asText().equals("TRIAGE_DECIDED")).singleElement()
        .satisfies(e -> assertThat(e.path("detail").asText()).isEqualTo("Kategori: Kependudukan, Pendidikan"));
    assertThat(entries).filteredOn(e -> e.path("title").asText().equals("Tugas ditugaskan: Asesmen menyeluruh"))
        .singleElement().satisfies(e -> assertThat(e.path("detail").asText()).isEqualTo("Kepada: peksos1"));
    assertThat(response.body()).doesNotContain("Perlu kunjungan rumah", "Ibu Guru Wati");

    // The caseworker reads the same history, though the engine would not show them the triage task.
    HttpResponse<String> caseworker = as("peksos1").get("/api/cases/" + registered.caseId() + "/timeline");
    assertThat(caseworker.statusCode()).isEqualTo(200);
    assertThat(json(caseworker)).hasSize(entries.size());
  }

  @Test
  void theTimelineOfAComplaintClosedAtTriageEndsWithTheClosure() {
    Registered registered = register();
    work(as("pengawas"), "pengawas", registered.processInstanceId(), "Task_TriageComplaint", """
        {"triageOutcome":{"value":"NOT_A_CASE"},"confidentialReferredTo":{"value":"Puskesmas Kedungwaru"}}""");

    List<String> types = StreamSupport.stream(json(as("kepala").get("/api/cases/" + registered.caseId()
        + "/timeline")).spliterator(), false).map(e -> e.path("type").asText()).toList();
    assertThat(types).containsSubsequence("CASE_REGISTERED", "TRIAGE_DECIDED", "TASK_COMPLETED", "CASE_CLOSED",
        "PROCESS_ENDED");
    assertThat(types.get(types.size() - 1)).isEqualTo("PROCESS_ENDED");

    JsonNode detail = json(as("pengawas").get("/api/cases/" + registered.caseId()));
    assertThat(detail.path("status").asText()).isEqualTo("CLOSED");
    assertThat(detail.path("closure").path("reason").asText()).isEqualTo("NOT_A_CASE");
    assertThat(detail.path("triage").path("referredTo").asText()).isEqualTo("Puskesmas Kedungwaru");
  }

  // --- helpers

  record Registered(long caseId, String caseNumber, String processInstanceId) {}

  private ApiClient as(String user) {
    return ApiClient.basic(port, user, "demo");
  }

  private Registered register() {
    HttpResponse<String> created = as("petugas").postJson("/api/complaints", """
        {"channel":"REFERRAL_SCHOOL","anonymous":false,
         "reporter":{"name":"Ibu Guru Wati","phone":"0812 3456 7890","relation":"guru"},
         "child":{"name":"Dimas Pratama","sex":"L","birthDate":"2017-03-14"},
         "villageCode":"%s",
         "description":"Anak tidak dapat mendaftar ujian karena tidak punya akta kelahiran.",
         "categories":["KEPENDUDUKAN","PENDIDIKAN"]}
        """.formatted(TULUNGAGUNG_VILLAGE));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = json(created);
    return new Registered(body.path("caseId").asLong(), body.path("caseNumber").asText(),
        body.path("processInstanceId").asText());
  }

  /** The supervisor accepts the complaint at medium risk and assigns it to the caseworker. */
  private void triageAndAssign(Registered registered, String caseworker) {
    ApiClient supervisor = as("pengawas");
    work(supervisor, "pengawas", registered.processInstanceId(), "Task_TriageComplaint", """
        {"triageOutcome":{"value":"ACCEPTED"},"riskLevel":{"value":"MEDIUM"},
         "primaryCategory":{"value":"KEPENDUDUKAN"},
         "otherCategories":{"value":"[\\"PENDIDIKAN\\"]","type":"Json"},
         "confidentialTriageNote":{"value":"Perlu kunjungan rumah minggu ini."}}""");
    work(supervisor, "pengawas", registered.processInstanceId(), "Task_AssignCaseworker",
        "{\"caseworkerId\":{\"value\":\"" + caseworker + "\"}}");
    assertThat(task(as(caseworker), registered.processInstanceId(), "Task_ConductAssessment")
        .path("assignee").asText()).isEqualTo(caseworker);
  }

  private JsonNode list(String user, String query) {
    HttpResponse<String> response = as(user).get("/api/cases" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private static List<Long> ids(JsonNode page) {
    return StreamSupport.stream(page.path("items").spliterator(), false).map(i -> i.path("id").asLong()).toList();
  }

  private static List<Instant> receivedTimes(JsonNode page) {
    return StreamSupport.stream(page.path("items").spliterator(), false)
        .map(i -> Instant.parse(i.path("receivedAt").asText())).toList();
  }

  private long countWhere(java.util.function.Predicate<ChildCase> condition) {
    return transactions.execute(status -> cases.findAll().stream().filter(condition).count());
  }

  private Set<String> categoriesOf(long caseId) {
    return transactions.execute(status -> cases.findById(caseId).orElseThrow().getCategories());
  }
}
