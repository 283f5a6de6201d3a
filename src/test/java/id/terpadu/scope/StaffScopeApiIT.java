package id.terpadu.scope;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.organisation.OrganisationService;
import id.terpadu.organisation.StaffAccount;
import id.terpadu.support.ApiClient;
import id.terpadu.support.CaseFixtures;
import id.terpadu.support.CaseFixtures.Registered;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Administrators set which regions a staff member works in; the next request of that staff member follows it,
 * also in a browser session that was opened before the change.
 */
@Tag("extended")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class StaffScopeApiIT {

  static final String USER = "uji-cakupan";
  static final String PASSWORD = "Rahasia-Cakupan-2026!";
  static final String SCOPE = "/api/staff/" + USER + "/scope";

  @LocalServerPort int port;
  @Autowired OrganisationService organisation;
  @Autowired IdentityService identity;
  CaseFixtures fixtures;

  /** A supervisor of Tulungagung, reset to that scope before each test. */
  @BeforeEach
  void supervisorOfTulungagung() {
    fixtures = new CaseFixtures(port);
    organisation.ensureStaff(new StaffAccount(USER, "Uji", "Cakupan", null, List.of("supervisor", "supervisor-3504"),
        List.of("3504")), PASSWORD);
    organisation.replaceScope(USER, List.of("3504"));
  }

  /** Out of the unit's supervisors again: later test classes share the database and count its members. */
  @AfterEach
  void leaveTheUnit() {
    identity.deleteMembership(USER, "supervisor-3504");
    identity.deleteMembership(USER, "supervisor");
  }

  @Test
  void anAdministratorReadsAndReplacesAScope() {
    JsonNode before = json(admin().get(SCOPE));
    assertThat(before.path("userId").asText()).isEqualTo(USER);
    assertThat(before.path("regions")).singleElement().satisfies(r -> {
      assertThat(r.path("code").asText()).isEqualTo("3504");
      assertThat(r.path("level").asText()).isEqualTo("REGENCY");
      assertThat(r.path("name").asText()).isEqualTo("Kabupaten Tulungagung");
    });

    HttpResponse<String> replaced = admin().putJson(SCOPE,
        "{\"regionCodes\":[\"3503\",\"350401\",\"3504011001\",\"35\",\"3503\"]}");

    assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
    assertThat(json(replaced).path("regions")).extracting(r -> r.path("code").asText() + ":" + r.path("level").asText()
        + ":" + r.path("name").asText()).containsExactly("35:PROVINCE:Jawa Timur", "3503:REGENCY:Kabupaten Trenggalek",
            "350401:DISTRICT:Tulungagung", "3504011001:VILLAGE:Kedungsoko");
    assertThat(organisation.scopeOf(USER)).containsExactly("35", "3503", "350401", "3504011001");
    assertThat(json(admin().get(SCOPE)).path("regions")).hasSize(4);

    JsonNode staff = json(admin().get("/api/staff?q=CAKUPAN"));
    assertThat(staff).singleElement().satisfies(s -> {
      assertThat(s.path("userId").asText()).isEqualTo(USER);
      assertThat(s.path("name").asText()).isEqualTo("Uji Cakupan");
      assertThat(s.path("scope")).extracting(JsonNode::asText).containsExactly("35", "3503", "350401", "3504011001");
    });
    assertThat(json(admin().get("/api/staff"))).anySatisfy(s -> {
      assertThat(s.path("userId").asText()).isEqualTo("provinsi");
      assertThat(s.path("scope")).extracting(JsonNode::asText).containsExactly("35");
    });
  }

  @Test
  void theStaffMembersNextRequestFollowsTheNewScope() {
    Registered tulungagung = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    Registered trenggalek = fixtures.register("petugas2", CaseFixtures.TRENGGALEK_VILLAGE);
    ApiClient basic = ApiClient.basic(port, USER, PASSWORD);
    ApiClient session = ApiClient.anonymous(port);
    assertThat(session.webappLogin("tasklist", USER, PASSWORD)).isEqualTo(200);
    assertThat(status(session, tulungagung)).isEqualTo(200);
    assertThat(status(session, trenggalek)).isEqualTo(404);

    assertThat(admin().putJson(SCOPE, "{\"regionCodes\":[\"3503\"]}").statusCode()).isEqualTo(200);

    for (ApiClient client : List.of(session, basic)) {
      assertThat(status(client, tulungagung)).isEqualTo(404);
      assertThat(status(client, trenggalek)).isEqualTo(200);
    }
    assertThat(json(session.get("/api/cases?size=100")).path("items"))
        .allSatisfy(i -> assertThat(i.path("regencyCode").asText()).isEqualTo("3503"));
    assertThat(json(session.get("/api/me")).path("scope")).extracting(JsonNode::asText).containsExactly("3503");

    assertThat(admin().putJson(SCOPE, "{\"regionCodes\":[]}").statusCode()).isEqualTo(200);
    assertThat(status(session, trenggalek)).isEqualTo(404);
    assertThat(json(session.get("/api/cases")).path("total").asLong()).isZero();

    assertThat(admin().putJson(SCOPE, "{\"regionCodes\":[\"35\"]}").statusCode()).isEqualTo(200);
    assertThat(status(session, tulungagung)).isEqualTo(200);
    assertThat(status(session, trenggalek)).isEqualTo(200);
  }

  @Test
  void invalidCodesAreReportedOneByOneAndNothingChanges() {
    HttpResponse<String> response = admin().putJson(SCOPE,
        "{\"regionCodes\":[\"35a\",\"3599\",\"12345\",\"\",null,\"3504\",\"3504019999\"]}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = json(response);
    assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(problem.path("errors")).extracting(e -> e.path("field").asText() + ":" + e.path("code").asText())
        .containsExactly("regionCodes[0]:FORMAT", "regionCodes[1]:UNKNOWN_CODE", "regionCodes[2]:FORMAT",
            "regionCodes[3]:FORMAT", "regionCodes[4]:FORMAT", "regionCodes[6]:UNKNOWN_CODE");
    assertThat(problem.path("errors").get(1).path("message").asText()).contains("tidak ada dalam daftar wilayah");
    assertThat(organisation.scopeOf(USER)).containsExactly("3504");

    HttpResponse<String> missing = admin().putJson(SCOPE, "{}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(json(missing).path("errors").get(0).path("field").asText()).isEqualTo("regionCodes");
    assertThat(admin().putJson(SCOPE, "{\"codes\":[\"3504\"]}").statusCode()).isEqualTo(400);
    assertThat(admin().putJson(SCOPE, "[\"3504\"]").statusCode()).isEqualTo(400);
    String tooMany = String.join(",", Collections.nCopies(51, "\"3504\""));
    HttpResponse<String> many = admin().putJson(SCOPE, "{\"regionCodes\":[" + tooMany + "]}");
    assertThat(json(many).path("errors").get(0).path("code").asText()).isEqualTo("LENGTH");
    assertThat(organisation.scopeOf(USER)).containsExactly("3504");

    for (HttpResponse<String> unknown : List.of(admin().get("/api/staff/tidak-ada/scope"),
        admin().putJson("/api/staff/tidak-ada/scope", "{\"regionCodes\":[\"3504\"]}"))) {
      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(json(unknown).path("code").asText()).isEqualTo("STAFF_NOT_FOUND");
    }
    assertThat(organisation.scopeOf("tidak-ada")).isEmpty();
  }

  @Test
  void onlyAdministratorsManageScopes() {
    for (String user : List.of("pengawas", "kepala", "provinsi", "rsud", "peksos1")) {
      ApiClient client = fixtures.as(user);
      assertThat(client.get("/api/staff").statusCode()).as(user).isEqualTo(403);
      assertThat(client.get(SCOPE).statusCode()).as(user).isEqualTo(403);
      assertThat(client.putJson(SCOPE, "{\"regionCodes\":[\"35\"]}").statusCode()).as(user).isEqualTo(403);
    }
    assertThat(ApiClient.anonymous(port).get(SCOPE).statusCode()).isEqualTo(401);
    assertThat(organisation.scopeOf(USER)).containsExactly("3504");

    // In a browser session a change needs the webapps' CSRF token.
    ApiClient session = ApiClient.anonymous(port);
    assertThat(session.webappLogin("admin", "admin", "demo")).isEqualTo(200);
    HttpResponse<String> forged = session.putJson(SCOPE, "{\"regionCodes\":[\"35\"]}", false);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(json(forged).path("code").asText()).isEqualTo("CSRF_TOKEN_INVALID");
    assertThat(organisation.scopeOf(USER)).containsExactly("3504");
    session.get("/camunda/api/engine/engine/"); // the webapps issue the session's token on their next call
    // Pages outside /camunda cannot read the webapps' cookie; they ask for the same token.
    assertThat(json(session.get("/api/csrf-token")).path("token").asText()).isEqualTo(session.xsrfToken().orElseThrow());
    assertThat(json(admin().get("/api/csrf-token")).path("token").isNull()).isTrue();
    assertThat(session.putJson(SCOPE, "{\"regionCodes\":[\"3503\"]}").statusCode()).isEqualTo(200);
    assertThat(organisation.scopeOf(USER)).containsExactly("3503");
  }

  private ApiClient admin() {
    return fixtures.as("admin");
  }

  private static int status(ApiClient client, Registered registered) {
    return client.get("/api/cases/" + registered.caseId()).statusCode();
  }
}
