package id.terpadu.sla;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.ApiClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The holiday list as staff read it and administrators keep it, and what it does to due dates. Days off
 * added here are in 2031 (nothing else uses that year) and removed again by the test that adds them.
 */
@Tag("extended")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class HolidayApiIT {

  static final String TULUNGAGUNG = "3504";
  static final String DENPASAR = "5171";

  @LocalServerPort int port;
  @Autowired Deadlines deadlines;

  ApiClient admin() {
    return ApiClient.basic(port, "admin", "demo");
  }

  ApiClient caseworker() {
    return ApiClient.basic(port, "peksos1", "demo");
  }

  static String holiday(String date, String name, String kind, String provinceCode) {
    return """
        {"date":"%s","name":"%s","kind":"%s"%s}
        """.formatted(date, name, kind, provinceCode == null ? "" : ",\"provinceCode\":\"" + provinceCode + "\"");
  }

  static JsonNode ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return json(response);
  }

  static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json(response).path("code").asText()).isEqualTo(code);
  }

  static List<String> fields(HttpResponse<String> response) {
    assertProblem(response, 400, "VALIDATION_FAILED");
    return json(response).path("errors").findValuesAsText("field");
  }

  @Test
  void nobodyReadsTheListWithoutLoggingIn() {
    assertProblem(ApiClient.anonymous(port).get("/api/holidays?year=2026"), 401, "UNAUTHENTICATED");
  }

  @Test
  void everyStaffMemberReadsTheShippedList() {
    JsonNode list = ok(caseworker().get("/api/holidays?year=2026"), 200);

    assertThat(list).hasSize(25);
    assertThat(list.get(0).path("date").asText()).isEqualTo("2026-01-01");
    assertThat(list.get(0).path("name").asText()).isEqualTo("Tahun Baru 2026 Masehi");
    assertThat(list.get(0).path("kind").asText()).isEqualTo("NATIONAL_HOLIDAY");
    assertThat(list.get(0).path("provinceCode").isNull()).isTrue();
    assertThat(list.get(0).path("createdBy").asText()).isEqualTo("reference/holidays-id.csv");
    assertThat(list.findValuesAsText("kind")).filteredOn("COLLECTIVE_LEAVE"::equals).hasSize(8);
    assertThat(list.findValuesAsText("date")).isSorted();

    // A partner agency's account is staff too; 2027 is shipped with estimates.
    JsonNode next = ok(ApiClient.basic(port, "rsud", "demo").get("/api/holidays?year=2027"), 200);
    assertThat(next.findValuesAsText("name")).contains("Idulfitri 1448 H (perkiraan)");
  }

  @Test
  void onlyAdministratorsChangeTheList() {
    HttpResponse<String> add = caseworker().postJson("/api/holidays",
        holiday("2031-03-03", "Hari libur uji", "NATIONAL_HOLIDAY", null));
    assertProblem(add, 403, "FORBIDDEN");
    assertThat(ok(caseworker().get("/api/holidays?year=2031"), 200)).isEmpty();

    assertProblem(caseworker().delete("/api/holidays/2026-12-24"), 403, "FORBIDDEN");
    assertThat(ok(caseworker().get("/api/holidays?year=2026"), 200).findValuesAsText("date")).contains("2026-12-24");
  }

  @Test
  void badInputIsRejectedWithEveryBadFieldAndNothingStored() {
    HttpResponse<String> bad = admin().postJson("/api/holidays",
        holiday("24-12-2031", " ", "LIBUR", "99"));
    assertThat(fields(bad)).containsExactly("date", "name", "kind", "provinceCode");
    assertThat(json(bad).path("errors").get(0).path("message").asText()).contains("2026-12-24");

    assertThat(fields(admin().postJson("/api/holidays", "{}"))).containsExactly("date", "name", "kind");
    assertThat(json(admin().postJson("/api/holidays", "{}")).path("errors").findValuesAsText("code"))
        .containsOnly("REQUIRED");
    assertThat(fields(admin().postJson("/api/holidays", holiday("2031-02-30", "Tanggal tidak ada",
        "NATIONAL_HOLIDAY", null)))).containsExactly("date");
    assertThat(fields(admin().postJson("/api/holidays", holiday("1999-12-31", "Terlalu lama",
        "NATIONAL_HOLIDAY", null)))).containsExactly("date");
    assertProblem(admin().postJson("/api/holidays", "{\"date\":\"2031-03-03\""), 400, "MALFORMED_REQUEST");
    assertProblem(admin().postJson("/api/holidays", "{\"date\":\"2031-03-03\",\"name\":\"Uji\","
        + "\"kind\":\"NATIONAL_HOLIDAY\",\"colour\":\"red\"}"), 400, "MALFORMED_REQUEST");
    assertThat(ok(caseworker().get("/api/holidays?year=2031"), 200)).isEmpty();

    assertThat(fields(caseworker().get("/api/holidays?year=26&province=3504"))).containsExactly("year", "province");
    assertThat(fields(admin().delete("/api/holidays/31-12-2031"))).containsExactly("date");
  }

  @Test
  void aDateIsOneHolidayNationallyAndOneInEachProvince() {
    assertProblem(admin().postJson("/api/holidays",
        holiday("2026-12-25", "Natal lagi", "NATIONAL_HOLIDAY", null)), 409, "HOLIDAY_EXISTS");

    HttpResponse<String> bali = admin().postJson("/api/holidays",
        holiday("2026-12-25", "Hari libur daerah Bali", "NATIONAL_HOLIDAY", "51"));
    try {
      JsonNode added = ok(bali, 201);
      assertThat(added.path("provinceCode").asText()).isEqualTo("51");
      assertThat(added.path("createdBy").asText()).isEqualTo("admin");
      assertProblem(admin().postJson("/api/holidays",
          holiday("2026-12-25", "Hari libur daerah Bali", "COLLECTIVE_LEAVE", "51")), 409, "HOLIDAY_EXISTS");

      assertThat(ok(caseworker().get("/api/holidays?year=2026&province=51"), 200).findValuesAsText("date"))
          .filteredOn("2026-12-25"::equals).hasSize(2);
      assertThat(ok(caseworker().get("/api/holidays?year=2026&province=35"), 200).findValuesAsText("date"))
          .filteredOn("2026-12-25"::equals).hasSize(1);
    } finally {
      assertThat(admin().delete("/api/holidays/2026-12-25?province=51").statusCode()).isEqualTo(204);
    }
    assertThat(ok(caseworker().get("/api/holidays?year=2026"), 200)).hasSize(25);
    assertProblem(admin().delete("/api/holidays/2026-12-25?province=51"), 404, "HOLIDAY_NOT_FOUND");
    assertProblem(admin().delete("/api/holidays/2031-03-03"), 404, "HOLIDAY_NOT_FOUND");
  }

  @Test
  void theShippedListCountsInDueDates() {
    // Tuesday 17 March 2026 10:00 WIB, supervisor approval in 2 working days: Nyepi and Lebaran lie between
    assertThat(deadlines.due(Instant.parse("2026-03-17T03:00:00Z"), "APPROVAL", null, null, TULUNGAGUNG))
        .isEqualTo(Instant.parse("2026-03-26T03:00:00Z"));
  }

  @Test
  void anAddedHolidayMovesTheNextDueDateInItsProvinceOnly() {
    // Wednesday 19 November 2031, 10:00 local time; supervisor approval is due in 2 working days
    Instant eastJava = Instant.parse("2031-11-19T03:00:00Z");
    Instant bali = Instant.parse("2031-11-19T02:00:00Z");
    assertThat(deadlines.due(eastJava, "APPROVAL", null, null, TULUNGAGUNG)).isEqualTo(Instant.parse("2031-11-21T03:00:00Z"));

    ok(admin().postJson("/api/holidays", holiday("2031-11-20", "Hari libur uji", "COLLECTIVE_LEAVE", null)), 201);
    ok(admin().postJson("/api/holidays", holiday("2031-11-21", "Hari libur daerah uji", "NATIONAL_HOLIDAY", "51")), 201);
    try {
      assertThat(deadlines.due(eastJava, "APPROVAL", null, null, TULUNGAGUNG))
          .isEqualTo(Instant.parse("2031-11-24T03:00:00Z"));
      assertThat(deadlines.due(bali, "APPROVAL", null, null, DENPASAR))
          .isEqualTo(Instant.parse("2031-11-25T02:00:00Z"));
      // Calendar-day durations do not change: high-risk assessment in 3 days
      assertThat(deadlines.due(eastJava, "ASSESSMENT", "HIGH", null, TULUNGAGUNG))
          .isEqualTo(Instant.parse("2031-11-22T03:00:00Z"));
    } finally {
      assertThat(admin().delete("/api/holidays/2031-11-20").statusCode()).isEqualTo(204);
      assertThat(admin().delete("/api/holidays/2031-11-21?province=51").statusCode()).isEqualTo(204);
    }
    assertThat(deadlines.due(eastJava, "APPROVAL", null, null, TULUNGAGUNG)).isEqualTo(Instant.parse("2031-11-21T03:00:00Z"));
  }
}
