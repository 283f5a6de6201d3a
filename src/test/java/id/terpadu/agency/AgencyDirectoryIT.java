package id.terpadu.agency;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.ApiClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The partner agency directory as staff read it and administrators keep it, with the demo agencies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class AgencyDirectoryIT {

  /** Agencies created by these tests serve Kabupaten Blitar, so the demo regencies' lists stay as seeded. */
  static final String BLITAR = "3505";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired DecisionService decisions;
  @Autowired AgencyDirectory directory;
  @Autowired ServiceTypes serviceTypes;

  ApiClient admin() {
    return ApiClient.basic(port, "admin", "demo");
  }

  ApiClient caseworker() {
    return ApiClient.basic(port, "peksos1", "demo");
  }

  static String agency(String code, String name, String serviceType) {
    return """
        {"code":"%s","name":"%s","email":"layanan@%s.go.id","phone":"0355 123 456",
         "regencyCodes":["%s"],"serviceTypes":["%s"]}
        """.formatted(code, name, code, BLITAR, serviceType);
  }

  static List<String> codes(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).findValuesAsText("code");
  }

  @Test
  void staffListTheActiveDemoAgenciesByName() {
    assertThat(codes(caseworker().get("/api/agencies")))
        .containsSubsequence("dukcapil", "dinsos", "lbh", "rsud");
    assertThat(codes(ApiClient.basic(port, "rsud", "demo").get("/api/agencies?regencyCode=3504")))
        .containsExactly("dukcapil", "dinsos", "lbh", "rsud");
  }

  @Test
  void theListFiltersByServiceTypeAndRegency() {
    assertThat(codes(caseworker().get("/api/agencies?serviceType=BIRTH_CERTIFICATE")))
        .containsExactly("dukcapil");
    assertThat(codes(caseworker().get("/api/agencies?serviceType=MEDICAL_EXAM&regencyCode=3503")))
        .containsExactly("rsud");
    assertThat(codes(caseworker().get("/api/agencies?serviceType=SAFE_HOUSE&regencyCode=3504")))
        .containsExactly("dinsos");
    assertThat(codes(caseworker().get("/api/agencies?regencyCode=3201"))).isEmpty();
  }

  @Test
  void aMisspeltFilterIsAnErrorNotAnEmptyList() {
    HttpResponse<String> response = caseworker().get("/api/agencies?serviceType=LEGAL&regencyCode=35");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = json(response);
    assertThat(body.path("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(body.path("errors").findValuesAsText("field")).containsExactly("serviceType", "regencyCode");
  }

  @Test
  void oneAgencyByItsCode() {
    HttpResponse<String> response = caseworker().get("/api/agencies/rsud");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode rsud = json(response);
    assertThat(rsud.path("name").asText()).isEqualTo("RSUD dr. Iskak Tulungagung");
    assertThat(rsud.path("groupId").asText()).isEqualTo("agency-rsud");
    assertThat(rsud.path("email").asText()).isEqualTo("rsud@demo.terpadu.invalid");
    assertThat(rsud.path("active").asBoolean()).isTrue();
    assertThat(rsud.path("regencyCodes")).extracting(JsonNode::asText).containsExactly("3503", "3504");
    assertThat(rsud.path("serviceTypes")).extracting(JsonNode::asText).contains("MEDICAL_CARE", "MEDICAL_EXAM");
  }

  @Test
  void anUnknownAgencyIsNotFound() {
    HttpResponse<String> get = caseworker().get("/api/agencies/tidak-ada");
    assertThat(get.statusCode()).isEqualTo(404);
    assertThat(json(get).path("code").asText()).isEqualTo("AGENCY_NOT_FOUND");

    HttpResponse<String> put = admin().putJson("/api/agencies/tidak-ada", agency("tidak-ada", "Tidak Ada", "POLICE"));
    assertThat(put.statusCode()).isEqualTo(404);
    assertThat(json(put).path("code").asText()).isEqualTo("AGENCY_NOT_FOUND");

    assertThat(admin().delete("/api/agencies/tidak-ada").statusCode()).isEqualTo(404);
  }

  @Test
  void anAdministratorRegistersAnAgencyWithItsCamundaGroup() {
    HttpResponse<String> created = admin().postJson("/api/agencies",
        agency("puspaga-blitar", "Puspaga Kabupaten Blitar", "PARENTING"));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("/api/agencies/puspaga-blitar");
    JsonNode body = json(created);
    assertThat(body.path("groupId").asText()).isEqualTo("agency-puspaga-blitar");
    assertThat(body.path("active").asBoolean()).isTrue();
    assertThat(body.path("phone").asText()).isEqualTo("0355 123 456");

    Group group = identity.createGroupQuery().groupId("agency-puspaga-blitar").singleResult();
    assertThat(group).isNotNull();
    assertThat(group.getName()).isEqualTo("Puspaga Kabupaten Blitar");
    assertThat(group.getType()).isEqualTo("AGENCY");

    assertThat(codes(caseworker().get("/api/agencies?serviceType=PARENTING&regencyCode=" + BLITAR)))
        .containsExactly("puspaga-blitar");
  }

  @Test
  void onlyAdministratorsChangeTheDirectory() {
    HttpResponse<String> create = caseworker().postJson("/api/agencies",
        agency("lpa-blitar", "Lembaga Perlindungan Anak Blitar", "PSYCHOLOGICAL"));
    assertThat(create.statusCode()).isEqualTo(403);
    assertThat(json(create).path("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(caseworker().get("/api/agencies/lpa-blitar").statusCode()).isEqualTo(404);
    assertThat(identity.createGroupQuery().groupId("agency-lpa-blitar").count()).isZero();

    ApiClient agencyUser = ApiClient.basic(port, "rsud", "demo");
    assertThat(agencyUser.putJson("/api/agencies/rsud", agency("rsud", "RSUD Baru", "MEDICAL_CARE")).statusCode())
        .isEqualTo(403);
    assertThat(caseworker().delete("/api/agencies/rsud").statusCode()).isEqualTo(403);
    assertThat(json(caseworker().get("/api/agencies/rsud")).path("active").asBoolean()).isTrue();
  }

  @Test
  void anInvalidAgencyIsRejectedWithEveryBadField() {
    HttpResponse<String> response = admin().postJson("/api/agencies", """
        {"code":"Bad Code","name":"ab","email":"bukan-email","phone":"telepon",
         "regencyCodes":["3504","9999","35"],"serviceTypes":["MEDICAL_CARE","NOPE"]}
        """);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = json(response);
    assertThat(body.path("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(body.path("errors").findValuesAsText("field")).containsExactly(
        "code", "name", "email", "phone", "regencyCodes[1]", "regencyCodes[2]", "serviceTypes[1]");
    assertThat(body.path("errors").findValuesAsText("message")).contains(
        "Nama mitra harus 3–200 karakter.", "Jenis layanan tidak dikenal: NOPE.");
  }

  @Test
  void anEmptyAgencyListsEveryRequiredField() {
    HttpResponse<String> response = admin().postJson("/api/agencies", "{}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode errors = json(response).path("errors");
    assertThat(errors.findValuesAsText("field"))
        .containsExactly("code", "name", "email", "regencyCodes", "serviceTypes");
    assertThat(errors.findValuesAsText("code")).containsOnly("REQUIRED");
  }

  @Test
  void aTakenCodeIsAConflict() {
    HttpResponse<String> response = admin().postJson("/api/agencies", agency("rsud", "RSUD Kedua", "MEDICAL_CARE"));

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(json(response).path("code").asText()).isEqualTo("AGENCY_EXISTS");
    assertThat(json(caseworker().get("/api/agencies/rsud")).path("name").asText())
        .isEqualTo("RSUD dr. Iskak Tulungagung");
  }

  @Test
  void anAdministratorUpdatesAnAgencyAndItsGroupName() {
    assertThat(admin().postJson("/api/agencies", agency("bkbh-blitar", "BKBH Blitar", "LEGAL_AID")).statusCode())
        .isEqualTo(201);

    HttpResponse<String> updated = admin().putJson("/api/agencies/bkbh-blitar", """
        {"name":"Biro Konsultasi dan Bantuan Hukum Blitar","email":"bkbh@unisba.ac.id",
         "regencyCodes":["3505","3572"],"serviceTypes":["LEGAL_AID","DIVERSION"]}
        """);

    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    JsonNode agency = json(caseworker().get("/api/agencies/bkbh-blitar"));
    assertThat(agency.path("name").asText()).isEqualTo("Biro Konsultasi dan Bantuan Hukum Blitar");
    assertThat(agency.path("email").asText()).isEqualTo("bkbh@unisba.ac.id");
    assertThat(agency.path("phone").isNull()).isTrue();
    assertThat(agency.path("regencyCodes")).extracting(JsonNode::asText).containsExactly("3505", "3572");
    assertThat(agency.path("serviceTypes")).extracting(JsonNode::asText).containsExactly("DIVERSION", "LEGAL_AID");
    assertThat(identity.createGroupQuery().groupId("agency-bkbh-blitar").singleResult().getName())
        .isEqualTo("Biro Konsultasi dan Bantuan Hukum Blitar");
  }

  @Test
  void theCodeOfAnAgencyCannotChange() {
    HttpResponse<String> response = admin().putJson("/api/agencies/lbh", agency("lbh-baru", "LBH Baru", "LEGAL_AID"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("errors").findValuesAsText("code")).containsExactly("IMMUTABLE");
  }

  @Test
  void aDeactivatedAgencyLeavesTheListButKeepsItsRecord() {
    assertThat(admin().postJson("/api/agencies", agency("lksa-blitar", "LKSA Blitar", "SAFE_HOUSE")).statusCode())
        .isEqualTo(201);

    assertThat(admin().delete("/api/agencies/lksa-blitar").statusCode()).isEqualTo(204);

    assertThat(json(caseworker().get("/api/agencies/lksa-blitar")).path("active").asBoolean()).isFalse();
    assertThat(codes(caseworker().get("/api/agencies?regencyCode=" + BLITAR))).doesNotContain("lksa-blitar");
    assertThat(codes(caseworker().get("/api/agencies?includeInactive=true&regencyCode=" + BLITAR)))
        .contains("lksa-blitar");
    assertThat(directory.agenciesFor("SAFE_HOUSE", BLITAR)).extracting(Agency::getCode).doesNotContain("lksa-blitar");
    assertThat(identity.createGroupQuery().groupId("agency-lksa-blitar").count()).isEqualTo(1);

    HttpResponse<String> again = admin().postJson("/api/agencies", agency("lksa-blitar", "LKSA Blitar", "SAFE_HOUSE"));
    assertThat(again.statusCode()).isEqualTo(409);
  }

  @Test
  void anonymousCallersAreNotLetIn() {
    HttpResponse<String> response = ApiClient.anonymous(port).get("/api/agencies");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).path("code").asText()).isEqualTo("UNAUTHENTICATED");
    assertThat(ApiClient.anonymous(port).postJson("/api/agencies", agency("x-blitar", "X Blitar", "POLICE"))
        .statusCode()).isEqualTo(401);
  }

  @Test
  void theRoutingTableProposesOnlyDemoAgenciesThatGiveTheServiceThere() {
    for (ServiceTypes.ServiceType type : serviceTypes.all()) {
      for (String regency : List.of("3504", "3503")) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("serviceType", type.code());
        variables.put("regency", regency);
        Object proposed = decisions.evaluateDecisionByKey("Decision_ReferralRouting").variables(variables)
            .evaluate().getSingleResult().getEntryMap().get("agencyCode");
        if (proposed != null) {
          assertThat(directory.agenciesFor(type.code(), regency)).as(type.code() + " in " + regency)
              .extracting(Agency::getCode).contains((String) proposed);
        }
      }
    }
  }
}
