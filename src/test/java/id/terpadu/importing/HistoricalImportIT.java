package id.terpadu.importing;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.ApiClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The historical import of cases and outreach visits (issue 8) through {@code /api/import/cases} and
 * {@code /api/import/outreach}, on H2 and (-Ppostgres) on PostgreSQL. PostgreSQL is shared with other test classes
 * and runs: case numbers and source ids carry a prefix unique to this run, and assertions count only those.
 */
// Needs its own import settings (no worker): runs in a JVM of its own (docs/adr/0024-integration-test-forks.md).
@Tag("isolated")
@Tag("extended")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "terpadu.import.max-file-size=2MB", "terpadu.import.batch-size=1000", "terpadu.import.worker-enabled=false"})
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoricalImportIT {

  static final String CASES = "case_number,received_date,category,risk_level,channel,district_code,village_code,"
      + "child_sex,child_birth_date,status,closed_date,closure_reason\n";
  static final String OUTREACH = "visit_date,village_code,children_reached,activity,source_id\n";
  static final String TULUNGAGUNG = "3504011001";
  static final String TRENGGALEK = "3503012001";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService tasks;

  /** Unique to this run: the prefix of case numbers and source ids. */
  final String run = "H" + UUID.randomUUID().toString().substring(0, 8);

  HttpResponse<String> upload(String kind, String user, String fileName, byte[] content, boolean wait) {
    String boundary = "terpadu-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/import/" + kind
            + (wait ? "?wait=true" : "")))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json, application/problem+json")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .timeout(Duration.ofMinutes(5))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("upload failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  JsonNode imported(String kind, String user, String fileName, String content) {
    HttpResponse<String> response = upload(kind, user, fileName, content.getBytes(StandardCharsets.UTF_8), true);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode job = json(response);
    assertThat(job.path("status").asText()).as(response.body()).isEqualTo("DONE");
    assertThat(job.path("kind").asText()).isEqualTo(kind);
    return job;
  }

  ApiClient as(String user) {
    return ApiClient.basic(port, user, "demo");
  }

  Map<String, Object> storedCase(String sourceNumber) {
    return jdbc.queryForMap("SELECT * FROM child_case WHERE source_number = ?", sourceNumber);
  }

  static List<Long> errorLines(JsonNode job) {
    List<Long> lines = new ArrayList<>();
    job.path("errors").forEach(e -> lines.add(e.path("line").asLong()));
    return lines;
  }

  static String error(JsonNode job, long line) {
    for (JsonNode e : job.path("errors")) {
      if (e.path("line").asLong() == line) {
        return e.path("message").asText();
      }
    }
    throw new AssertionError("No error on line " + line + " in " + job);
  }

  @Test
  void casesBecomeHistoricalCasesOfTheirRegencyAndAReimportSkipsThem() {
    String n = run + "/";
    String file = CASES
        + n + "1,2015-03-02,ABH,HIGH,WALK_IN,350401," + TULUNGAGUNG + ",L,2005-01-01,CLOSED,2015-06-01,GOALS_MET\n"
        + n + "2,2015-04-01,Kekerasan Fisik,,,350401,,,,OPEN,,\n"
        + n + "1,2015-05-01,ABH,,,," + TULUNGAGUNG + ",,,,,\n" // the same number again in this file
        + n + "3,2015-13-01,ABH,,,," + TULUNGAGUNG + ",,,,,\n" // no such date
        + n + "4,2015-05-01,Pencurian,,,," + TULUNGAGUNG + ",,,,,\n" // no such category
        + n + "5,2015-05-01,ABH,,,," + TRENGGALEK + ",,,,,\n" // outside the supervisor's scope
        + n + "6,2015-05-01,ABH,,,,3504019999,,,,,\n"; // no such village
    JsonNode job = imported("cases", "pengawas", "kasus-" + run + ".csv", file);

    assertThat(List.of(job.path("total").asLong(), job.path("imported").asLong(), job.path("skipped").asLong(),
        job.path("rejected").asLong())).containsExactly(7L, 2L, 0L, 5L);
    assertThat(errorLines(job)).containsExactly(4L, 5L, 6L, 7L, 8L);
    assertThat(error(job, 4)).isEqualTo("Nomor kasus " + n + "1 sudah dipakai baris 2 dalam berkas ini.");
    assertThat(error(job, 5)).contains("received_date", "yyyy-MM-dd");
    assertThat(error(job, 6)).contains("Kategori kasus tidak dikenal");
    assertThat(error(job, 7)).isEqualTo("Wilayah " + TRENGGALEK + " di luar wilayah kerja Anda.");
    assertThat(error(job, 8)).contains("3504019999", "tidak ada dalam data wilayah");

    Map<String, Object> closed = storedCase(n + "1");
    assertThat((String) closed.get("CASE_NUMBER")).startsWith("ULT-3504-2015-");
    assertThat(closed.get("HISTORICAL")).isEqualTo(true);
    assertThat(closed.get("STATUS")).isEqualTo("CLOSED");
    assertThat(closed.get("STAGE")).isNull();
    assertThat(closed.get("PROCESS_INSTANCE_ID")).isNull();
    assertThat(closed.get("CHILD_ID")).isNull();
    assertThat(closed.get("REGENCY_CODE")).isEqualTo("3504");
    assertThat(closed.get("VILLAGE_CODE")).isEqualTo(TULUNGAGUNG);
    assertThat(closed.get("RISK_LEVEL")).isEqualTo("HIGH");
    assertThat(closed.get("CLOSURE_REASON")).isEqualTo("GOALS_MET");
    assertThat(closed.get("IMPORT_JOB_ID")).isEqualTo(job.path("jobId").asText());
    // Local midnight in the unit's zone (WIB, UTC+7).
    assertThat(instant(closed.get("RECEIVED_AT"))).isEqualTo(Instant.parse("2015-03-01T17:00:00Z"));
    assertThat(instant(closed.get("CLOSED_AT"))).isEqualTo(Instant.parse("2015-05-31T17:00:00Z"));
    assertThat(jdbc.queryForList("SELECT category_code FROM case_category WHERE case_id = ?", String.class,
        closed.get("ID"))).containsExactly("ABH");
    Map<String, Object> open = storedCase(n + "2");
    assertThat(open.get("STATUS")).isEqualTo("OPEN");
    assertThat(open.get("PRIMARY_CATEGORY")).isEqualTo("KEKERASAN_FISIK");
    assertThat(open.get("CHANNEL")).isEqualTo("OTHER");
    assertThat(open.get("DISTRICT_CODE")).isEqualTo("350401");
    assertThat(open.get("VILLAGE_CODE")).isNull();
    assertThat(open.get("PROCESS_INSTANCE_ID")).isNull();

    // The case list and the case file show them as historical.
    String caseNumber = (String) closed.get("CASE_NUMBER");
    JsonNode list = json(as("pengawas").get("/api/cases?q=" + caseNumber));
    assertThat(list.path("total").asLong()).isEqualTo(1);
    assertThat(list.path("items").get(0).path("historical").asBoolean()).isTrue();
    JsonNode detail = json(as("pengawas").get("/api/cases/" + closed.get("ID")));
    assertThat(detail.path("historical").asBoolean()).isTrue();
    assertThat(detail.path("sourceCaseNumber").asText()).isEqualTo(n + "1");
    assertThat(detail.path("child").path("sex").asText()).isEqualTo("L");
    assertThat(detail.path("child").path("birthDate").asText()).isEqualTo("2005-01-01");
    assertThat(detail.path("child").path("personId").isNull()).isTrue();
    JsonNode bySource = json(as("pengawas").get("/api/cases?q=" + java.net.URLEncoder.encode(n + "1",
        StandardCharsets.UTF_8)));
    assertThat(bySource.path("items").findValuesAsText("caseNumber")).containsExactly(caseNumber);
    assertThat(json(as("pengawas").get("/api/cases?size=100&status=OPEN")).path("items").findValuesAsText("caseNumber"))
        .doesNotContain(caseNumber);

    // The same file again: nothing imported, the stored cases skipped, the same rows rejected.
    JsonNode again = imported("cases", "pengawas", "kasus-lagi-" + run + ".csv", file);
    assertThat(List.of(again.path("imported").asLong(), again.path("skipped").asLong(),
        again.path("rejected").asLong())).containsExactly(0L, 3L, 4L);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM child_case WHERE source_number LIKE ?", Long.class,
        n + "%")).isEqualTo(2);
  }

  @Test
  void theSameSpreadsheetNumberInTwoRegenciesIsTwoCases() {
    String number = run + "-001/2016";
    JsonNode tulungagung = imported("cases", "admin", "dua-a-" + run + ".csv",
        CASES + number + ",2016-02-01,ABH,,,," + TULUNGAGUNG + ",,,,,\n");
    assertThat(tulungagung.path("imported").asLong()).as(tulungagung.toString()).isEqualTo(1);
    JsonNode trenggalek = imported("cases", "pengawas2", "dua-b-" + run + ".csv",
        CASES + number + ",2016-02-01,ABH,,,350301,,,,,,\n");
    assertThat(trenggalek.path("imported").asLong()).as(trenggalek.toString()).isEqualTo(1);
    assertThat(jdbc.queryForList("SELECT regency_code FROM child_case WHERE source_number = ? ORDER BY regency_code",
        String.class, number)).containsExactly("3503", "3504");
  }

  @Test
  void tenThousandCasesRunAsOneJobAcrossBatches() {
    StringBuilder file = new StringBuilder(CASES);
    for (int i = 0; i < 10_000; i++) {
      file.append(run).append("-big-").append(i).append(",2012-0").append(1 + i % 9).append("-15,")
          .append(i % 2 == 0 ? "ABH" : "Penelantaran").append(",,,350401,,").append(i % 2 == 0 ? "L" : "P")
          .append(",,CLOSED,2013-01-01,GOALS_MET\n");
    }
    file.append(run).append("-big-0,2012-01-15,ABH,,,350401,,,,,,\n"); // line 10,002: the number of line 2
    HttpResponse<String> accepted = upload("cases", "pengawas", "kasus-10000-" + run + ".csv",
        file.toString().getBytes(StandardCharsets.UTF_8), false);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String jobId = json(accepted).path("jobId").asText();
    JsonNode done = json(as("pengawas").get("/api/import/jobs/" + jobId + "?wait=true"));
    assertThat(done.path("status").asText()).isEqualTo("DONE");
    assertThat(List.of(done.path("total").asLong(), done.path("imported").asLong(), done.path("rejected").asLong()))
        .containsExactly(10_001L, 10_000L, 1L);
    assertThat(error(done, 10_002)).contains("sudah dipakai baris sebelumnya");
    // Every case has its own number of the unit and year.
    assertThat(jdbc.queryForObject("SELECT count(DISTINCT case_number) FROM child_case WHERE source_number LIKE ?"
        + " AND case_number LIKE 'ULT-3504-2012-%'", Long.class, run + "-big-%")).isEqualTo(10_000);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM case_category k JOIN child_case c ON c.id = k.case_id"
        + " WHERE c.source_number LIKE ?", Long.class, run + "-big-%")).isEqualTo(10_000);
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("kosong", new byte[0], "FILE_EMPTY"),
        Arguments.of("judul-saja", CASES.getBytes(StandardCharsets.UTF_8), "NO_ROWS"),
        Arguments.of("kolom-kurang", "case_number,category\n1,ABH\n".getBytes(StandardCharsets.UTF_8),
            "COLUMN_MISSING"),
        Arguments.of("kolom-asing", ("case_number,received_date,category,child_name\n1,2016-01-01,ABH,Budi\n")
            .getBytes(StandardCharsets.UTF_8), "COLUMN_UNKNOWN"),
        Arguments.of("bukan-csv", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, '!', 0}, "NOT_CSV"),
        Arguments.of("tanpa-judul", "1,2016-01-01,ABH\n".getBytes(StandardCharsets.UTF_8), "HEADER_MISSING"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void aCaseFileThatCannotBeImportedIs400AndStoresNothing(String name, byte[] content, String code) {
    String fileName = "kasus-salah-" + name + "-" + run + ".csv";
    HttpResponse<String> response = upload("cases", "pengawas", fileName, content, false);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.path("code").asText()).isEqualTo(ImportController.FILE_INVALID);
    assertThat(problem.path("errors").findValuesAsText("code")).contains(code);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM import_job WHERE file_name = ?", Long.class, fileName))
        .isZero();
  }

  @Test
  void anOutreachFileWithoutItsRequiredColumnsIs400() {
    HttpResponse<String> response = upload("outreach", "pengawas", "jangkau-salah-" + run + ".csv",
        "visit_date,activity\n2016-01-01,Sosialisasi\n".getBytes(StandardCharsets.UTF_8), false);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("errors").get(0).path("message").asText())
        .contains("village_code", "children_reached");
  }

  @Test
  void onlySupervisorsAndAdministratorsImportHistory() {
    byte[] cases = (CASES + run + "-akses,2016-01-01,ABH,,,350401,,,,,,\n").getBytes(StandardCharsets.UTF_8);
    byte[] visits = (OUTREACH + "2016-01-01," + TULUNGAGUNG + ",3,,\n").getBytes(StandardCharsets.UTF_8);
    for (String user : List.of("peksos1", "petugas", "kepala", "provinsi", "rsud", "kec1")) {
      HttpResponse<String> kasus = upload("cases", user, "akses-" + run + ".csv", cases, true);
      assertThat(kasus.statusCode()).as(user).isEqualTo(403);
      assertThat(json(kasus).path("code").asText()).isEqualTo("FORBIDDEN");
      assertThat(upload("outreach", user, "akses-" + run + ".csv", visits, true).statusCode()).as(user)
          .isEqualTo(403);
    }
    assertThat(jdbc.queryForObject("SELECT count(*) FROM child_case WHERE source_number = ?", Long.class,
        run + "-akses")).isZero();
    // The other unit's supervisor does not see the job.
    String jobId = imported("cases", "pengawas", "akses-ok-" + run + ".csv", new String(cases, StandardCharsets.UTF_8))
        .path("jobId").asText();
    assertThat(as("pengawas2").get("/api/import/jobs/" + jobId).statusCode()).isEqualTo(404);
    assertThat(as("admin").get("/api/import/jobs/" + jobId).statusCode()).isEqualTo(200);
  }

  @Test
  void outreachVisitsAreImportedOnceWithinTheImportersScope() {
    String s = run + "-v";
    String file = OUTREACH
        + "2016-03-01," + TULUNGAGUNG + ",12,\"Sosialisasi, pencegahan kekerasan\"," + s + "1\n"
        + "2016-04-01," + TULUNGAGUNG + ",0,Kunjungan rumah " + run + ",\n"
        + "2016-04-01," + TULUNGAGUNG + ",0,Kunjungan rumah " + run + ",\n" // the same visit, without source id
        + "2016-05-01," + TULUNGAGUNG + ",4,," + s + "1\n" // the same source id again
        + "2016-05-01," + TRENGGALEK + ",4,," + s + "2\n" // outside the scope
        + "2016-05-01,350401,4,," + s + "3\n" // a district, not a village
        + "2016-02-30," + TULUNGAGUNG + ",4,," + s + "4\n" // no such date
        + "2016-05-01," + TULUNGAGUNG + ",-1,," + s + "5\n"
        + "2016-05-01," + TULUNGAGUNG + ",banyak,," + s + "6\n"
        + "," + TULUNGAGUNG + ",4,," + s + "7\n";
    JsonNode job = imported("outreach", "pengawas", "jangkau-" + run + ".csv", file);
    assertThat(List.of(job.path("total").asLong(), job.path("imported").asLong(), job.path("skipped").asLong(),
        job.path("rejected").asLong())).containsExactly(10L, 2L, 1L, 7L);
    assertThat(errorLines(job)).containsExactly(5L, 6L, 7L, 8L, 9L, 10L, 11L);
    assertThat(error(job, 5)).isEqualTo("source_id ini sudah dipakai baris 2 dalam berkas ini.");
    assertThat(error(job, 6)).contains("di luar wilayah kerja Anda");
    assertThat(error(job, 7)).contains("10 angka");
    assertThat(error(job, 8)).contains("yyyy-MM-dd");
    assertThat(error(job, 9)).contains("children_reached");
    assertThat(error(job, 10)).contains("children_reached");
    assertThat(error(job, 11)).contains("visit_date");

    Map<String, Object> visit = jdbc.queryForMap("SELECT * FROM outreach_visit WHERE source_id = ?", s + "1");
    assertThat(visit.get("HISTORICAL")).isEqualTo(true);
    assertThat(visit.get("REGENCY_CODE")).isEqualTo("3504");
    assertThat(visit.get("DISTRICT_CODE")).isEqualTo("350401");
    assertThat(((Number) visit.get("CHILDREN_REACHED")).intValue()).isEqualTo(12);
    assertThat(visit.get("ACTIVITY")).isEqualTo("Sosialisasi, pencegahan kekerasan");
    assertThat(visit.get("CREATED_BY")).isEqualTo("pengawas");
    assertThat(visit.get("IMPORT_JOB_ID")).isEqualTo(job.path("jobId").asText());
    assertThat(jdbc.queryForObject("SELECT count(*) FROM outreach_visit WHERE import_job_id = ?", Long.class,
        job.path("jobId").asText())).isEqualTo(2);

    JsonNode again = imported("outreach", "pengawas", "jangkau-lagi-" + run + ".csv", file);
    assertThat(List.of(again.path("imported").asLong(), again.path("skipped").asLong(),
        again.path("rejected").asLong())).containsExactly(0L, 4L, 6L);
  }

  @Test
  void anOpenHistoricalCaseIsTakenUpOnceAClosedOneNever() {
    String n = run + "-ambil-";
    imported("cases", "pengawas", "ambil-" + run + ".csv", CASES
        + n + "1,2019-07-01,PENELANTARAN,,,," + TULUNGAGUNG + ",P,2012-01-01,OPEN,,\n"
        + n + "2,2019-07-01,PENELANTARAN,,,," + TULUNGAGUNG + ",,,CLOSED,2019-08-01,\n");
    Object openId = storedCase(n + "1").get("ID");
    Object closedId = storedCase(n + "2").get("ID");
    // The unit finds what waits for it: only the open one, marked as such.
    String waiting = "/api/cases?awaitingTakeUp=true&size=100&q=" + n;
    assertThat(json(as("pengawas").get(waiting)).path("items")).singleElement().satisfies(c -> {
      assertThat(c.path("id").asText()).isEqualTo(String.valueOf(openId));
      assertThat(c.path("awaitingTakeUp").asBoolean()).isTrue();
    });
    assertThat(json(as("pengawas").get("/api/cases?size=100&q=" + n + "2")).path("items")).singleElement()
        .satisfies(c -> assertThat(c.path("awaitingTakeUp").asBoolean()).isFalse());
    assertThat(json(as("pengawas2").get(waiting)).path("items")).isEmpty();

    assertThat(as("peksos1").postJson("/api/cases/" + openId + "/take-up", "{}").statusCode()).isEqualTo(403);
    assertThat(as("pengawas2").postJson("/api/cases/" + openId + "/take-up", "{}").statusCode()).isEqualTo(404);
    HttpResponse<String> taken = as("pengawas").postJson("/api/cases/" + openId + "/take-up", "{}");
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    String instance = json(taken).path("processInstanceId").asText();
    assertThat(instance).isNotBlank();
    Map<String, Object> stored = storedCase(n + "1");
    assertThat(stored.get("PROCESS_INSTANCE_ID")).isEqualTo(instance);
    assertThat(stored.get("STAGE")).isEqualTo("TRIAGE");
    assertThat(stored.get("HISTORICAL")).isEqualTo(true);
    assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_TriageComplaint")
        .count()).isEqualTo(1);
    // Its triage is due from the take-up, not from the receipt years ago.
    assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getDueDate())
        .isAfter(java.util.Date.from(Instant.now().minus(Duration.ofMinutes(1))));

    HttpResponse<String> twice = as("pengawas").postJson("/api/cases/" + openId + "/take-up", "{}");
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(json(twice).path("code").asText()).isEqualTo("CASE_NOT_TAKEABLE");
    assertThat(as("pengawas").postJson("/api/cases/" + closedId + "/take-up", "{}").statusCode()).isEqualTo(409);
    assertThat(json(as("pengawas").get(waiting)).path("items")).isEmpty();
  }

  /**
   * Imported and live cases mixed in the reports, in Kabupaten Kediri (3506), 1996–1998, which no other test uses
   * (the class removes its rows there first: PostgreSQL keeps them between runs). 1996: an imported ABH case
   * received on 20 December and closed on 10 January 1997 (21 days). 1997: an imported case received on 1 January
   * (local midnight WIB, still 1996 in UTC), an imported case closed at triage (not a termination), a live ABH case
   * closed after 30 days. 1998: an imported case closed after 4 days without a reason. Outreach: imported visits
   * and one live visit.
   */
  @Test
  void reportsCountImportedAndLiveCasesAndVisitsTogether() {
    String kediri = "3506012001";
    String kediri2 = "3506012002";
    String otherDistrict = "3506022001";
    jdbc.update("DELETE FROM case_category WHERE case_id IN (SELECT id FROM child_case WHERE regency_code = '3506'"
        + " AND (source_number LIKE 'LAP-%' OR case_number LIKE 'UJI-HIST-%'))");
    jdbc.update("DELETE FROM child_case WHERE regency_code = '3506' AND (source_number LIKE 'LAP-%'"
        + " OR case_number LIKE 'UJI-HIST-%')");
    jdbc.update("DELETE FROM outreach_visit WHERE regency_code = '3506' AND source_id LIKE 'LAP-%'");
    JsonNode cases = imported("cases", "admin", "laporan-" + run + ".csv", CASES
        + "LAP-1,1996-12-20,ABH,,,," + kediri + ",,,CLOSED,1997-01-10,GOALS_MET\n"
        + "LAP-2,1997-01-01,Kekerasan Fisik,,,," + kediri2 + ",,,OPEN,,\n"
        + "LAP-3,1997-06-01,ABH,,,350602,,,,CLOSED,1997-06-11,NOT_A_CASE\n"
        + "LAP-4,1998-03-01,abh,,,," + kediri + ",,,,1998-03-05,\n");
    assertThat(cases.path("imported").asLong()).as(cases.toString()).isEqualTo(4);
    // A live case (no import) as the case process leaves it: received 1 March 1997 08:00 WIB, closed 30 days later.
    jdbc.update("INSERT INTO child_case (id, case_number, regency_code, district_code, village_code, status,"
        + " primary_category, channel, received_at, description, reporter_anonymous, closed_at, closure_reason,"
        + " historical, created_by, version, conference_agenda) VALUES (" + nextCaseId() + ","
        + " 'UJI-HIST-1', '3506', '350601', ?, 'CLOSED', 'ABH', 'WALK_IN', ?, 'Uraian uji.', TRUE, ?, 'GOALS_MET',"
        + " FALSE, 'uji', 0, FALSE)", kediri, Timestamp.from(Instant.parse("1997-03-01T01:00:00Z")),
        Timestamp.from(Instant.parse("1997-03-31T01:00:00Z")));
    jdbc.update("INSERT INTO case_category (case_id, category_code) SELECT id, 'ABH' FROM child_case"
        + " WHERE case_number = 'UJI-HIST-1'");
    JsonNode visits = imported("outreach", "admin", "laporan-jangkau-" + run + ".csv", OUTREACH
        + "1996-05-01," + kediri + ",10,Sosialisasi,LAP-V1\n"
        + "1996-08-01," + otherDistrict + ",5,Sosialisasi,LAP-V2\n"
        + "1997-02-01," + kediri + ",7,,LAP-V3\n"
        + "1999-02-01," + kediri + ",99,,LAP-V4\n");
    assertThat(visits.path("imported").asLong()).as(visits.toString()).isEqualTo(4);
    jdbc.update("INSERT INTO outreach_visit (id, visit_date, regency_code, district_code, village_code,"
        + " children_reached, source_id, historical, created_by, created_at, version) VALUES ("
        + nextVisitId() + ", ?, '3506', '350601', ?, 3, 'LAP-LIVE-1', FALSE, 'uji', ?, 0)",
        LocalDate.of(1997, 3, 1), kediri2, Timestamp.from(Instant.now()));

    // The live case and the visit were written around the application: the report tallies are recomputed.
    HttpResponse<String> rebuilt = as("admin").postJson("/api/admin/report-tallies/rebuild", "");
    assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);

    String period = "fromYear=1996&toYear=1998&regencyCode=3506";
    JsonNode responses = report("case-responses", period);
    assertThat(responses.path("years")).extracting(JsonNode::asInt).containsExactly(1996, 1997, 1998);
    assertThat(counts(responses, "ABH")).containsExactly(1L, 2L, 1L);
    assertThat(counts(responses, "KEKERASAN_FISIK")).containsExactly(0L, 1L, 0L);
    assertThat(counts(responses, "ADOPSI")).containsExactly(0L, 0L, 0L);
    assertThat(values(responses.path("totals"))).containsExactly(1L, 3L, 1L);
    assertThat(responses.path("total").asLong()).isEqualTo(5);
    // The case closed in 1997 counts in 1996, its year of receipt, also for 1996 alone.
    assertThat(values(report("case-responses", "fromYear=1996&toYear=1996&regencyCode=3506").path("totals")))
        .containsExactly(1L);

    JsonNode timeliness = report("timeliness", period);
    JsonNode termination = measure(timeliness, "TERMINATION");
    assertThat(termination.path("cases").asLong()).isEqualTo(3); // 4, 21 and 30 days; not the triage closure
    assertThat(termination.path("medianDays").asDouble()).isEqualTo(21.0);
    assertThat(termination.path("p90Days").asDouble()).isCloseTo(28.2, org.assertj.core.api.Assertions.within(0.051));
    assertThat(measure(timeliness, "TRIAGE").path("cases").asLong()).isZero();

    JsonNode outreach = report("outreach", period);
    JsonNode rows = outreach.path("rows");
    assertThat(rows).hasSize(3);
    assertVisits(rows.get(0), 1996, 2, 2, 15);
    assertVisits(rows.get(1), 1997, 2, 1, 10);
    assertVisits(rows.get(2), 1998, 0, 0, 0);
  }

  JsonNode report(String name, String query) {
    HttpResponse<String> response = as("admin").get("/api/reports/" + name + "?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  String nextCaseId() {
    return postgres() ? "nextval('child_case_seq')" : "NEXT VALUE FOR child_case_seq";
  }

  String nextVisitId() {
    return postgres() ? "nextval('outreach_visit_seq')" : "NEXT VALUE FOR outreach_visit_seq";
  }

  boolean postgres() {
    return Boolean.TRUE.equals(jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>) c ->
        "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())));
  }

  static List<Long> counts(JsonNode report, String category) {
    for (JsonNode row : report.path("rows")) {
      if (row.path("category").asText().equals(category)) {
        return values(row.path("counts"));
      }
    }
    throw new AssertionError("No row " + category + " in " + report);
  }

  static List<Long> values(JsonNode object) {
    List<Long> values = new ArrayList<>();
    object.forEach(v -> values.add(v.asLong()));
    return values;
  }

  static JsonNode measure(JsonNode report, String measure) {
    for (JsonNode row : report.path("durations")) {
      if (row.path("measure").asText().equals(measure)) {
        return row;
      }
    }
    throw new AssertionError("No measure " + measure + " in " + report);
  }

  static void assertVisits(JsonNode row, int year, long villages, long districts, long children) {
    assertThat(row.path("year").asInt()).isEqualTo(year);
    assertThat(List.of(row.path("villages").asLong(), row.path("districts").asLong(), row.path("children").asLong()))
        .as("visits " + year).containsExactly(villages, districts, children);
  }

  static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    throw new AssertionError("Not a time stamp: " + value + " (" + (value == null ? null : value.getClass()) + ")");
  }

  static LocalDate date(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
