package id.terpadu.community;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.ApiClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The PATBM group registry and prevention activities: who may use them, in which region, and what is refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class CommunityRegistryIT {

  static final String TULUNGAGUNG_VILLAGE = "3504011001";
  static final String BOYOLANGU_VILLAGE = "3504022001";
  static final String TRENGGALEK_VILLAGE = "3503012001";

  @LocalServerPort int port;

  ApiClient as(String user) {
    return ApiClient.basic(port, user, "demo");
  }

  static String group(String name, String village) {
    return """
        {"name":"%s","villageCode":"%s","contactName":"Bu Sri","contactPhone":"0812 1111 2222",
         "members":[{"name":"Bu Sri","role":"KETUA","phone":"0812 1111 2222"},{"name":"Pak Budi","role":"ANGGOTA"}]}
        """.formatted(name, village);
  }

  static String activity(Long groupId, String village, String kind, String date, int boys, int girls, int men,
      int women) {
    return """
        {"groupId":%s,"villageCode":%s,"kind":"%s","date":"%s","topic":"Pencegahan kekerasan di rumah",
         "boys":%d,"girls":%d,"men":%d,"women":%d}
        """.formatted(groupId, village == null ? "null" : "\"" + village + "\"", kind, date, boys, girls, men, women);
  }

  @Test
  void theUnitsSupervisorRegistersAGroupThatOnlyItsRegionSees() {
    HttpResponse<String> created = as("pengawas").postJson("/api/community/groups",
        group("PATBM Kedungsoko", TULUNGAGUNG_VILLAGE));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = json(created);
    long id = body.path("id").asLong();
    assertThat(body.path("regencyCode").asText()).isEqualTo("3504");
    assertThat(body.path("districtCode").asText()).isEqualTo("350401");
    assertThat(body.path("members")).hasSize(2);
    assertThat(body.path("members").get(0).path("role").asText()).isEqualTo("KETUA");

    assertThat(as("pengawas").get("/api/community/groups/" + id).statusCode()).isEqualTo(200);
    assertThat(as("kepala").get("/api/community/groups/" + id).statusCode()).isEqualTo(200);
    assertThat(as("admin").get("/api/community/groups/" + id).statusCode()).isEqualTo(200);
    // The other unit: as if it did not exist.
    HttpResponse<String> other = as("pengawas2").get("/api/community/groups/" + id);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(json(other).path("code").asText()).isEqualTo(CommunityAccess.GROUP_NOT_FOUND);
    assertThat(json(as("pengawas2").get("/api/community/groups"))).extracting(g -> g.path("id").asLong())
        .doesNotContain(id);
    assertThat(json(as("pengawas").get("/api/community/groups?region=350401")))
        .extracting(g -> g.path("id").asLong()).contains(id);
    assertThat(json(as("pengawas").get("/api/community/groups?region=350402")))
        .extracting(g -> g.path("id").asLong()).doesNotContain(id);
    assertThat(as("pengawas2").putJson("/api/community/groups/" + id, group("Diambil alih", TRENGGALEK_VILLAGE))
        .statusCode()).isEqualTo(404);

    // Roles that do not manage groups.
    for (String user : new String[] {"peksos1", "petugas", "rsud", "provinsi", "kec1"}) {
      assertThat(as(user).get("/api/community/groups/" + id).statusCode()).as(user).isEqualTo(403);
      assertThat(as(user).get("/api/community/groups").statusCode()).as(user).isEqualTo(403);
      assertThat(as(user).postJson("/api/community/groups", group("PATBM X", TULUNGAGUNG_VILLAGE)).statusCode())
          .as(user).isEqualTo(403);
    }
    assertThat(ApiClient.anonymous(port).get("/api/community/groups/" + id).statusCode()).isEqualTo(401);

    HttpResponse<String> updated = as("pengawas").putJson("/api/community/groups/" + id, """
        {"name":"PATBM Kedungsoko Bersatu","villageCode":"3504011001","contactName":"Pak Budi",
         "members":[{"name":"Pak Budi","role":"KETUA"}],"active":false}""");
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(json(updated).path("name").asText()).isEqualTo("PATBM Kedungsoko Bersatu");
    assertThat(json(updated).path("members")).hasSize(1);
    assertThat(json(updated).path("active").asBoolean()).isFalse();
  }

  @Test
  void invalidGroupsAreExplainedAndOutOfScopeVillagesRefused() {
    HttpResponse<String> invalid = as("pengawas").postJson("/api/community/groups", """
        {"name":"P","villageCode":"9999999999","contactPhone":"abc",
         "members":[{"name":"","role":"RAJA"}]}""");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(json(invalid).path("errors")).extracting(e -> e.path("field").asText()).contains("name",
        "villageCode", "contactName", "contactPhone", "members[0].name", "members[0].role");

    HttpResponse<String> elsewhere = as("pengawas").postJson("/api/community/groups",
        group("PATBM Besuki", TRENGGALEK_VILLAGE));
    assertThat(elsewhere.statusCode()).isEqualTo(400);
    assertThat(json(elsewhere).path("errors").get(0).path("code").asText()).isEqualTo("OUT_OF_SCOPE");
    assertThat(as("admin").postJson("/api/community/groups", group("PATBM Besuki", TRENGGALEK_VILLAGE))
        .statusCode()).isEqualTo(201);
  }

  @Test
  void activitiesAreRecordedValidatedScopedAndCountedPerDistrictAndMonth() {
    long groupId = json(as("pengawas").postJson("/api/community/groups",
        group("PATBM Wajak Kidul", BOYOLANGU_VILLAGE))).path("id").asLong();
    int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear() - 1;

    HttpResponse<String> first = as("pengawas").postJson("/api/community/activities",
        activity(groupId, null, "SOCIALISATION", year + "-03-05", 10, 12, 3, 20));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(json(first).path("villageCode").asText()).as("the group's village").isEqualTo(BOYOLANGU_VILLAGE);
    assertThat(json(first).path("participants").asInt()).isEqualTo(45);
    assertThat(as("pengawas").postJson("/api/community/activities",
        activity(groupId, BOYOLANGU_VILLAGE, "PARENTING_CLASS", year + "-03-20", 0, 0, 8, 15)).statusCode())
        .isEqualTo(201);
    assertThat(as("pengawas").postJson("/api/community/activities",
        activity(null, TULUNGAGUNG_VILLAGE, "SCHOOL_VISIT", year + "-04-02", 40, 38, 1, 2)).statusCode())
        .isEqualTo(201);
    long activityId = json(first).path("id").asLong();
    assertThat(as("pengawas2").get("/api/community/activities/" + activityId).statusCode()).isEqualTo(404);
    assertThat(as("peksos1").get("/api/community/activities/" + activityId).statusCode()).isEqualTo(403);
    assertThat(json(as("pengawas").get("/api/community/activities?groupId=" + groupId))).hasSize(2);

    HttpResponse<String> invalid = as("pengawas").postJson("/api/community/activities", """
        {"groupId":999999,"villageCode":"3503012001","kind":"PARTY","date":"2999-01-01","topic":"",
         "boys":-1,"girls":0,"men":0,"women":0}""");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(json(invalid).path("errors")).extracting(e -> e.path("field").asText())
        .contains("groupId", "villageCode", "kind", "date", "topic", "boys");
    HttpResponse<String> nobody = as("pengawas").postJson("/api/community/activities",
        activity(groupId, null, "OTHER", year + "-05-01", 0, 0, 0, 0));
    assertThat(json(nobody).path("errors").get(0).path("field").asText()).isEqualTo("participants");
    HttpResponse<String> otherUnit = as("pengawas2").postJson("/api/community/activities",
        activity(groupId, null, "OTHER", year + "-05-01", 1, 0, 0, 0));
    assertThat(json(otherUnit).path("errors")).extracting(e -> e.path("field").asText()).contains("groupId");

    JsonNode report = json(as("pengawas").get("/api/community/reports/activities?year=" + year));
    assertThat(report.path("groupBy").asText()).isEqualTo("district");
    JsonNode boyolanguMarch = row(report, "350402", year + "-03");
    assertThat(boyolanguMarch.path("totalActivities").asLong()).isEqualTo(2);
    assertThat(boyolanguMarch.path("activities").path("SOCIALISATION").asLong()).isEqualTo(1);
    assertThat(boyolanguMarch.path("activities").path("PARENTING_CLASS").asLong()).isEqualTo(1);
    assertThat(boyolanguMarch.path("boys").asLong()).isEqualTo(10);
    assertThat(boyolanguMarch.path("women").asLong()).isEqualTo(35);
    assertThat(boyolanguMarch.path("participants").asLong()).isEqualTo(68);
    assertThat(boyolanguMarch.path("regionName").asText()).isEqualTo("Boyolangu");
    assertThat(row(report, "350401", year + "-04").path("activities").path("SCHOOL_VISIT").asLong()).isEqualTo(1);

    JsonNode byRegency = json(as("kepala").get("/api/community/reports/activities?groupBy=regency&year=" + year));
    assertThat(row(byRegency, "3504", year + "-03").path("totalActivities").asLong()).isEqualTo(2);
    assertThat(json(as("provinsi").get("/api/community/reports/activities?groupBy=regency&year=" + year))
        .path("rows")).isNotEmpty();
    assertThat(json(as("pengawas2").get("/api/community/reports/activities?year=" + year)).path("rows"))
        .as("the other unit counts nothing of this one").noneMatch(r -> r.path("regionCode").asText()
            .startsWith("3504"));
    assertThat(as("pengawas2").get("/api/community/reports/activities?region=3504&year=" + year).statusCode())
        .isEqualTo(404);
    assertThat(as("peksos1").get("/api/community/reports/activities").statusCode()).isEqualTo(403);
    assertThat(as("pengawas").get("/api/community/reports/activities?groupBy=village").statusCode())
        .isEqualTo(400);

    HttpResponse<String> csv = as("pengawas").get("/api/community/reports/activities?format=csv&year=" + year);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("kode_kecamatan,nama_wilayah,bulan,Sosialisasi,Kelas pengasuhan,")
        .contains("350402,Boyolangu," + year + "-03,1,1,0,0,2,10,12,11,35,68");
  }

  @Test
  void anActivityIsCorrectedOrDeletedWithTheVersionReadAndTheReportFollows() {
    long groupId = json(as("pengawas").postJson("/api/community/groups",
        group("PATBM Koreksi", BOYOLANGU_VILLAGE))).path("id").asLong();
    int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear() - 2;
    HttpResponse<String> created = as("pengawas").postJson("/api/community/activities",
        activity(groupId, null, "SOCIALISATION", year + "-06-05", 10, 10, 0, 0));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json(created).path("id").asLong();
    long version = json(created).path("version").asLong();
    String path = "/api/community/activities/" + id;
    String corrected = activity(groupId, null, "PARENTING_CLASS", year + "-06-06", 0, 0, 5, 7)
        .replaceFirst("\\}\\s*$", ",\"version\":" + version + "}");

    // Outside the scope, without a version, or invalid: refused, nothing changed.
    assertThat(as("pengawas2").putJson(path, corrected).statusCode()).isEqualTo(404);
    assertThat(as("peksos1").putJson(path, corrected).statusCode()).isEqualTo(403);
    HttpResponse<String> noVersion = as("pengawas").putJson(path,
        activity(groupId, null, "PARENTING_CLASS", year + "-06-06", 0, 0, 5, 7));
    assertThat(noVersion.statusCode()).isEqualTo(400);
    assertThat(json(noVersion).path("errors").get(0).path("field").asText()).isEqualTo("version");
    HttpResponse<String> invalid = as("pengawas").putJson(path, corrected.replace("PARENTING_CLASS", "PARTY"));
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(json(as("pengawas").get(path)).path("kind").asText()).isEqualTo("SOCIALISATION");

    HttpResponse<String> changed = as("pengawas").putJson(path, corrected);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(json(changed).path("kind").asText()).isEqualTo("PARENTING_CLASS");
    assertThat(json(changed).path("participants").asInt()).isEqualTo(12);
    assertThat(json(changed).path("updatedBy").asText()).isEqualTo("pengawas");
    assertThat(json(changed).path("createdBy").asText()).isEqualTo("pengawas");
    // A second change based on the old version would overwrite it: 409.
    assertThat(json(as("kepala").putJson(path, corrected)).path("code").asText()).isEqualTo("VERSION_CONFLICT");
    JsonNode june = row(json(as("pengawas").get("/api/community/reports/activities?year=" + year)), "350402",
        year + "-06");
    assertThat(june.path("activities").path("PARENTING_CLASS").asLong()).isEqualTo(1);
    assertThat(june.path("activities").path("SOCIALISATION").asLong()).isZero();

    long current = json(changed).path("version").asLong();
    assertThat(as("pengawas").delete(path + "?version=" + version).statusCode()).isEqualTo(409);
    assertThat(as("pengawas2").delete(path + "?version=" + current).statusCode()).isEqualTo(404);
    assertThat(as("pengawas").delete(path + "?version=" + current).statusCode()).isEqualTo(204);
    assertThat(as("pengawas").get(path).statusCode()).isEqualTo(404);
    assertThat(json(as("pengawas").get("/api/community/reports/activities?year=" + year)).path("rows"))
        .noneMatch(r -> r.path("regionCode").asText().equals("350402") && r.path("month").asText()
            .equals(year + "-06"));
  }

  private static JsonNode row(JsonNode report, String region, String month) {
    for (JsonNode row : report.path("rows")) {
      if (row.path("regionCode").asText().equals(region) && row.path("month").asText().equals(month)) {
        return row;
      }
    }
    throw new AssertionError("No row " + region + " " + month + " in " + report);
  }
}
