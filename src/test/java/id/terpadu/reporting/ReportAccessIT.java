package id.terpadu.reporting;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.ApiClient;
import id.terpadu.support.CaseFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who reads which report numbers, and the exports: a fixture of 2006 (a year no other test uses) with two cases
 * in Trenggalek (3503) and three in Tulungagung (3504). Supervisors see their regency's numbers only, the
 * province every regency of East Java (grouped rows add up to its totals), caseworkers, intake officers and
 * partner agencies get 403 for the API and the page; a region outside the scope is 404; every decision is in
 * the access log. CSV and XLSX exports are parsed back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportAccessIT {

  static final String YEAR = "fromYear=2006&toYear=2006";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  CaseFixtures fixtures;

  @BeforeAll
  void fixture() {
    fixtures = new CaseFixtures(port);
    ReportFixtures f = new ReportFixtures(jdbc, "UJI-LAPORAN-B-");
    f.clear();
    Instant june = LocalDateTime.parse("2006-06-01T08:00").atZone(ZoneId.of("Asia/Jakarta")).toInstant();
    f.kase(991_000_001L, "3503012001", "KESEHATAN", june, true, null, null, null);
    f.kase(991_000_002L, "3503012002", "KESEHATAN", june, true, null, null, null);
    f.kase(991_000_003L, "3504011001", "ABH", june, true, null, null, null);
    f.kase(991_000_004L, "3504011001", "ABH", june, true, null, null, null);
    f.kase(991_000_005L, "3504011001", "PENGASUHAN", june, true, null, null, null);
  }

  @Test
  void aSupervisorSeesOnlyTheNumbersOfTheirRegency() {
    JsonNode trenggalek = report("pengawas2", "case-responses", YEAR);
    assertThat(trenggalek.path("total").asLong()).isEqualTo(2);
    assertThat(ReportArithmeticIT.counts(trenggalek, "KESEHATAN")).containsExactly(2L);
    assertThat(ReportArithmeticIT.counts(trenggalek, "ABH")).containsExactly(0L);

    JsonNode tulungagung = report("pengawas", "case-responses", YEAR);
    assertThat(tulungagung.path("total").asLong()).isEqualTo(3);
    assertThat(report("kepala", "case-responses", YEAR).path("total").asLong()).isEqualTo(3);
    // The administrator reads every region.
    assertThat(report("admin", "case-responses", YEAR).path("total").asLong()).isEqualTo(5);
  }

  @Test
  void theProvinceGetsOneRowSetPerRegencyThatAddsUpToItsTotals() {
    JsonNode province = report("provinsi", "case-responses", YEAR + "&groupBy=regency");

    assertThat(province.path("total").asLong()).isEqualTo(5);
    JsonNode regencies = province.path("regencies");
    assertThat(regencies).hasSize(38); // every regency and city of East Java, zeros included
    long sum = 0;
    for (JsonNode regency : regencies) {
      sum += regency.path("total").asLong();
      assertThat(regency.path("rows")).hasSize(province.path("rows").size());
    }
    assertThat(sum).isEqualTo(province.path("total").asLong());
    assertThat(regency(regencies, "3503").path("total").asLong()).isEqualTo(2);
    assertThat(regency(regencies, "3503").path("regencyName").asText()).isEqualTo("Kabupaten Trenggalek");
    assertThat(regency(regencies, "3504").path("total").asLong()).isEqualTo(3);
    assertThat(ReportArithmeticIT.counts(regency(regencies, "3504"), "ABH")).containsExactly(2L);
    // Every other report groups the same way.
    for (String name : List.of("outreach", "referrals", "timeliness", "prevention-activities")) {
      assertThat(report("provinsi", name, YEAR + "&groupBy=regency").path("regencies")).as(name).hasSize(38);
    }
    // The province narrows to one regency of its scope.
    assertThat(report("provinsi", "case-responses", YEAR + "&regencyCode=3503").path("total").asLong()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0} may not read reports")
  @ValueSource(strings = {"peksos1", "petugas", "rsud"})
  void otherRolesGet403ForTheApiAndThePage(String user) {
    for (String name : List.of("case-responses", "outreach", "referrals", "timeliness", "regions")) {
      HttpResponse<String> response = fixtures.as(user).get("/api/reports/" + name + "?" + YEAR);
      assertThat(response.statusCode()).as(name + " " + response.body()).isEqualTo(403);
      assertThat(json(response).path("code").asText()).isEqualTo("FORBIDDEN");
    }
    ApiClient browser = ApiClient.anonymous(port);
    assertThat(browser.webappLogin("tasklist", user, "demo")).isEqualTo(200);
    HttpResponse<String> page = browser.get("/laporan");
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("Halaman laporan hanya untuk supervisor");
    assertThat(accessLog(user, "FORBIDDEN")).isPositive();
  }

  @Test
  void supervisorsOpenThePage() {
    ApiClient browser = ApiClient.anonymous(port);
    assertThat(browser.webappLogin("tasklist", "pengawas", "demo")).isEqualTo(200);
    HttpResponse<String> page = browser.get("/laporan");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Laporan Unit</h1>").contains("/laporan/laporan.js");
    // Not logged in: the browser is sent to the login page.
    HttpResponse<String> anonymous = ApiClient.anonymous(port).get("/laporan");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(ApiClient.anonymous(port).get("/api/reports/case-responses").statusCode()).isEqualTo(401);
  }

  @ParameterizedTest(name = "{0} asks {1}: {2}")
  @CsvSource({
      "pengawas2, regencyCode=3504,    404",
      "pengawas2, districtCode=350401, 404",
      "pengawas2, districtCode=350301, 200",
      "pengawas,  regencyCode=3599,    404",
      "provinsi,  regencyCode=3201,    404",
      "provinsi,  regencyCode=3504,    200"})
  void regionFiltersMustLieInsideTheScope(String user, String filter, int status) {
    HttpResponse<String> response = fixtures.as(user).get("/api/reports/outreach?" + YEAR + "&" + filter);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    if (status == 404) {
      assertThat(json(response).path("code").asText()).isEqualTo("REGION_NOT_FOUND");
      assertThat(accessLog(user, "NOT_FOUND")).isPositive();
    }
  }

  @ParameterizedTest(name = "{0} → 400 on {1}")
  @CsvSource({
      "fromYear=abc,                         fromYear",
      "fromYear=2010&toYear=2006,            fromYear",
      "fromYear=1900,                        fromYear",
      "fromYear=1990&toYear=2045,            toYear",
      "regencyCode=35,                       regencyCode",
      "regencyCode=3503&districtCode=350401, districtCode",
      "groupBy=district,                     groupBy",
      "format=pdf,                           format"})
  void badParametersAreRejected(String query, String field) {
    HttpResponse<String> response = fixtures.as("pengawas2").get("/api/reports/case-responses?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode body = json(response);
    assertThat(body.path("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo(field);
  }

  @Test
  void preventionActivitiesAreCountedPerYearKindAndParticipantGroupInScope() {
    jdbc.update("DELETE FROM prevention_activity WHERE topic = 'Uji laporan pencegahan'");
    String activity = """
        {"villageCode":"%s","kind":"%s","date":"%s","topic":"Uji laporan pencegahan",
         "boys":%d,"girls":%d,"men":%d,"women":%d}""";
    for (String[] a : List.of(new String[] {"pengawas", "3504011001", "SOCIALISATION", "2006-03-05", "10", "12", "3",
        "20"}, new String[] {"pengawas", "3504011001", "SCHOOL_VISIT", "2006-08-01", "1", "1", "0", "0"},
        new String[] {"pengawas2", "3503012001", "PARENTING_CLASS", "2006-11-30", "0", "0", "2", "3"})) {
      HttpResponse<String> created = fixtures.as(a[0]).postJson("/api/community/activities", activity.formatted(
          a[1], a[2], a[3], Integer.parseInt(a[4]), Integer.parseInt(a[5]), Integer.parseInt(a[6]),
          Integer.parseInt(a[7])));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    JsonNode tulungagung = report("pengawas", "prevention-activities", YEAR);
    assertThat(tulungagung.path("kinds").findValuesAsText("code"))
        .containsExactly("SOCIALISATION", "PARENTING_CLASS", "SCHOOL_VISIT", "OTHER");
    JsonNode year = tulungagung.path("rows").get(0);
    assertThat(year.path("year").asInt()).isEqualTo(2006);
    assertThat(year.path("activities").path("SOCIALISATION").asLong()).isEqualTo(1);
    assertThat(year.path("activities").path("SCHOOL_VISIT").asLong()).isEqualTo(1);
    assertThat(year.path("activities").path("PARENTING_CLASS").asLong()).isZero();
    assertThat(year.path("totalActivities").asLong()).isEqualTo(2);
    assertThat(year.path("boys").asLong()).isEqualTo(11);
    assertThat(year.path("participants").asLong()).isEqualTo(47);
    assertThat(tulungagung.path("totals").path("totalActivities").asLong()).isEqualTo(2);

    JsonNode province = report("provinsi", "prevention-activities", YEAR + "&groupBy=regency");
    assertThat(province.path("totals").path("totalActivities").asLong()).isEqualTo(3);
    assertThat(regency(province.path("regencies"), "3503").path("totals").path("activities")
        .path("PARENTING_CLASS").asLong()).isEqualTo(1);
    assertThat(regency(province.path("regencies"), "3504").path("totals").path("participants").asLong())
        .isEqualTo(47);

    List<List<String>> rows = csv(new String(download("pengawas2", "prevention-activities", YEAR + "&format=csv")
        .body(), StandardCharsets.UTF_8).substring(1));
    assertThat(rows.get(0)).containsExactly("Tahun", "Sosialisasi", "Kelas pengasuhan", "Kunjungan sekolah",
        "Lainnya", "Jumlah kegiatan", "Anak laki-laki", "Anak perempuan", "Laki-laki dewasa", "Perempuan dewasa",
        "Jumlah peserta");
    assertThat(rows).contains(List.of("2006", "0", "1", "0", "0", "1", "0", "0", "2", "3", "5"));
  }

  @Test
  void csvExportHoldsTheTableOfTheReport() {
    HttpResponse<byte[]> response = download("pengawas2", "case-responses", YEAR + "&format=csv");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment").contains("laporan-kasus-2006-2006.csv");
    String text = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<List<String>> rows = csv(text.substring(1));
    assertThat(rows.get(0)).containsExactly("Kode kategori", "Kategori", "2006", "Jumlah");
    assertThat(rows).hasSize(1 + 15 + 1);
    assertThat(rows).contains(List.of("KESEHATAN", "Kesehatan", "2", "2"), List.of("ABH",
        "Anak Berhadapan dengan Hukum", "0", "0"), List.of("", "Jumlah", "2", "2"));

    List<List<String>> referrals = csv(new String(download("provinsi", "referrals",
        YEAR + "&groupBy=regency&format=csv").body(), StandardCharsets.UTF_8).substring(1));
    assertThat(referrals.get(0).subList(0, 4))
        .containsExactly("Kode kabupaten/kota", "Kabupaten/kota", "Kode mitra", "Mitra layanan");
    assertThat(referrals.get(referrals.size() - 1).subList(1, 4)).containsExactly("Semua wilayah", "", "Jumlah");
  }

  @Test
  void xlsxExportHoldsTheSameNumbers() throws IOException {
    HttpResponse<byte[]> response = download("pengawas", "case-responses", YEAR + "&format=xlsx");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    List<List<String>> rows = xlsx(response.body(), 0);
    assertThat(rows.get(0)).containsExactly("Kode kategori", "Kategori", "2006", "Jumlah");
    assertThat(rows).contains(List.of("ABH", "Anak Berhadapan dengan Hukum", "2", "2"),
        List.of("PENGASUHAN", "Pengasuhan", "1", "1"), List.of("", "Jumlah", "3", "3"));

    HttpResponse<byte[]> timeliness = download("pengawas", "timeliness", YEAR + "&format=xlsx");
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(timeliness.body()))) {
      assertThat(workbook.getSheets().map(Sheet::getName).toList())
          .containsExactly("Waktu layanan", "Kepatuhan tenggat per tahap");
    }
    assertThat(xlsx(timeliness.body(), 1).get(1).subList(0, 3)).containsExactly("TRIAGE", "Triase pengaduan", "0");
  }

  // ---- helpers --------------------------------------------------------------------------------------------

  private JsonNode report(String user, String name, String query) {
    HttpResponse<String> response = fixtures.as(user).get("/api/reports/" + name + "?" + query);
    assertThat(response.statusCode()).as(user + " " + name + ": " + response.body()).isEqualTo(200);
    return json(response);
  }

  private static JsonNode regency(JsonNode regencies, String code) {
    for (JsonNode r : regencies) {
      if (r.path("regencyCode").asText().equals(code)) {
        return r;
      }
    }
    throw new AssertionError("No regency " + code);
  }

  private long accessLog(String user, String outcome) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE user_id = ? AND outcome = ?"
        + " AND filters LIKE 'report=%'", Long.class, user, outcome);
  }

  /** A download as a browser link makes it: any Accept header, the body as bytes. */
  private HttpResponse<byte[]> download(String user, String name, String query) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reports/" + name
            + "?" + query))
        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** RFC 4180 CSV (quoted cells with commas, doubled quotes), CRLF line ends. */
  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.split("\r\n")) {
      if (line.isEmpty()) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          cells.add(cell.toString());
          cell.setLength(0);
        } else {
          cell.append(c);
        }
      }
      cells.add(cell.toString());
      rows.add(cells);
    }
    return rows;
  }

  /** The cells of one worksheet as text (numbers without a fraction as integers, empty cells as ""). */
  static List<List<String>> xlsx(byte[] body, int sheet) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
      Sheet ws = workbook.getSheets().toList().get(sheet);
      try (var rows = ws.openStream()) {
        return rows.map(ReportAccessIT::cells).collect(Collectors.toList());
      }
    }
  }

  private static List<String> cells(Row row) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < row.getCellCount(); i++) {
      var cell = row.getCell(i);
      if (cell == null || cell.getValue() == null) {
        cells.add("");
      } else if (cell.getValue() instanceof java.math.BigDecimal number) {
        cells.add(number.stripTrailingZeros().toPlainString());
      } else {
        cells.add(cell.getText());
      }
    }
    return cells;
  }
}
