package id.terpadu.region;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.ApiClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The region reference data as loaded by Flyway, the directory over it and its API. */
@Tag("extended")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class RegionDirectoryIT {

  private static final String TULUNGAGUNG = "3504";

  @LocalServerPort int port;
  @Autowired RegionDirectory directory;
  @Autowired JdbcTemplate jdbc;

  @Test
  void everyLevelIsLoadedCompletely() {
    assertThat(directory.count(RegionLevel.PROVINCE)).isEqualTo(38);
    assertThat(directory.count(RegionLevel.REGENCY)).isEqualTo(514);
    assertThat(directory.count(RegionLevel.DISTRICT)).isEqualTo(7_285);
    assertThat(directory.count(RegionLevel.VILLAGE)).isEqualTo(83_762);
    assertThat(directory.provinces()).hasSize(38);
  }

  @Test
  void everyRegionBelowProvinceHasAnExistingParentThatItsCodeStartsWith() {
    Integer orphans = jdbc.queryForObject("SELECT COUNT(*) FROM region r WHERE r.parent_code IS NOT NULL"
        + " AND NOT EXISTS (SELECT 1 FROM region p WHERE p.code = r.parent_code)", Integer.class);
    Integer provincesWithParent = jdbc.queryForObject(
        "SELECT COUNT(*) FROM region WHERE level = 'PROVINCE' AND parent_code IS NOT NULL", Integer.class);
    List<String> misplaced = jdbc.queryForList("SELECT code FROM region WHERE parent_code IS NOT NULL"
        + " AND SUBSTRING(code, 1, LENGTH(parent_code)) <> parent_code", String.class);

    assertThat(orphans).isZero();
    assertThat(provincesWithParent).isZero();
    assertThat(misplaced).isEmpty();
  }

  @Test
  void knownRegions() {
    assertThat(directory.find(TULUNGAGUNG)).hasValueSatisfying(regency -> {
      assertThat(regency.getName()).isEqualTo("Kabupaten Tulungagung");
      assertThat(regency.getLevel()).isEqualTo(RegionLevel.REGENCY);
      assertThat(regency.getParentCode()).isEqualTo("35");
    });
    assertThat(directory.find("3275")).map(Region::getName).contains("Kota Bekasi");
    assertThat(directory.find("33")).map(Region::getName).contains("Jawa Tengah");
    assertThat(directory.children("33")).hasSize(35);
    assertThat(directory.find("9999")).isEmpty();
  }

  @Test
  void namesWithQuotedCommasAndQuotesAreLoadedIntact() {
    assertThat(directory.find("1207281007")).map(Region::getName).contains("Lubuk Pakam I,II");
    assertThat(directory.find("1402092010")).map(Region::getName).contains("Lambang Sari I, II, III");
    assertThat(directory.find("3513152017")).map(Region::getName).contains("Soka\"an");
    assertThat(directory.find("352922")).map(Region::getName).contains("Ra\"as");
  }

  @Test
  void aVillageOfTulungagungBelongsToTulungagung() {
    String village = jdbc.queryForObject(
        "SELECT MIN(code) FROM region WHERE level = 'VILLAGE' AND code LIKE '3504%'", String.class);

    assertThat(village).hasSize(10).startsWith(TULUNGAGUNG);
    assertThat(directory.exists(village, RegionLevel.VILLAGE)).isTrue();
    assertThat(directory.exists(village, RegionLevel.DISTRICT)).isFalse();
    assertThat(directory.regencyOf(village)).isEqualTo(TULUNGAGUNG);
    assertThat(directory.contains(TULUNGAGUNG, village)).isTrue();
    assertThat(directory.contains("3503", village)).isFalse();
    assertThat(directory.exists(TULUNGAGUNG, RegionLevel.REGENCY)).isTrue();
    assertThat(directory.exists("3504999999", RegionLevel.VILLAGE)).isFalse();
  }

  @Test
  void theChildrenOfARegencyAreItsDistricts() {
    List<Region> districts = directory.children(TULUNGAGUNG);

    assertThat(districts).isNotEmpty()
        .allSatisfy(district -> {
          assertThat(district.getLevel()).isEqualTo(RegionLevel.DISTRICT);
          assertThat(district.getParentCode()).isEqualTo(TULUNGAGUNG);
          assertThat(district.getCode()).hasSize(6).startsWith(TULUNGAGUNG);
        })
        .extracting(Region::getCode).isSorted();
    Integer expected = jdbc.queryForObject(
        "SELECT COUNT(*) FROM region WHERE level = 'DISTRICT' AND code LIKE '3504%'", Integer.class);
    assertThat(districts).hasSize(expected);
    assertThat(directory.children(districts.get(0).getCode()))
        .isNotEmpty().allSatisfy(village -> assertThat(village.getLevel()).isEqualTo(RegionLevel.VILLAGE));
  }

  @Test
  void aCaseworkerReadsARegionOverTheApi() {
    HttpResponse<String> response = ApiClient.basic(port, "peksos1", "demo").get("/api/regions/" + TULUNGAGUNG);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode region = json(response);
    assertThat(region.path("code").asText()).isEqualTo(TULUNGAGUNG);
    assertThat(region.path("name").asText()).isEqualTo("Kabupaten Tulungagung");
    assertThat(region.path("level").asText()).isEqualTo("REGENCY");
    assertThat(region.path("parentCode").asText()).isEqualTo("35");
  }

  @Test
  void theApiListsChildrenAndProvinces() {
    ApiClient caseworker = ApiClient.basic(port, "peksos1", "demo");

    HttpResponse<String> children = caseworker.get("/api/regions/" + TULUNGAGUNG + "/children");
    assertThat(children.statusCode()).isEqualTo(200);
    assertThat(json(children)).hasSize(directory.children(TULUNGAGUNG).size())
        .allSatisfy(child -> {
          assertThat(child.path("level").asText()).isEqualTo("DISTRICT");
          assertThat(child.path("parentCode").asText()).isEqualTo(TULUNGAGUNG);
        });

    HttpResponse<String> provinces = caseworker.get("/api/regions");
    assertThat(provinces.statusCode()).isEqualTo(200);
    assertThat(json(provinces)).hasSize(38);
    assertThat(json(provinces).get(0).path("parentCode").isNull()).isTrue();
  }

  @Test
  void unknownOrMalformedCodesAreNotFound() {
    ApiClient caseworker = ApiClient.basic(port, "peksos1", "demo");

    for (String path : List.of("/api/regions/9999", "/api/regions/35x", "/api/regions/9999/children")) {
      HttpResponse<String> response = caseworker.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(json(response).path("code").asText()).as(path).isEqualTo("REGION_NOT_FOUND");
    }
  }

  @Test
  void anonymousCallersAreRejected() {
    HttpResponse<String> response = ApiClient.anonymous(port).get("/api/regions/" + TULUNGAGUNG);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).path("code").asText()).isEqualTo("UNAUTHENTICATED");
  }
}
