package id.terpadu.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.terpadu.community.FormTokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Hostile input over HTTP (docs/reliability.md, "Hostile input"; docs/adr/0032-hostile-input.md): fuzzed complaint,
 * person, import and public report calls, and bodies that are too large, deeply nested, not UTF-8 or of the wrong
 * type. Every answer is below 500; an error is problem+json that names no exception, class or SQL; a refused call
 * stores nothing. Tries per endpoint: system property {@code fuzz.tries} (Maven property {@code fuzz.tries}, 200 by
 * default, divided by {@link #HTTP_SHARE} here; {@code -Pfuzz} many more); the seed is printed for a failure and can
 * be replayed with {@code -Dfuzz.seed=...}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class HostileInputIT {

  /** HTTP tries are dearer than pure ones: a fifth of the property tries per endpoint. */
  static final int HTTP_SHARE = 5;
  static final int TRIES = Math.max(20, Integer.getInteger("fuzz.tries", 200) / HTTP_SHARE);
  static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
  static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  /** What an answer must never show: exception and class names, stack frames, SQL and driver messages. */
  static final List<String> LEAKS = List.of("Exception", "exception", "\tat ", "at id.terpadu", "id.terpadu.",
      "org.springframework", "org.hibernate", "org.camunda", "java.lang", "jakarta.", "com.fasterxml", "SQL",
      "jdbc", "Caused by", "ORA-", "PSQL", "H2 ", "Stacktrace", "stackTrace", "trace");

  static final String COMPLAINT = """
      {"channel":"REFERRAL_SCHOOL","anonymous":false,
       "reporter":{"name":"Ibu Guru Wati","phone":"0812 3456 7890","relation":"guru"},
       "child":{"name":"Uji Hostil","sex":"L","birthDate":"2010-03-14","nik":"3504011403100001"},
       "villageCode":"3504011001","districtCode":"350401",
       "description":"Anak tidak sekolah sejak bulan lalu.","categories":["ABH"],"childInDanger":false}
      """;
  static final String PERSON = """
      {"nik":"3504011403100001","kk":"3504010101100003","name":"Uji Hostil","sex":"L","birthDate":"2010-03-14",
       "birthPlace":"Tulungagung","villageCode":"3504011001","districtCode":"350401","address":"Jl. Uji 1",
       "phone":"0812 3456 7890","disability":"","sourceId":"","confirmNew":true}
      """;
  static final String REPORT = """
      {"description":"Anak tetangga sering dipukul dan tidak sekolah sejak bulan lalu.","villageCode":"3504011001",
       "category":"KEKERASAN_FISIK","childInDanger":false,"anonymous":true,"contactName":"","contactPhone":"",
       "relation":"","website":""}
      """;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired FormTokens tokens;

  final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  final Random random = new Random(SEED);

  @BeforeAll
  static void session() {
    JqwikSession.start();
  }

  @AfterAll
  static void endSession() {
    JqwikSession.finish();
  }

  // ---------------------------------------------------------------------------------------------- fuzzing

  @Test
  void fuzzedComplaintsAreRefusedWith4xxOrStoredWhole() {
    fuzzJson("/api/complaints", "petugas", COMPLAINT, "child_case", Map.of());
  }

  @Test
  void fuzzedPersonsAreRefusedWith4xxOrStoredWhole() {
    fuzzJson("/api/persons", "petugas", PERSON, "person", Map.of());
  }

  @Test
  void fuzzedPublicReportsAreRefusedWith4xxOrStoredWhole() {
    fuzzJson("/api/public/reports", null, REPORT, "public_report", Map.of("Origin", base()));
  }

  @Test
  void fuzzedImportFilesAreRefusedWholeOrImportedRowByRow() {
    Arbitrary<String> files = HostileStrings.csvLines(List.of("name", "sex",
        "birth_date", "village_code", "nik", "kk", "birth_place", "phone", "disability", "source_id"));
    for (int i = 0; i < TRIES; i++) {
      byte[] file = value(files).getBytes(StandardCharsets.UTF_8);
      if (i % 4 == 3) {
        file[random.nextInt(file.length)] = (byte) random.nextInt(256);
      }
      int jobsBefore = count("import_job");
      HttpResponse<String> answer = upload("/api/import/persons?wait=true", "pengawas", "file", "hostil.csv", file,
          "text/csv");
      String context = "try " + i + " (seed " + SEED + "): " + new String(file, StandardCharsets.UTF_8);
      assertSafe(answer, context);
      if (answer.statusCode() == 200) {
        JsonNode job = json(answer);
        assertThat(job.path("status").asText()).as(context).isIn("DONE", "FAILED");
      } else {
        assertThat(answer.statusCode()).as(context).isEqualTo(400);
        assertThat(count("import_job")).as(context + ": a refused file leaves no job").isEqualTo(jobsBefore);
      }
    }
  }

  /**
   * Bodies shaped like a valid one with hostile values swapped in, any JSON at all, and raw text: each answer is
   * 201 with one more row in {@code table}, or a 4xx with none.
   */
  private void fuzzJson(String path, String user, String valid, String table, Map<String, String> headers) {
    Object template = read(valid);
    Arbitrary<String> bodies = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, HostileStrings.shapedLike(template).map(HostileInputIT::write)),
        net.jqwik.api.Tuple.of(2, HostileStrings.jsonValue(3).map(HostileInputIT::write)),
        net.jqwik.api.Tuple.of(1, HostileStrings.text()));
    for (int i = 0; i < TRIES; i++) {
      String body = value(bodies);
      if (table.equals("public_report")) {
        jdbc.update("DELETE FROM public_report_rate");
      }
      int before = count(table);
      HttpResponse<String> answer = send("POST", path, user, body, "application/json", headers, path.contains(
          "public") ? tokens.issue(Instant.now().minusSeconds(60)) : null);
      String context = "try " + i + " (seed " + SEED + "): " + abbreviate(body);
      assertSafe(answer, context);
      int after = count(table);
      if (answer.statusCode() == 201) {
        assertThat(after).as(context).isEqualTo(before + 1);
      } else {
        assertThat(after).as(context + " -> " + answer.statusCode() + " stores nothing").isEqualTo(before);
      }
    }
  }

  /** Markup in free text is stored and answered as the text typed: escaping is the page's job (textContent). */
  @Test
  void markupInFreeTextIsKeptAsText() {
    String nik = "350401140310" + (1000 + random.nextInt(9000));
    String address = "Jl. <script>alert('x')</script> & \"Mawar\" =1+1 " + nik.substring(12);
    String body = PERSON.replace("3504011403100001", nik).replace("Uji Hostil", "Uji Hostil "
        + "ABCDEFGHJK".charAt(random.nextInt(10)) + "ABCDEFGHJK".charAt(random.nextInt(10))).replace("Jl. Uji 1",
        address.replace("\"", "\\\""));
    HttpResponse<String> created = send("POST", "/api/persons", "petugas", body, "application/json", Map.of(), null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    long id = json(created).path("person").path("id").asLong();
    HttpResponse<String> read = send("GET", "/api/persons/" + id, "petugas", null, null, Map.of(), null);
    assertThat(json(read).path("person").path("address").asText()).isEqualTo(address);
    assertThat(read.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  // ----------------------------------------------------------------------------------------------- limits

  @Test
  void deeplyNestedJsonIsA400() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String deepObject = "{\"child\":".repeat(10_000) + "{}" + "}".repeat(10_000);
    for (String body : List.of(deep, deepObject)) {
      assertProblem(send("POST", "/api/complaints", "petugas", body, "application/json", Map.of(), null), 400);
      assertProblem(send("POST", "/api/persons", "petugas", body, "application/json", Map.of(), null), 400);
    }
    // The public report takes 16KB at most: as deep as fits.
    assertProblem(publicReport(("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.UTF_8)), 400);
    assertProblem(publicReport(("{\"description\":".repeat(800) + "\"x\"" + "}".repeat(800))
        .getBytes(StandardCharsets.UTF_8)), 400);
  }

  @Test
  void invalidUtf8IsA400() {
    byte[] bad = ("{\"channel\":\"REFERRAL_SCHOOL\",\"description\":\"Anak \u00e9").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[bad.length + 4];
    System.arraycopy(bad, 0, body, 0, bad.length);
    body[bad.length] = (byte) 0xC3;
    body[bad.length + 1] = (byte) 0x28;
    body[bad.length + 2] = '"';
    body[bad.length + 3] = '}';
    assertProblem(sendBytes("POST", "/api/complaints", "petugas", body, "application/json"), 400);
    assertProblem(sendBytes("POST", "/api/persons", "petugas", body, "application/json"), 400);
    assertProblem(publicReport(body), 400);
    int jobs = count("import_job");
    byte[] csv = "name,sex,birth_date,village_code\nSiti \u00ff,P,2010-01-01,3504011001\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    JsonNode problem = assertProblem(upload("/api/import/persons", "pengawas", "file", "latin1.csv", csv, "text/csv"),
        400);
    assertThat(problem.path("code").asText()).isEqualTo("IMPORT_FILE_INVALID");
    assertThat(count("import_job")).isEqualTo(jobs);
    // In a query string Tomcat decodes bytes that are not UTF-8 as U+FFFD: a search for nothing, not an error.
    assertSafe(send("GET", "/api/persons?q=%C3%28%FF", "petugas", null, null, Map.of(), null), "query");
  }

  /** Addresses with encoded dots, semicolons, NUL or huge numbers: refused (or not found), never a 5xx. */
  @Test
  void hostileAddressesAreNever5xx() {
    for (String path : List.of("/api/persons/%2e%2e/%2e%2e/actuator/env", "/api/persons/1;jsessionid=x",
        "/api/persons/..;/..;/engine-rest/user", "/api/persons/%252e%252e", "/api/persons/%00",
"/api/persons/99999999999999999999999", "/api/cases/-1",
        "/api/public/reports/%3Cscript%3E", "/api/import/jobs/%27%20OR%20%271%27=%271", "/api//persons")) {
      HttpResponse<String> answer = send("GET", path, path.contains("public") ? null : "petugas", null, null,
          Map.of(), null);
      assertThat(answer.statusCode()).as(path + " -> " + answer.body()).isBetween(400, 499);
      for (String leak : LEAKS) {
        assertThat(answer.body()).as(path + " leaks").doesNotContain(leak);
      }
    }
    // Control characters in a search are searched for (and found nowhere).
    assertSafe(send("GET", "/api/persons?q=%00%0d%0aX-Test:%201", "petugas", null, null, Map.of(), null), "query");
  }

  @Test
  void wrongContentTypesAreA415() {
    for (String type : List.of("text/plain", "application/xml")) {
      assertProblem(send("POST", "/api/complaints", "petugas", COMPLAINT, type, Map.of(), null), 415);
      assertProblem(send("POST", "/api/persons", "petugas", PERSON, type, Map.of(), null), 415);
      assertProblem(send("POST", "/api/public/reports", null, REPORT, type, Map.of("Origin", base()),
          tokens.issue(Instant.now().minusSeconds(60))), 415);
      assertProblem(send("POST", "/api/import/persons", "pengawas", "name\nx\n", type, Map.of(), null), 415);
      assertProblem(send("POST", "/api/kla/submissions/1/evidence", "kec1", "x", type, Map.of(), null), 415);
    }
    // JSON sent as a form: the firewall refuses the JSON as a parameter name before the type is looked at (this was a
    // 500 that logged the body).
    for (String path : List.of("/api/complaints", "/api/persons")) {
      HttpResponse<String> form = send("POST", path, "petugas", path.contains("persons") ? PERSON : COMPLAINT,
          "application/x-www-form-urlencoded", Map.of(), null);
      assertSafe(form, path);
      assertThat(form.statusCode()).isIn(400, 415);
    }
    assertProblem(send("POST", "/api/public/reports", null, REPORT, "application/x-www-form-urlencoded",
        Map.of("Origin", base()), tokens.issue(Instant.now().minusSeconds(60))), 415);
    // A JSON body where a file is expected, and a multipart envelope that is not one.
    assertProblem(send("POST", "/api/import/persons", "pengawas", "{}", "application/json", Map.of(), null), 415);
    for (String path : List.of("/api/import/persons", "/api/kla/submissions/1/evidence")) {
      String user = path.contains("kla") ? "kec1" : "pengawas";
      // The evidence API's parts are optional: a body without parts is answered for the submission (404 here).
      List<Integer> expected = path.contains("kla") ? List.of(400, 404) : List.of(400);
      for (String[] body : new String[][] {{"garbage without boundaries", "multipart/form-data; boundary=zz"},
          {"--zz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc", "multipart/form-data; boundary=zz"},
          {"x", "multipart/form-data"}}) {
        HttpResponse<String> answer = send("POST", path, user, body[0], body[1], Map.of(), null);
        assertSafe(answer, path + " " + body[0]);
        assertThat(answer.statusCode()).as(path + " " + body[0]).isIn(expected);
      }
    }
  }

  @Test
  void oversizedBodiesAndFilesAreA413() {
    int complaints = count("child_case");
    String huge = COMPLAINT.replace("Anak tidak sekolah sejak bulan lalu.", "a".repeat(3 * 1024 * 1024));
    assertProblem(send("POST", "/api/complaints", "petugas", huge, "application/json", Map.of(), null), 413);
    assertProblem(send("POST", "/api/persons", "petugas", PERSON.replace("Jl. Uji 1", "b".repeat(3 * 1024 * 1024)),
        "application/json", Map.of(), null), 413);
    assertThat(count("child_case")).isEqualTo(complaints);
    assertProblem(publicReport(REPORT.replace("bulan lalu.", "c".repeat(20_000)).getBytes(StandardCharsets.UTF_8)),
        413);
    // Within the body limit, a field over its own limit is a field error.
    String longDescription = COMPLAINT.replace("Anak tidak sekolah sejak bulan lalu.", "d".repeat(200_000));
    assertProblem(send("POST", "/api/complaints", "petugas", longDescription, "application/json", Map.of(), null),
        400);
    assertThat(count("child_case")).isEqualTo(complaints);
    // A field over the import's field limit, and an evidence file over its limit.
    byte[] bigField = ("name,sex,birth_date,village_code\n\"" + "e".repeat(20_000) + "\",P,2010-01-01,3504011001\n")
        .getBytes(StandardCharsets.UTF_8);
    assertProblem(upload("/api/import/persons", "pengawas", "file", "panjang.csv", bigField, "text/csv"), 400);
    byte[] eleven = new byte[11 * 1024 * 1024];
    HttpResponse<String> evidence = upload("/api/kla/submissions/999999999/evidence?indicatorCode=1.1", "kec1",
        "file", "bukti.pdf", eleven, "application/pdf");
    assertSafe(evidence, "evidence upload");
    assertThat(evidence.statusCode()).isBetween(400, 499);
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private <T> T value(Arbitrary<T> arbitrary) {
    return arbitrary.generator(1000).next(random).value();
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }

  private static void assertSafe(HttpResponse<String> answer, String context) {
    assertThat(answer.statusCode()).as(context + " -> " + answer.body()).isLessThan(500);
    if (answer.statusCode() >= 400) {
      assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(context)
          .startsWith("application/problem+json");
      JsonNode problem = json(answer);
      assertThat(problem.path("code").asText()).as(context).isNotBlank();
      assertThat(problem.path("detail").asText()).as(context).isNotBlank();
      for (String leak : LEAKS) {
        assertThat(answer.body()).as(context + " leaks").doesNotContain(leak);
      }
    }
  }

  private static JsonNode assertProblem(HttpResponse<String> answer, int status) {
    assertSafe(answer, "answer");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    return json(answer);
  }

  private HttpResponse<String> publicReport(byte[] body) {
    jdbc.update("DELETE FROM public_report_rate");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/api/public/reports"))
        .header("Content-Type", "application/json").header("Origin", base())
        .header("X-Form-Token", tokens.issue(Instant.now().minusSeconds(60)))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    return call(request);
  }

  private HttpResponse<String> send(String method, String path, String user, String body, String type,
      Map<String, String> headers, String formToken) {
    if (path.startsWith("/api/public")) {
      jdbc.update("DELETE FROM public_report_rate");
    }
    HttpRequest.Builder request = request(path, user).method(method, body == null
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      request.header("Content-Type", type);
    }
    headers.forEach(request::header);
    if (formToken != null) {
      request.header("X-Form-Token", formToken);
    }
    return call(request);
  }

  private HttpResponse<String> sendBytes(String method, String path, String user, byte[] body, String type) {
    return call(request(path, user).header("Content-Type", type)
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private HttpResponse<String> upload(String path, String user, String field, String fileName, byte[] content,
      String type) {
    String boundary = "hostil-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return call(request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base() + path))
        .header("Accept", "application/json, application/problem+json");
    if (user != null) {
      builder.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private HttpResponse<String> call(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("HTTP call failed (the server closed the connection instead of answering)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static JsonNode json(HttpResponse<String> answer) {
    try {
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new AssertionError("Not JSON (" + answer.statusCode() + "): " + abbreviate(answer.body()), e);
    }
  }

  private static Object read(String json) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String text) {
    return text == null || text.length() <= 400 ? text : text.substring(0, 400) + "… (" + text.length() + " chars)";
  }
}
