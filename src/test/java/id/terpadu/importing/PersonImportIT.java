package id.terpadu.importing;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.access.Caller;
import id.terpadu.access.RegionScope;
import id.terpadu.person.NameMatcher;
import id.terpadu.support.ApiClient;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The person import through {@code /api/import}, on H2 and (-Ppostgres) on PostgreSQL. PostgreSQL is shared with
 * other test classes and runs, so every file here uses NIKs, source ids and names made unique for this run, and
 * assertions count only those.
 */
// Needs its own import settings (no worker): runs in a JVM of its own (docs/adr/0024-integration-test-forks.md).
@Tag("isolated")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "terpadu.import.max-file-size=2MB", "terpadu.import.batch-size=1000", "terpadu.import.worker-enabled=false"})
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonImportIT {

  static final String HEADER = "name,sex,birth_date,village_code,nik,kk,birth_place,phone,disability,source_id\n";
  static final String TULUNGAGUNG = "3504011001";
  static final String TRENGGALEK = "3503012001";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ImportJobs jobs;
  @Autowired ImportRunner runner;

  /** Unique to this run: a prefix for source ids and names, a random series of valid NIKs. */
  final String run = UUID.randomUUID().toString().substring(0, 8);
  final Random random = new Random();
  int nikSerial = 1 + random.nextInt(5000);
  final LocalDate nikBase = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(8000));

  /** A valid NIK of district 350401 for a boy born on the returned date: {nik, birthDate}. */
  String[] boy() {
    LocalDate birth = nikBase.plusDays(nikSerial % 300);
    String nik = String.format("350401%02d%02d%02d%04d", birth.getDayOfMonth(), birth.getMonthValue(),
        birth.getYear() % 100, nikSerial++);
    return new String[] {nik, birth.toString()};
  }

  /** A name of letters only that no other run uses. */
  String uniqueName(String first) {
    StringBuilder letters = new StringBuilder();
    for (char c : (run + Integer.toHexString(random.nextInt())).toCharArray()) {
      letters.append((char) ('a' + (Character.digit(c, 16) % 26)));
    }
    return first + " " + Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
  }

  HttpResponse<String> upload(String user, String fileName, byte[] content, boolean wait) {
    String boundary = "terpadu-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/import/persons"
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

  HttpResponse<String> upload(String user, String fileName, String content, boolean wait) {
    return upload(user, fileName, content.getBytes(StandardCharsets.UTF_8), wait);
  }

  ApiClient as(String user) {
    return ApiClient.basic(port, user, "demo");
  }

  long persons(String column, List<String> values) {
    if (values.isEmpty()) {
      return 0;
    }
    return jdbc.queryForObject("SELECT count(*) FROM person WHERE " + column + " IN ("
        + String.join(",", values.stream().map(v -> "?").toList()) + ")", Long.class, values.toArray());
  }

  long jobsNamed(String fileName) {
    return jdbc.queryForObject("SELECT count(*) FROM import_job WHERE file_name = ?", Long.class, fileName);
  }

  @Test
  void aGoodFileImportsEveryRowAndAReimportChangesNothing() {
    String[] a = boy();
    String[] b = boy();
    String sourceOnly = "run-" + run + "-good-1";
    String plain = uniqueName("Sri");
    // A byte order mark, quoted fields with a comma and a line break, a backslash (escaped in PostgreSQL's COPY),
    // a row identified by source id only, and a row with neither NIK nor source id.
    String file = "\uFEFF" + HEADER
        + "\"Prasetyo, Bagus\"," + "L," + a[1] + "," + TULUNGAGUNG + "," + a[0] + ",3504010101100003,"
        + "\"Tulungagung,\nJawa Timur\",081234567890,,\n"
        + "Dimas Anggara,L," + b[1] + "," + TULUNGAGUNG + "," + b[0] + ",,,,,\n"
        + "Rina Marlina,P,2015-06-01," + TULUNGAGUNG + ",,,,,tunarungu\\wicara," + sourceOnly + "\n"
        + plain + ",P,2016-02-29," + TULUNGAGUNG + ",,,,,,\n";
    HttpResponse<String> first = upload("pengawas", "baik-" + run + ".csv", file, true);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonNode job = json(first);
    assertThat(job.path("status").asText()).isEqualTo("DONE");
    assertThat(job.path("kind").asText()).isEqualTo("persons");
    assertThat(job.path("total").asLong()).isEqualTo(4);
    assertThat(job.path("imported").asLong()).isEqualTo(4);
    assertThat(job.path("skipped").asLong()).isZero();
    assertThat(job.path("rejected").asLong()).isZero();
    assertThat(job.path("errors").isEmpty()).isTrue();

    Map<String, Object> stored = jdbc.queryForMap("SELECT name, name_key, sex, birth_date, birth_place, kk, phone,"
        + " province_code, regency_code, district_code, village_code, created_at FROM person WHERE nik = ?", a[0]);
    assertThat(stored.get("name")).isEqualTo("Prasetyo, Bagus");
    assertThat(stored.get("name_key")).isEqualTo(NameMatcher.key("Prasetyo, Bagus"));
    assertThat(stored.get("birth_place")).isEqualTo("Tulungagung,\nJawa Timur");
    assertThat(stored.get("kk")).isEqualTo("3504010101100003");
    assertThat(stored.get("regency_code")).isEqualTo("3504");
    assertThat(stored.get("district_code")).isEqualTo("350401");
    assertThat(stored.get("village_code")).isEqualTo(TULUNGAGUNG);
    assertThat(stored.get("created_at")).isNotNull();
    assertThat(jdbc.queryForObject("SELECT disability FROM person WHERE source_id = ?", String.class, sourceOnly))
        .isEqualTo("tunarungu\\wicara");
    assertThat(persons("name", List.of(plain))).isEqualTo(1);

    // The same file again (with ';' as separator this time): every row is skipped, nothing changes.
    HttpResponse<String> again = upload("pengawas", "baik-lagi-" + run + ".csv",
        file.replace(",", ";").replace("\"Prasetyo; Bagus\"", "\"Prasetyo, Bagus\"")
            .replace("\"Tulungagung;\nJawa Timur\"", "\"Tulungagung,\nJawa Timur\""), true);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    JsonNode second = json(again);
    assertThat(second.path("imported").asLong()).isZero();
    assertThat(second.path("skipped").asLong()).isEqualTo(4);
    assertThat(persons("nik", List.of(a[0], b[0]))).isEqualTo(2);
    assertThat(persons("source_id", List.of(sourceOnly))).isEqualTo(1);
    assertThat(persons("name", List.of(plain))).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT name FROM person WHERE nik = ?", String.class, a[0]))
        .isEqualTo("Prasetyo, Bagus");
  }

  /**
   * Within one batch the outcome is that of the rows stored one after the other in file order, whichever order the
   * database takes them in (on PostgreSQL: NIK order when no key repeats in the batch, file order when one does).
   */
  @Test
  void rowsOfOneBatchAreDecidedAsIfStoredInFileOrder() {
    String[] n1 = boy();
    String[] n2 = boy();
    String[] n3 = boy();
    // NIKs in descending order, every key once: each row is stored with its own fields.
    JsonNode first = json(upload("pengawas", "urutan-" + run + ".csv", HEADER
        + "Tiga Urut,L," + n3[1] + "," + TULUNGAGUNG + "," + n3[0] + ",,,,,run-" + run + "-n3\n"
        + "Dua Urut,L," + n2[1] + "," + TULUNGAGUNG + "," + n2[0] + ",,,0811,,\n"
        + "Satu Urut,L," + n1[1] + "," + TULUNGAGUNG + "," + n1[0] + ",,,,,run-" + run + "-n1\n", true));
    assertThat(first.path("imported").asLong()).as(first.toString()).isEqualTo(3);
    assertThat(jdbc.queryForMap("SELECT name, source_id FROM person WHERE nik = ?", n3[0]))
        .containsEntry("name", "Tiga Urut").containsEntry("source_id", "run-" + run + "-n3");
    assertThat(jdbc.queryForMap("SELECT name, phone FROM person WHERE nik = ?", n2[0]))
        .containsEntry("name", "Dua Urut").containsEntry("phone", "0811");
    assertThat(jdbc.queryForObject("SELECT name FROM person WHERE source_id = ?", String.class, "run-" + run + "-n1"))
        .isEqualTo("Satu Urut");

    // A stored NIK, and a source id and a NIK each twice in the batch: the first row with a key wins, a row
    // skipped for its source id does not take its NIK, so a later row with that NIK is stored.
    String[] n0 = boy();
    String[] x = boy();
    String[] y = boy();
    // The later rows' NIK sorts first, so an order by NIK alone would decide differently.
    String[] a = x[0].compareTo(y[0]) > 0 ? x : y;
    String[] b = a == x ? y : x;
    JsonNode second = json(upload("pengawas", "urutan-ulang-" + run + ".csv", HEADER
        + "Nol Baru,L," + n0[1] + "," + TULUNGAGUNG + "," + n0[0] + ",,,,,\n"
        + "Dua Lagi,L," + n2[1] + "," + TULUNGAGUNG + "," + n2[0] + ",,,,,\n"
        + "Ani Pertama,P," + a[1] + "," + TULUNGAGUNG + "," + a[0] + ",,,,,run-" + run + "-sa\n"
        + "Beni Kedua,L," + b[1] + "," + TULUNGAGUNG + "," + b[0] + ",,,,,run-" + run + "-sa\n"
        + "Beni Ketiga,L," + b[1] + "," + TULUNGAGUNG + "," + b[0] + ",,,,,run-" + run + "-sc\n"
        + "Ani Kedua,P," + a[1] + "," + TULUNGAGUNG + "," + a[0] + ",,,,,\n", true));
    assertThat(second.path("imported").asLong()).as(second.toString()).isEqualTo(3);
    assertThat(second.path("skipped").asLong()).isEqualTo(3);
    assertThat(jdbc.queryForObject("SELECT name FROM person WHERE nik = ?", String.class, n0[0]))
        .isEqualTo("Nol Baru");
    assertThat(jdbc.queryForObject("SELECT name FROM person WHERE nik = ?", String.class, n2[0]))
        .isEqualTo("Dua Urut");
    assertThat(jdbc.queryForMap("SELECT name, source_id FROM person WHERE nik = ?", a[0]))
        .containsEntry("name", "Ani Pertama").containsEntry("source_id", "run-" + run + "-sa");
    assertThat(jdbc.queryForMap("SELECT name, source_id FROM person WHERE nik = ?", b[0]))
        .containsEntry("name", "Beni Ketiga").containsEntry("source_id", "run-" + run + "-sc");
  }

  @Test
  void mixedRowsStoreTheGoodOnesAndOfferTheRejectedAsCsv() {
    String[] good = boy();
    String[] outside = boy();
    String[] badNik = boy();
    String badNikValue = badNik[0].substring(0, 12) + "0000";
    String sourceBadDate = "run-" + run + "-mixed-date";
    String file = HEADER
        + "Budi Santoso,L," + good[1] + "," + TULUNGAGUNG + "," + good[0] + ",,,,,\n"
        + "Dewi Lestari,P,2012-13-01," + TULUNGAGUNG + ",,,,,," + sourceBadDate + "\n"
        + "Andi Wijaya,L," + outside[1] + "," + TRENGGALEK + "," + outside[0] + ",,,,,\n"
        + "Joko Susilo,L," + badNik[1] + "," + TULUNGAGUNG + "," + badNikValue + ",,,,,\n"
        + "Too,Few,Fields\n"
        + "Rudi Hartono,X,2011-01-01,3504019999,,,\"Blitar, \"\"Kota\"\"\",,,\n";
    HttpResponse<String> response = upload("pengawas", "campur-" + run + ".csv", file, true);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode job = json(response);
    assertThat(job.path("total").asLong()).isEqualTo(6);
    assertThat(job.path("imported").asLong()).isEqualTo(1);
    assertThat(job.path("rejected").asLong()).isEqualTo(5);
    List<Long> lines = StreamSupport.stream(job.path("errors").spliterator(), false)
        .map(e -> e.path("line").asLong()).toList();
    assertThat(lines).containsExactly(3L, 4L, 5L, 6L, 7L);
    assertThat(job.path("errors").get(1).path("message").asText()).contains("di luar wilayah kerja Anda");
    assertThat(job.toString()).doesNotContain("Andi").doesNotContain(outside[0]);

    assertThat(persons("nik", List.of(good[0]))).isEqualTo(1);
    assertThat(persons("nik", List.of(outside[0], badNikValue))).isZero();
    assertThat(persons("source_id", List.of(sourceBadDate))).isZero();

    HttpResponse<String> csv = as("pengawas").get(job.path("rejectedCsv").asText());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String text = csv.body().replace("\uFEFF", "");
    List<String> rows = List.of(text.split("\r\n"));
    assertThat(rows.get(0)).isEqualTo("line,reason,name,sex,birth_date,village_code,nik,kk,birth_place,phone,"
        + "disability,source_id");
    assertThat(rows).hasSize(6);
    assertThat(rows.get(1)).startsWith("3,").contains("yyyy-MM-dd").endsWith(sourceBadDate);
    assertThat(rows.get(2)).startsWith("4,").contains("Andi Wijaya,L," + outside[1] + "," + TRENGGALEK);
    assertThat(rows.get(4)).startsWith("6,").endsWith("Too,Few,Fields");
    assertThat(rows.get(5)).startsWith("7,").contains("\"Blitar, \"\"Kota\"\"\"");
  }

  static List<Arguments> badFiles() {
    byte[] latin1 = (HEADER + "Budi Sélamat,L,2012-01-01,3504011001,,,,,,bad-enc\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] binary = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, 1, 2, 3};
    return List.of(
        Arguments.of("encoding", latin1, ImportFileException.ENCODING),
        Arguments.of("binary", binary, ImportFileException.NOT_CSV),
        Arguments.of("no-header", "Budi,L,2012-01-01,3504011001\n".getBytes(StandardCharsets.UTF_8),
            ImportFileException.HEADER_MISSING),
        Arguments.of("missing-column", "name,sex,village_code\nBudi,L,3504011001\n".getBytes(StandardCharsets.UTF_8),
            ImportFileException.COLUMN_MISSING),
        Arguments.of("unknown-column", "name,sex,birth_date,village_code,alamat\nBudi,L,2012-01-01,3504011001,Jl. A\n"
            .getBytes(StandardCharsets.UTF_8), ImportFileException.COLUMN_UNKNOWN),
        Arguments.of("unclosed-quote", (HEADER + "\"Budi,L,2012-01-01,3504011001,,,,,,x\n")
            .getBytes(StandardCharsets.UTF_8), ImportFileException.MALFORMED),
        Arguments.of("header-only", HEADER.getBytes(StandardCharsets.UTF_8), ImportFileException.NO_ROWS),
        Arguments.of("empty", new byte[0], ImportFileException.EMPTY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void aFileThatCannotBeImportedIs400AndStoresNothing(String name, byte[] content, String code) {
    String fileName = "salah-" + name + "-" + run + ".csv";
    long personsBefore = jdbc.queryForObject("SELECT count(*) FROM person WHERE source_id = 'bad-enc'", Long.class);
    HttpResponse<String> response = upload("pengawas", fileName, content, false);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.path("code").asText()).isEqualTo(ImportController.FILE_INVALID);
    assertThat(problem.path("errors").findValuesAsText("code")).contains(code);
    assertThat(problem.path("errors").get(0).path("message").asText()).isNotBlank();
    assertThat(jobsNamed(fileName)).isZero();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM person WHERE source_id = 'bad-enc'", Long.class))
        .isEqualTo(personsBefore);
  }

  @Test
  void aFileOverTheLimitIs413ProblemJson() {
    StringBuilder big = new StringBuilder(HEADER);
    String row = "Budi Santoso,L,2012-01-01," + TULUNGAGUNG + ",,,,,,run-" + run + "-big\n";
    while (big.length() < 3 * 1024 * 1024) {
      big.append(row);
    }
    String fileName = "besar-" + run + ".csv";
    HttpResponse<String> response = upload("pengawas", fileName, big.toString(), false);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    assertThat(json(response).path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    assertThat(jobsNamed(fileName)).isZero();
    assertThat(json(as("pengawas").get("/api/import/limits")).path("maxFileSize").asLong())
        .isEqualTo(2L * 1024 * 1024);
  }

  @Test
  void tenThousandRowsRunAsAJobThatScriptsCanWaitFor() {
    StringBuilder file = new StringBuilder(HEADER);
    for (int i = 0; i < 10_000; i++) {
      file.append("Anak Nomor ").append(i).append(',').append(i % 2 == 0 ? 'L' : 'P').append(",2010-01-01,")
          .append(TULUNGAGUNG).append(",,,,,,run-").append(run).append("-big-").append(i).append('\n');
    }
    HttpResponse<String> accepted = upload("pengawas", "besar-10000-" + run + ".csv", file.toString(), false);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String jobId = json(accepted).path("jobId").asText();
    assertThat(accepted.headers().firstValue("Location").orElse("")).endsWith("/api/import/jobs/" + jobId);
    assertThat(json(accepted).path("status").asText()).isEqualTo("RUNNING");

    JsonNode done = json(as("pengawas").get("/api/import/jobs/" + jobId + "?wait=true"));
    assertThat(done.path("status").asText()).isEqualTo("DONE");
    assertThat(done.path("total").asLong()).isEqualTo(10_000);
    assertThat(done.path("processed").asLong()).isEqualTo(10_000);
    assertThat(done.path("imported").asLong()).isEqualTo(10_000);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM person WHERE source_id LIKE ?", Long.class,
        "run-" + run + "-big-%")).isEqualTo(10_000);
    // The file is no longer kept once the job is done; the job row stays as the audit record.
    assertThat(jdbc.queryForObject("SELECT count(*) FROM import_job_chunk WHERE job_id = ?", Long.class, jobId))
        .isZero();
    Map<String, Object> audit = jdbc.queryForMap("SELECT created_by, file_name, file_size, file_sha256, finished_at"
        + " FROM import_job WHERE id = ?", jobId);
    assertThat(audit.get("created_by")).isEqualTo("pengawas");
    assertThat(audit.get("file_name")).isEqualTo("besar-10000-" + run + ".csv");
    assertThat(((Number) audit.get("file_size")).longValue()).isEqualTo(file.length());
    assertThat((String) audit.get("file_sha256")).hasSize(64);
    assertThat(audit.get("finished_at")).isNotNull();
  }

  /**
   * Two batches are stored at once (ADR 0043), yet every row is decided as if the batches followed each other:
   * the first row of a NIK or source id wins across the batch boundary, a row whose key the earlier batch did not
   * store after all is stored, and the likely-duplicate check of unidentified rows sees the earlier batch's rows but
   * not the identified rows of its own batch.
   */
  @Test
  void rowsAcrossABatchBoundaryAreDecidedAsIfTheBatchesFollowedEachOther() {
    String[] pre = boy();
    json(upload("pengawas", "batas-awal-" + run + ".csv", HEADER + "Pra Simpan,L," + pre[1] + "," + TULUNGAGUNG
        + "," + pre[0] + ",,,,,run-" + run + "-pre\n", true));
    String[] a = boy();
    String[] b2 = boy();
    String[] d = boy();
    String[] h = boy();
    String sibling = uniqueName("Siti");
    String hana = uniqueName("Hana");
    StringBuilder file = new StringBuilder(HEADER);
    int line = 0;
    for (; line < 997; line++) {
      file.append("Anak Batas ").append(line).append(",L,2012-01-01,").append(TULUNGAGUNG).append(",,,,,,run-")
          .append(run).append("-edge-").append(line).append('\n');
    }
    // The first batch (1,000 rows) ends with: a NIK stored, a row skipped for a stored source id, an unidentified row.
    file.append("Dina Pertama,P,").append(d[1]).append(',').append(TULUNGAGUNG).append(',').append(d[0])
        .append(",,,,,\n");
    file.append("Agus Lewat,L,").append(a[1]).append(',').append(TULUNGAGUNG).append(',').append(a[0])
        .append(",,,,,run-").append(run).append("-pre\n");
    file.append(sibling).append(",P,2013-03-03,").append(TULUNGAGUNG).append(",,,,,,\n");
    // The second batch begins with the rows that depend on the first.
    file.append("Budi Kedua,L,").append(a[1]).append(',').append(TULUNGAGUNG).append(',').append(a[0])
        .append(",,,,,run-").append(run).append("-b1\n");
    file.append("Bayu Kedua,L,").append(b2[1]).append(',').append(TULUNGAGUNG).append(',').append(b2[0])
        .append(",,,,,run-").append(run).append("-b1\n");
    file.append("Dina Kedua,P,").append(d[1]).append(',').append(TULUNGAGUNG).append(',').append(d[0])
        .append(",,,,,run-").append(run).append("-e\n");
    file.append(sibling).append(",P,2013-03-03,").append(TULUNGAGUNG).append(",,,,,,\n");
    file.append(hana).append(",P,").append(h[1]).append(',').append(TULUNGAGUNG).append(',').append(h[0])
        .append(",,,,,\n");
    file.append(hana).append(",P,").append(h[1]).append(',').append(TULUNGAGUNG).append(",,,,,,\n");
    for (line = 0; line < 494; line++) {
      file.append("Anak Batas Dua ").append(line).append(",P,2012-02-02,").append(TULUNGAGUNG).append(",,,,,,run-")
          .append(run).append("-edge2-").append(line).append('\n');
    }

    JsonNode done = json(upload("pengawas", "batas-" + run + ".csv", file.toString(), true));
    assertThat(done.path("status").asText()).isEqualTo("DONE");
    assertThat(done.path("total").asLong()).isEqualTo(1_500);
    assertThat(done.path("rejected").asLong()).isZero();
    assertThat(done.path("skipped").asLong()).as(done.toString()).isEqualTo(4);
    assertThat(done.path("imported").asLong()).isEqualTo(1_496);
    // The row skipped for its source id did not take the NIK: the next batch's first row with it is stored, and
    // a later row sharing that row's source id is not.
    assertThat(jdbc.queryForMap("SELECT name, source_id FROM person WHERE nik = ?", a[0]))
        .containsEntry("name", "Budi Kedua").containsEntry("source_id", "run-" + run + "-b1");
    assertThat(persons("nik", List.of(b2[0]))).isZero();
    // The first batch's NIK stays with its first row.
    assertThat(jdbc.queryForObject("SELECT name FROM person WHERE nik = ?", String.class, d[0]))
        .isEqualTo("Dina Pertama");
    assertThat(persons("source_id", List.of("run-" + run + "-e"))).isZero();
    // The unidentified row repeated in the next batch is a likely duplicate of the first batch's.
    assertThat(persons("name", List.of(sibling))).isEqualTo(1);
    // An unidentified row is not measured against an identified row of its own batch.
    assertThat(persons("name", List.of(hana))).isEqualTo(2);
  }

  @Test
  void onlyTheImporterTheirUnitsSupervisorsAndAdministratorsReadAJob() {
    String[] a = boy();
    String file = HEADER + "Siti Aminah,P,2010-01-01," + TULUNGAGUNG + ",,,,,,run-" + run + "-access\n"
        + "Siti Rahayu,X,2010-01-01," + TULUNGAGUNG + "," + a[0] + ",,,,,\n";
    String jobId = json(upload("pengawas", "akses-" + run + ".csv", file, true)).path("jobId").asText();
    String path = "/api/import/jobs/" + jobId;
    assertThat(as("pengawas").get(path).statusCode()).isEqualTo(200);
    assertThat(as("admin").get(path).statusCode()).isEqualTo(200);
    assertThat(as("admin").get(path + "/rejected.csv").statusCode()).isEqualTo(200);
    HttpResponse<String> otherUnit = as("pengawas2").get(path);
    assertThat(otherUnit.statusCode()).isEqualTo(404);
    assertThat(json(otherUnit).path("code").asText()).isEqualTo(ImportAccess.JOB_NOT_FOUND);
    assertThat(as("pengawas2").get(path + "/rejected.csv").statusCode()).isEqualTo(404);
    assertThat(as("pengawas2").get("/api/import/jobs/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    for (String user : List.of("peksos1", "kepala", "petugas", "provinsi", "rsud")) {
      assertThat(as(user).get(path).statusCode()).as(user).isEqualTo(403);
      assertThat(as(user).get(path + "/rejected.csv").statusCode()).as(user).isEqualTo(403);
    }
    HttpResponse<String> caseworker = upload("peksos1", "akses-peksos-" + run + ".csv", file, true);
    assertThat(caseworker.statusCode()).isEqualTo(403);
    assertThat(json(caseworker).path("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(jobsNamed("akses-peksos-" + run + ".csv")).isZero();
  }

  @Test
  void anAdministratorImportsIntoAnyRegionATrenggalekSupervisorOnlyIntoTrenggalek() {
    String[] a = boy();
    String[] b = boy();
    String file = HEADER + "Agus Salim,L," + a[1] + "," + TRENGGALEK + "," + a[0] + ",,,,,\n"
        + "Bayu Aji,L," + b[1] + "," + TULUNGAGUNG + "," + b[0] + ",,,,,\n";
    JsonNode trenggalek = json(upload("pengawas2", "wilayah-" + run + ".csv", file, true));
    assertThat(trenggalek.path("imported").asLong()).isEqualTo(1);
    assertThat(trenggalek.path("rejected").asLong()).isEqualTo(1);
    assertThat(trenggalek.path("errors").get(0).path("line").asLong()).isEqualTo(3);
    JsonNode admin = json(upload("admin", "wilayah-admin-" + run + ".csv", file, true));
    assertThat(admin.path("imported").asLong()).isEqualTo(1);
    assertThat(admin.path("skipped").asLong()).isEqualTo(1);
    assertThat(persons("nik", List.of(a[0], b[0]))).isEqualTo(2);
  }

  @Test
  void aJobLeftRunningByADeadNodeIsTakenOverAndCompletedOnce() {
    StringBuilder file = new StringBuilder(HEADER);
    for (int i = 0; i < 2_500; i++) {
      file.append("Anak Lanjut ").append(i).append(",L,2011-01-01,").append(TULUNGAGUNG).append(",,,,,,run-")
          .append(run).append("-resume-").append(i).append('\n');
    }
    Caller supervisor = new Caller("pengawas", List.of("supervisor", "supervisor-3504"),
        RegionScope.of(List.of("3504")));
    // A node accepts the upload, stores one batch of 1,000 rows and dies: its claim stays until it runs out.
    ImportJobs.Claim dead = jobs.accept(runner.kind("persons"), supervisor, false, "lanjut-" + run + ".csv",
        new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)), "dead-node/" + run,
        Duration.ofMinutes(5));
    assertThat(runner.run(dead, 1)).isFalse();
    assertThat(jdbc.queryForObject("SELECT processed_rows FROM import_job WHERE id = ?", Long.class, dead.jobId()))
        .isEqualTo(1_000);
    // While the claim holds, no other node takes the job.
    runner.runDue();
    assertThat(jdbc.queryForObject("SELECT status FROM import_job WHERE id = ?", String.class, dead.jobId()))
        .isEqualTo("RUNNING");

    jdbc.update("UPDATE import_job SET claimed_until = ? WHERE id = ?",
        java.time.OffsetDateTime.now().minusMinutes(1), dead.jobId());
    assertThat(runner.runDue()).isGreaterThanOrEqualTo(1);

    JsonNode job = json(as("pengawas").get("/api/import/jobs/" + dead.jobId()));
    assertThat(job.path("status").asText()).isEqualTo("DONE");
    assertThat(job.path("processed").asLong()).isEqualTo(2_500);
    assertThat(job.path("imported").asLong()).isEqualTo(2_500);
    assertThat(job.path("skipped").asLong()).isZero();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM person WHERE source_id LIKE ?", Long.class,
        "run-" + run + "-resume-%")).isEqualTo(2_500);
    assertThat(jdbc.queryForObject("SELECT attempts FROM import_job WHERE id = ?", Integer.class, dead.jobId()))
        .isEqualTo(2);
    // The dead node, coming back, cannot record anything: its claim is gone.
    assertThat(runner.run(dead)).isFalse();
  }

  /**
   * With two batches in flight (ADR 0043), a batch that fails takes the batch stored beside it down with it: the
   * job's progress and stored rows end at the last batch committed in file order, and the job waits for a retry.
   */
  @Test
  void aFailedBatchLeavesNoLaterBatchStoredAndTheJobResumesAfterTheLastCommittedOne() {
    jdbc.execute("CREATE TABLE IF NOT EXISTS probe_row (job_id VARCHAR(64) NOT NULL, line BIGINT NOT NULL)");
    StringBuilder file = new StringBuilder("value\n");
    for (int i = 0; i < 3_000; i++) {
      file.append(i == 1_500 ? ProbeKind.FAILS : "baik-" + i).append('\n');
    }
    Caller supervisor = new Caller("pengawas", List.of("supervisor", "supervisor-3504"),
        RegionScope.of(List.of("3504")));
    ImportJobs.Claim claim = jobs.accept(runner.kind(ProbeKind.NAME), supervisor, false, "uji-" + run + ".csv",
        new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)), runner.newToken(),
        Duration.ofMinutes(5));

    assertThat(runner.run(claim)).isFalse();

    Map<String, Object> job = jdbc.queryForMap("SELECT status, processed_rows, imported_rows, claimed_by, failure"
        + " FROM import_job WHERE id = ?", claim.jobId());
    assertThat(job.get("status")).isEqualTo("RUNNING");
    assertThat(((Number) job.get("processed_rows")).longValue()).isEqualTo(1_000);
    assertThat(((Number) job.get("imported_rows")).longValue()).isEqualTo(1_000);
    assertThat(job.get("claimed_by")).isNull();
    assertThat((String) job.get("failure")).isEqualTo("IllegalStateException");
    // Lines 2-1001 are the first batch: nothing of the failed batch or the one after it was kept.
    Map<String, Object> stored = jdbc.queryForMap("SELECT count(*) AS n, min(line) AS first, max(line) AS last"
        + " FROM probe_row WHERE job_id = ?", claim.jobId());
    assertThat(((Number) stored.get("n")).longValue()).isEqualTo(1_000);
    assertThat(((Number) stored.get("first")).longValue()).isEqualTo(2);
    assertThat(((Number) stored.get("last")).longValue()).isEqualTo(1_001);
  }

  /** An import kind for the runner's failure path: stores each row's line ahead; a batch holding "gagal" fails. */
  @TestConfiguration
  static class ProbeKind {

    static final String NAME = "uji-runner";
    static final String FAILS = "gagal";

    @Bean
    ImportKind probeImport(JdbcTemplate jdbc) {
      return new ImportKind() {
        @Override
        public String name() {
          return NAME;
        }

        @Override
        public List<String> requiredColumns() {
          return List.of("value");
        }

        @Override
        public List<String> optionalColumns() {
          return List.of();
        }

        @Override
        public List<String> roles() {
          return List.of("supervisor");
        }

        @Override
        public Batches start(Context context) {
          return new Batches() {
            @Override
            public Outcome store(List<CsvReader.Record> records) {
              return prepare(records).store();
            }

            @Override
            public Prepared prepare(List<CsvReader.Record> records) {
              return new Prepared() {
                @Override
                public void storeAhead() {
                  jdbc.batchUpdate("INSERT INTO probe_row (job_id, line) VALUES (?, ?)", records, records.size(),
                      (statement, record) -> {
                        statement.setString(1, context.jobId());
                        statement.setLong(2, record.line());
                      });
                }

                @Override
                public Outcome store() {
                  if (records.stream().anyMatch(record -> record.fields().contains(FAILS))) {
                    throw new IllegalStateException("this batch fails");
                  }
                  return new Outcome(records.size(), 0, List.of());
                }
              };
            }
          };
        }
      };
    }
  }

  @Test
  void theImportPageIsServed() {
    ApiClient browser = ApiClient.anonymous(port);
    assertThat(browser.webappLogin("tasklist", "pengawas", "demo")).isEqualTo(200);
    HttpResponse<String> page = browser.get("/impor");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Impor Data", "/impor/impor.js", "value=\"persons\"", "value=\"cases\"",
        "value=\"outreach\"");
    assertThat(browser.get("/impor/impor.js").body()).contains("'/api/import/' + encodeURIComponent($('jenis').value)");
    assertThat(ApiClient.anonymous(port).get("/impor").statusCode()).isEqualTo(302);
  }
}
