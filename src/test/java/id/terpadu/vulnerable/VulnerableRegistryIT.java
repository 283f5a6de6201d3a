package id.terpadu.vulnerable;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.person.Person;
import id.terpadu.person.PersonRepository;
import id.terpadu.support.ApiClient;
import id.terpadu.support.EngineTasks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The vulnerable registry through its API as the demo users: Tulungagung (3504) registers three women and
 * children, Trenggalek (3503) one; scope (404) and roles (403); the DTKS matching file through the import jobs;
 * status lists; handover exports (CSV and XLSX parsed back) with their purpose and log; the basic-needs assessment
 * recorded by the unit and verified by the province without identity; the per-regency summary. The database may
 * be shared with other test classes: every assertion looks at this run's rows only (or at differences).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VulnerableRegistryIT {

  static final String TULUNGAGUNG_VILLAGE = "3504011001";
  static final String TRENGGALEK_VILLAGE = "3503012001";

  @LocalServerPort int port;
  @Autowired PersonRepository persons;
  @Autowired JdbcTemplate jdbc;

  final Random random = new Random();
  final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  final LocalDate today = LocalDate.now();

  Person girl;
  Person mother;
  Person homeWorker;
  Person trenggalek;
  Person unregistered;
  Person boy;
  long girlEntry;
  long motherEntry;
  long homeWorkerEntry;
  long trenggalekEntry;
  JsonNode summaryBefore;
  JsonNode provinceSummaryBefore;

  @BeforeAll
  void registerTheRunsPeople() {
    summaryBefore = json(as("pengawas").get("/api/vulnerable/summary"));
    provinceSummaryBefore = json(as("provinsi").get("/api/vulnerable/summary"));
    girl = persons.save(new Person("Putri Yatim " + letters(), "P", today.minusYears(10), nik("3504"),
        TULUNGAGUNG_VILLAGE));
    mother = persons.save(new Person("=1+2 Rini " + letters(), "P", today.minusYears(35), nik("3504"),
        TULUNGAGUNG_VILLAGE));
    homeWorker = persons.save(new Person("Sulastri " + letters(), "P", today.minusYears(40), null,
        TULUNGAGUNG_VILLAGE));
    trenggalek = persons.save(new Person("Wulan " + letters(), "P", today.minusYears(30), nik("3503"),
        TRENGGALEK_VILLAGE));
    unregistered = persons.save(new Person("Tanti " + letters(), "P", today.minusYears(30), nik("3504"),
        TULUNGAGUNG_VILLAGE));
    boy = persons.save(new Person("Bagus " + letters(), "L", today.minusYears(30), nik("3504"),
        TULUNGAGUNG_VILLAGE));
    girlEntry = register("petugas", girl.getId(),
        "[{\"code\":\"ORPHAN\",\"orphanType\":\"BOTH\",\"cause\":\"COVID-19\"},{\"code\":\"VULNERABLE_CHILD\"}]");
    motherEntry = register("pengawas", mother.getId(), "[{\"code\":\"FEMALE_HEAD\"},{\"code\":\"WOMAN_HIV\"}]");
    homeWorkerEntry = register("peksos1", homeWorker.getId(), "[{\"code\":\"HOME_WORKER\"}]");
    trenggalekEntry = register("petugas2", trenggalek.getId(), "[{\"code\":\"FEMALE_HEAD\"}]");
  }

  @Test
  @Order(1)
  void registeringStartsTheAssessmentAndChecksTheCategories() {
    JsonNode entry = json(as("pengawas").get("/api/vulnerable/entries/" + girlEntry)).path("entry");
    assertThat(entry.path("personId").asLong()).isEqualTo(girl.getId());
    assertThat(entry.path("regencyCode").asText()).isEqualTo("3504");
    assertThat(entry.path("categories").findValuesAsText("code")).containsExactly("ORPHAN", "VULNERABLE_CHILD");
    assertThat(entry.path("categories").get(0).path("cause").asText()).isEqualTo("COVID-19");
    assertThat(entry.path("assessmentStatus").asText()).isEqualTo("RECORDING");
    assertThat(entry.path("dtksStatus").isNull()).isTrue();
    // the person page lists the entry among the services received
    JsonNode services = json(as("peksos1").get("/api/persons/" + girl.getId())).path("services");
    assertThat(services).filteredOn(s -> s.path("kind").asText().equals("VULNERABLE")).singleElement()
        .satisfies(s -> {
          assertThat(s.path("id").asLong()).isEqualTo(girlEntry);
          assertThat(s.path("label").asText()).startsWith("Registri rentan: ").contains(", ");
          assertThat(s.path("state").asText()).isEqualTo("DTKS belum dipadankan; asesmen: Sedang dicatat");
        });
    // the entry lies where its person lives: a corrected address moves it
    long version = json(as("pengawas").get("/api/persons/" + homeWorker.getId())).path("person").path("version")
        .asLong();
    HttpResponse<String> moved = as("pengawas").putJson("/api/persons/" + homeWorker.getId(), """
        {"name":"%s","sex":"P","birthDate":"%s","villageCode":"3504022001","version":%d}"""
        .formatted(homeWorker.getName(), homeWorker.getBirthDate(), version));
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(entry(homeWorkerEntry).path("districtCode").asText()).isEqualTo("350402");
    assertThat(entry(homeWorkerEntry).path("villageCode").asText()).isEqualTo("3504022001");
    // a person without a NIK cannot be matched with DTKS
    assertThat(json(as("pengawas").get("/api/vulnerable/entries/" + homeWorkerEntry)).path("entry")
        .path("dtksStatus").asText()).isEqualTo("NOT_IDENTIFIABLE");
    // the assessment waits for Tulungagung's caseworkers, under an id, not a name
    JsonNode tasks = json(as("peksos1").get("/engine-rest/task?processInstanceBusinessKey=RENTAN-" + girlEntry));
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_RecordBasicNeeds");
    assertThat(json(as("peksos3").get("/engine-rest/task?processInstanceBusinessKey=RENTAN-" + girlEntry))).isEmpty();

    HttpResponse<String> twice = as("petugas").postJson("/api/vulnerable/entries",
        "{\"personId\":" + girl.getId() + ",\"categories\":[{\"code\":\"VULNERABLE_CHILD\"}]}");
    assertThat(twice.statusCode()).isEqualTo(409);
    HttpResponse<String> invalid = as("petugas").postJson("/api/vulnerable/entries", "{\"personId\":" + boy.getId()
        + ",\"categories\":[{\"code\":\"ORPHAN\"},{\"code\":\"WOMAN_DISABILITY\"},{\"code\":\"NO_SUCH\"}]}");
    assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
    assertThat(json(invalid).path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
        "categories[0].code", "categories[0].orphanType", "categories[0].cause", "categories[1].code",
        "categories[2].code");
    HttpResponse<String> none = as("petugas").postJson("/api/vulnerable/entries",
        "{\"personId\":" + boy.getId() + ",\"categories\":[]}");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(count("SELECT count(*) FROM vulnerable_entry WHERE person_id = ?", boy.getId())).isZero();
  }

  @Test
  @Order(2)
  void entriesAreReadInScopeOnlyAndAgenciesAndTheProvinceAreRefused() {
    JsonNode full = json(as("pengawas").get("/api/vulnerable/entries/" + motherEntry)).path("entry");
    assertThat(full.path("nik").asText()).isEqualTo(mother.getNik());
    JsonNode masked = json(as("peksos1").get("/api/vulnerable/entries/" + motherEntry)).path("entry");
    assertThat(masked.path("nik").asText()).isEqualTo(mother.getNik().substring(0, 4) + "********"
        + mother.getNik().substring(12));
    for (String outsider : List.of("pengawas2", "petugas2", "peksos3")) {
      HttpResponse<String> read = as(outsider).get("/api/vulnerable/entries/" + motherEntry);
      assertThat(read.statusCode()).as(outsider).isEqualTo(404);
      assertThat(read.body()).doesNotContain("Rini");
      assertThat(as(outsider).putJson("/api/vulnerable/entries/" + motherEntry,
          "{\"categories\":[{\"code\":\"FEMALE_HEAD\"}]}").statusCode()).isEqualTo(404);
    }
    // Trenggalek cannot register a Tulungagung person either: the person does not exist for them
    assertThat(as("petugas2").postJson("/api/vulnerable/entries", "{\"personId\":" + unregistered.getId()
        + ",\"categories\":[{\"code\":\"FEMALE_HEAD\"}]}").statusCode()).isEqualTo(404);
    for (String refused : List.of("rsud", "dinsos", "provinsi", "admin")) {
      assertThat(as(refused).get("/api/vulnerable/entries/" + motherEntry).statusCode()).as(refused).isEqualTo(403);
      assertThat(as(refused).get("/api/vulnerable/entries").statusCode()).as(refused).isEqualTo(403);
      assertThat(as(refused).postJson("/api/vulnerable/entries", "{\"personId\":" + unregistered.getId()
          + ",\"categories\":[{\"code\":\"FEMALE_HEAD\"}]}").statusCode()).as(refused).isEqualTo(403);
    }
    assertThat(as("rsud").get("/api/vulnerable/summary").statusCode()).isEqualTo(403);
    // updating changes the categories
    HttpResponse<String> updated = as("pengawas").putJson("/api/vulnerable/entries/" + motherEntry,
        "{\"categories\":[{\"code\":\"FEMALE_HEAD\"},{\"code\":\"WOMAN_HIV\"},{\"code\":\"HOME_WORKER\"}]}");
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(json(updated).path("entry").path("categories").findValuesAsText("code"))
        .containsExactly("FEMALE_HEAD", "WOMAN_HIV", "HOME_WORKER");
    // lists: own scope, filters
    assertThat(ids("pengawas", "category=ORPHAN&size=100")).contains(girlEntry).doesNotContain(motherEntry);
    assertThat(ids("pengawas", "ageMax=17&region=" + TULUNGAGUNG_VILLAGE + "&size=100")).contains(girlEntry)
        .doesNotContain(motherEntry, homeWorkerEntry);
    assertThat(ids("pengawas", "ageMin=30&ageMax=39&size=100")).contains(motherEntry)
        .doesNotContain(girlEntry, homeWorkerEntry);
    assertThat(ids("pengawas2", "size=100")).contains(trenggalekEntry).doesNotContain(girlEntry, motherEntry);
    assertThat(as("pengawas").get("/api/vulnerable/entries?dtksStatus=MAYBE&ageMin=x").statusCode()).isEqualTo(400);
    // every read is in the access log, with ids only
    JsonNode log = json(as("admin").get("/api/access-log?person=" + mother.getId() + "&size=200"));
    List<String> outcomes = StreamSupport.stream(log.path("items").spliterator(), false)
        .map(r -> r.path("userId").asText() + ":" + r.path("outcome").asText()).toList();
    assertThat(outcomes).contains("pengawas:ALLOWED", "peksos1:ALLOWED");
    assertThat(log.toString()).doesNotContain("Rini");
  }

  @Test
  @Order(3)
  void theDtksMatchingFileSetsTheStatusAndListsFollowIt() {
    String file = "nik,dtks_status,dtks_period\r\n"
        + girl.getNik() + ",IN_DTKS,2025-06\r\n"
        + mother.getNik() + ",not_in_dtks,2025-06\r\n"
        + unregistered.getNik() + ",IN_DTKS,2025-06\r\n"
        + trenggalek.getNik() + ",IN_DTKS,2025-06\r\n"
        + nik("3504") + ",IN_DTKS,2025-06\r\n"
        + girl.getNik() + ",MAYBE,2025-06\r\n";
    JsonNode job = json(upload("pengawas", "dtks-" + run + ".csv", file));
    assertThat(job.path("kind").asText()).isEqualTo("dtks");
    assertThat(job.path("status").asText()).isEqualTo("DONE");
    assertThat(job.path("imported").asInt()).isEqualTo(2);
    assertThat(job.path("rejected").asInt()).isEqualTo(4);
    List<String> messages = job.path("errors").findValuesAsText("message");
    assertThat(messages).containsExactly(
        DtksImport.NOT_IN_REGISTRY, DtksImport.NIK_NOT_REGISTERED, DtksImport.NIK_NOT_REGISTERED,
        "Kolom dtks_status harus IN_DTKS, NOT_IN_DTKS atau NOT_IDENTIFIABLE.");
    assertThat(job.path("errors").findValuesAsText("line").stream().map(Integer::valueOf).toList())
        .containsExactly(4, 5, 6, 7);
    assertThat(job.toString()).doesNotContain(girl.getNik());
    // the same file again changes nothing
    JsonNode again = json(upload("pengawas", "dtks-lagi-" + run + ".csv", file));
    assertThat(again.path("imported").asInt()).isZero();
    assertThat(again.path("skipped").asInt()).isEqualTo(2);
    // only supervisors and administrators import
    assertThat(upload("peksos1", "dtks-x-" + run + ".csv", file).statusCode()).isEqualTo(403);
    // a bad header: nothing stored
    assertThat(upload("pengawas", "dtks-bad-" + run + ".csv", "nik,in_dtks\r\n" + girl.getNik() + ",1\r\n")
        .statusCode()).isEqualTo(400);

    assertThat(ids("pengawas", "dtksStatus=IN_DTKS&size=100")).contains(girlEntry)
        .doesNotContain(motherEntry, homeWorkerEntry);
    assertThat(ids("pengawas", "dtksStatus=NOT_IN_DTKS&size=100")).contains(motherEntry).doesNotContain(girlEntry);
    assertThat(ids("pengawas", "dtksStatus=NOT_IDENTIFIABLE&size=100")).contains(homeWorkerEntry)
        .doesNotContain(girlEntry, motherEntry);
    assertThat(ids("pengawas2", "dtksStatus=UNMATCHED&size=100")).contains(trenggalekEntry);
    JsonNode girlNow = json(as("pengawas").get("/api/vulnerable/entries/" + girlEntry)).path("entry");
    assertThat(girlNow.path("dtksStatus").asText()).isEqualTo("IN_DTKS");
    assertThat(girlNow.path("dtksPeriod").asText()).isEqualTo("2025-06");
  }

  @Test
  @Order(4)
  void exportsNeedAPurposeAndAreLogged() throws IOException {
    String filters = "region=" + TULUNGAGUNG_VILLAGE + "&ageMin=9";
    HttpResponse<byte[]> noPurpose = export("pengawas", "csv", filters, "{}");
    assertThat(noPurpose.statusCode()).isEqualTo(400);
    assertThat(new String(noPurpose.body(), StandardCharsets.UTF_8)).contains("\"purpose\"");
    assertThat(export("pengawas", "csv", filters, null).statusCode()).isEqualTo(400);
    assertThat(export("pengawas", "pdf", filters, "{\"purpose\":\"Usulan PBI JK\"}").statusCode()).isEqualTo(400);
    for (String refused : List.of("peksos1", "petugas", "provinsi", "rsud", "admin")) {
      assertThat(export(refused, "csv", filters, "{\"purpose\":\"Usulan PBI JK\"}").statusCode()).as(refused)
          .isEqualTo(403);
    }
    long logged = count("SELECT count(*) FROM vulnerable_export WHERE purpose LIKE ?", "%" + run + "%");
    assertThat(logged).isZero();

    HttpResponse<byte[]> csv = export("pengawas", "csv", filters,
        "{\"purpose\":\"Usulan PBI JK " + run + "\"}");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFNo,ID entri,Nama,NIK");
    List<String> lines = text.lines().toList();
    String motherLine = lines.stream().filter(l -> l.contains(mother.getNik())).findFirst().orElseThrow();
    assertThat(motherLine).contains(",'=1+2 Rini ").contains("Perempuan kepala keluarga");
    assertThat(lines.stream().filter(l -> l.contains(girl.getNik())).findFirst().orElseThrow())
        .contains("COVID-19").contains("Terdaftar di DTKS");
    assertThat(text).doesNotContain(trenggalek.getNik());
    long csvLogId = Long.parseLong(csv.headers().firstValue("X-Export-Log-Id").orElseThrow());

    HttpResponse<byte[]> xlsx = export("kepala", "xlsx", "category=FEMALE_HEAD",
        "{\"purpose\":\"Bantuan donor " + run + "\"}");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    List<List<String>> sheet = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()));
        var rows = workbook.getFirstSheet().openStream()) {
      rows.forEach(r -> sheet.add(cells(r)));
    }
    assertThat(sheet.get(0)).startsWith("No", "ID entri", "Nama", "NIK");
    List<String> motherRow = sheet.stream().filter(r -> r.contains(mother.getNik())).findFirst().orElseThrow();
    assertThat(motherRow.get(2)).isEqualTo(mother.getName());
    assertThat(sheet.stream().anyMatch(r -> r.contains(girl.getNik()))).isFalse();
    long xlsxLogId = Long.parseLong(xlsx.headers().firstValue("X-Export-Log-Id").orElseThrow());

    JsonNode log = json(as("pengawas").get("/api/vulnerable/exports?size=100"));
    JsonNode csvRow = find(log, csvLogId);
    assertThat(csvRow.path("exportedBy").asText()).isEqualTo("pengawas");
    assertThat(csvRow.path("format").asText()).isEqualTo("csv");
    assertThat(csvRow.path("purpose").asText()).isEqualTo("Usulan PBI JK " + run);
    assertThat(csvRow.path("filters").asText()).contains("region=" + TULUNGAGUNG_VILLAGE).contains("ageMin=9");
    assertThat(csvRow.path("rowCount").asInt()).isEqualTo(lines.size() - 1);
    assertThat(find(log, xlsxLogId).path("rowCount").asInt()).isEqualTo(sheet.size() - 1);
    assertThat(find(json(as("admin").get("/api/vulnerable/exports?size=100")), csvLogId).isMissingNode()).isFalse();
    assertThat(find(json(as("pengawas2").get("/api/vulnerable/exports?size=100")), csvLogId).isMissingNode())
        .isTrue();
    assertThat(as("peksos1").get("/api/vulnerable/exports").statusCode()).isEqualTo(403);
  }

  @Test
  @Order(5)
  void theUnitRecordsTheAssessmentAndTheProvinceVerifiesWithoutIdentity() {
    ApiClient caseworker = as("peksos1");
    String instance = json(caseworker.get("/engine-rest/task?processInstanceBusinessKey=RENTAN-" + girlEntry))
        .get(0).path("processInstanceId").asText();
    String recordTask = EngineTasks.task(caseworker, instance, "Task_RecordBasicNeeds").path("id").asText();
    JsonNode recordForm = json(caseworker.get("/engine-rest/task/" + recordTask + "/form-variables"));
    assertThat(recordForm.path("confidentialPersonName").path("value").asText()).isEqualTo(girl.getName());
    // a missing answer is refused by the server, and the task stays open
    HttpResponse<String> incomplete = caseworker.postJson("/engine-rest/task/" + recordTask + "/complete",
        "{\"variables\":{\"needFood\":{\"value\":\"MET\"}}}");
    assertThat(incomplete.statusCode()).isEqualTo(400);
    EngineTasks.work(caseworker, "peksos1", instance, "Task_RecordBasicNeeds", answers());
    assertThat(entry(girlEntry).path("assessmentStatus").asText()).isEqualTo("AWAITING_VERIFICATION");

    ApiClient province = as("provinsi");
    String verifyTask = EngineTasks.task(province, instance, "Task_VerifyBasicNeeds").path("id").asText();
    JsonNode verifyForm = json(province.get("/engine-rest/task/" + verifyTask + "/form-variables"));
    assertThat(verifyForm.path("basicNeedsCategories").path("value").asText()).contains("COVID-19");
    assertThat(verifyForm.path("needHealthInsurance").path("value").asText()).isEqualTo("NOT_MET");
    assertThat(verifyForm.has("confidentialPersonName")).isFalse();
    assertThat(verifyForm.toString()).doesNotContain(girl.getName()).doesNotContain(girl.getNik());
    // the province reads no entry through the API
    assertThat(province.get("/api/vulnerable/entries/" + girlEntry).statusCode()).isEqualTo(403);
    // the unit's supervisors oversee the instance; another unit does not see it
    assertThat(as("pengawas").get("/engine-rest/process-instance/" + instance).statusCode()).isEqualTo(200);
    assertThat(as("pengawas2").get("/engine-rest/process-instance/" + instance).statusCode()).isEqualTo(404);

    EngineTasks.work(province, "provinsi", instance, "Task_VerifyBasicNeeds",
        "{\"basicNeedsDecision\":{\"value\":\"RETURN\"},\"confidentialVerificationComment\":{\"value\":"
            + "\"Periksa kepesertaan PBI.\"}}");
    assertThat(entry(girlEntry).path("assessmentStatus").asText()).isEqualTo("RECORDING");
    String again = EngineTasks.task(caseworker, instance, "Task_RecordBasicNeeds").path("id").asText();
    assertThat(json(caseworker.get("/engine-rest/task/" + again + "/form-variables"))
        .path("confidentialReturnComment").path("value").asText()).isEqualTo("Periksa kepesertaan PBI.");
    // the province reads no recording task (with the name), only its verification task
    assertThat(province.get("/engine-rest/task/" + again + "/form-variables").statusCode()).isIn(403, 404);
    assertThat(json(province.get("/engine-rest/task?processInstanceId=" + instance))).isEmpty();
    EngineTasks.work(caseworker, "peksos1", instance, "Task_RecordBasicNeeds", answers());
    EngineTasks.work(province, "provinsi", instance, "Task_VerifyBasicNeeds",
        "{\"basicNeedsDecision\":{\"value\":\"ACCEPT\"}}");

    JsonNode detail = json(as("pengawas").get("/api/vulnerable/entries/" + girlEntry));
    assertThat(detail.path("entry").path("assessmentStatus").asText()).isEqualTo("VERIFIED");
    assertThat(detail.path("assessments").findValuesAsText("status")).containsExactly("RETURNED", "VERIFIED");
    assertThat(detail.path("assessments").get(0).path("verificationComment").asText())
        .isEqualTo("Periksa kepesertaan PBI.");
    assertThat(detail.path("assessments").get(1).path("verifiedBy").asText()).isEqualTo("provinsi");
    HttpResponse<String> reassess = as("pengawas").postJson("/api/vulnerable/entries/" + motherEntry
        + "/assessments", "{}");
    assertThat(reassess.statusCode()).isEqualTo(409);
  }

  @Test
  @Order(6)
  void theSummaryCountsPerRegency() {
    JsonNode unit = json(as("pengawas").get("/api/vulnerable/summary"));
    assertThat(unit.path("rows")).hasSize(1);
    JsonNode row = unit.path("rows").get(0);
    assertThat(row.path("regencyCode").asText()).isEqualTo("3504");
    JsonNode before = summaryBefore.path("rows").get(0);
    assertThat(delta(row, before, "registered")).isEqualTo(3);
    assertThat(delta(row, before, "assessed")).isEqualTo(1);
    assertThat(delta(row, before, "inDtks")).isEqualTo(1);
    assertThat(delta(row, before, "notInDtks")).isEqualTo(1);
    assertThat(delta(row, before, "unidentified")).isEqualTo(1);

    JsonNode province = json(as("provinsi").get("/api/vulnerable/summary"));
    List<String> regencies = province.path("rows").findValuesAsText("regencyCode");
    assertThat(regencies).contains("3503", "3504").allMatch(code -> code.startsWith("35"));
    assertThat(regencies.size()).isGreaterThan(30);
    long sum = StreamSupport.stream(province.path("rows").spliterator(), false)
        .mapToLong(r -> r.path("registered").asLong()).sum();
    assertThat(province.path("totals").path("registered").asLong()).isEqualTo(sum);
    assertThat(province.path("totals").path("registered").asLong()
        - provinceSummaryBefore.path("totals").path("registered").asLong()).isEqualTo(4);
    assertThat(province.toString()).doesNotContain("Rini").doesNotContain("Putri");
  }

  // --- helpers

  private long register(String user, long personId, String categories) {
    HttpResponse<String> created = as(user).postJson("/api/vulnerable/entries",
        "{\"personId\":" + personId + ",\"categories\":" + categories + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).path("entry").path("id").asLong();
  }

  private JsonNode entry(long id) {
    return json(as("pengawas").get("/api/vulnerable/entries/" + id)).path("entry");
  }

  private List<Long> ids(String user, String query) {
    HttpResponse<String> list = as(user).get("/api/vulnerable/entries?" + query);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return StreamSupport.stream(json(list).path("items").spliterator(), false).map(i -> i.path("id").asLong())
        .toList();
  }

  private static JsonNode find(JsonNode page, long id) {
    return StreamSupport.stream(page.path("items").spliterator(), false).filter(r -> r.path("id").asLong() == id)
        .findFirst().map(JsonNode.class::cast).orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
  }

  private static long delta(JsonNode now, JsonNode before, String field) {
    return now.path(field).asLong() - before.path(field).asLong();
  }

  private static String answers() {
    return "{\"needFood\":{\"value\":\"MET\"},\"needHousing\":{\"value\":\"PARTLY_MET\"},"
        + "\"needHealthInsurance\":{\"value\":\"NOT_MET\"},\"needSchooling\":{\"value\":\"MET\"},"
        + "\"needCivilDocuments\":{\"value\":\"NOT_MET\"},\"needIncome\":{\"value\":\"NOT_APPLICABLE\"},"
        + "\"confidentialBasicNeedsNote\":{\"value\":\"Belum punya BPJS.\"}}";
  }

  private static List<String> cells(Row row) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < row.getCellCount(); c++) {
      cells.add(row.getCellText(c));
    }
    return cells;
  }

  private long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }

  /** A NIK of the regency no other run uses (16 digits; the import checks only the form). */
  private String nik(String regency) {
    return regency + String.format("%012d", Math.floorMod(random.nextLong(), 1_000_000_000_000L));
  }

  private String letters() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private ApiClient as(String user) {
    return ApiClient.basic(port, user, "demo");
  }

  private HttpResponse<byte[]> export(String user, String format, String filters, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/api/vulnerable/export?format=" + format + "&" + filters))
        .header("Authorization", basic(user)).header("Content-Type", "application/json")
        .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<String> upload(String user, String fileName, String content) {
    String boundary = "terpadu-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/api/import/dtks?wait=true"))
        .header("Authorization", basic(user))
        .header("Accept", "application/json, application/problem+json")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .timeout(Duration.ofMinutes(2))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return HttpClient.newHttpClient().send(request, handler);
    } catch (IOException e) {
      throw new AssertionError("request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
