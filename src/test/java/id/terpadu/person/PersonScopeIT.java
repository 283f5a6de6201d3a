package id.terpadu.person;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.CaseFixtures;
import id.terpadu.support.CaseFixtures.Registered;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Person records through the region scope layer: the child of a Tulungagung (3504) complaint is a person of
 * 3504. The unit's staff read and find it (full NIK for the front office and management, masked for
 * caseworkers), Trenggalek's staff get 404 and find nothing, agencies, the province and administrators 403; every
 * read is in the access log. A transfer takes the child's record to the receiving regency.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonScopeIT {

  /** A valid NIK of a boy born 14-03-2010 in district 350401, unique to this test class. */
  static final String NIK = "3504011403109917";

  @LocalServerPort int port;
  CaseFixtures fixtures;
  Registered registered;
  long personId;

  @BeforeAll
  void aChildWithANikInTulungagung() {
    fixtures = new CaseFixtures(port);
    HttpResponse<String> created = fixtures.as("petugas").postJson("/api/complaints", """
        {"channel":"WALK_IN","anonymous":true,
         "child":{"name":"Bagus Prasetyo Scope","sex":"L","birthDate":"2010-03-14","nik":"%s"},
         "villageCode":"%s","description":"Anak tidak sekolah dan bekerja di pasar.","categories":["ABH"]}
        """.formatted(NIK, CaseFixtures.TULUNGAGUNG_VILLAGE));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = json(created);
    registered = new Registered(body.path("caseId").asLong(), body.path("caseNumber").asText(),
        body.path("processInstanceId").asText());
    personId = json(fixtures.as("pengawas").get("/api/cases/" + registered.caseId()))
        .path("child").path("personId").asLong();
    assertThat(personId).isPositive();
  }

  @ParameterizedTest(name = "{0} reads the Tulungagung child: {1}, NIK shown whole {2}, finds it by NIK {3}")
  @CsvSource({
      // user,    detail, full NIK, search status, found
      "petugas,   200, true,  200, true",
      "pengawas,  200, true,  200, true",
      "kepala,    200, true,  200, true",
      "peksos1,   200, false, 200, true",
      "pengawas2, 404, false, 200, false",
      "petugas2,  404, false, 200, false",
      "peksos3,   404, false, 200, false",
      "provinsi,  403, false, 403, false",
      "rsud,      403, false, 403, false",
      "admin,     403, false, 403, false"})
  void personReads(String user, int detail, boolean fullNik, int search, boolean found) {
    HttpResponse<String> read = fixtures.as(user).get("/api/persons/" + personId);
    assertThat(read.statusCode()).as(user + ": " + read.body()).isEqualTo(detail);
    if (detail == 200) {
      JsonNode person = json(read).path("person");
      assertThat(person.path("nik").asText()).isEqualTo(fullNik ? NIK : "3504********9917");
      assertThat(person.path("nikMasked").asBoolean()).isEqualTo(!fullNik);
      assertThat(person.path("regencyCode").asText()).isEqualTo("3504");
    } else {
      assertThat(read.body()).doesNotContain("Bagus").doesNotContain(NIK);
    }
    HttpResponse<String> byNik = fixtures.as(user).get("/api/persons?nik=" + NIK);
    assertThat(byNik.statusCode()).as(user + ": " + byNik.body()).isEqualTo(search);
    if (search == 200) {
      List<Long> ids = ids(json(byNik));
      assertThat(ids.contains(personId)).as(user + " finds the child").isEqualTo(found);
      assertThat(json(byNik).path("total").asLong()).isEqualTo(found ? 1 : 0);
      JsonNode secondPage = json(fixtures.as(user).get("/api/persons?nik=" + NIK + "&page=1"));
      assertThat(ids(secondPage)).as(user + ": the one match is on the first page").isEmpty();
      assertThat(secondPage.path("total").asLong()).isEqualTo(found ? 1 : 0);
    }
  }

  @Test
  void searchingByNameIsScopedAndRefusesBadInput() {
    assertThat(ids(json(fixtures.as("petugas").get("/api/persons?q=prasetyo%20scope")))).containsExactly(personId);
    assertThat(ids(json(fixtures.as("petugas2").get("/api/persons?q=prasetyo%20scope")))).isEmpty();
    HttpResponse<String> bad = fixtures.as("petugas").get("/api/persons?nik=35040114031099&q=x&size=500");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("nik", "q", "q", "size");
  }

  @Test
  void thePersonPageListsTheCasesTheReaderMayRead() {
    JsonNode services = json(fixtures.as("pengawas").get("/api/persons/" + personId)).path("services");
    assertThat(StreamSupport.stream(services.spliterator(), false)
        .filter(s -> s.path("kind").asText().equals("CASE")).map(s -> s.path("reference").asText()).toList())
        .containsExactly(registered.caseNumber());
    // A caseworker reads the person but not a case that is not theirs: the case is not listed.
    JsonNode peksos = json(fixtures.as("peksos1").get("/api/persons/" + personId)).path("services");
    assertThat(peksos.isEmpty()).isTrue();
  }

  @Test
  void everyPersonReadIsInTheAccessLog() {
    fixtures.as("pengawas2").get("/api/persons/" + personId);
    fixtures.as("kepala").get("/api/persons/" + personId);
    JsonNode log = json(fixtures.as("admin").get("/api/access-log?person=" + personId + "&size=200"));
    List<String> outcomes = StreamSupport.stream(log.path("items").spliterator(), false)
        .map(r -> r.path("userId").asText() + ":" + r.path("outcome").asText() + ":" + r.path("httpStatus").asInt())
        .toList();
    assertThat(outcomes).contains("pengawas2:NOT_FOUND:404", "kepala:ALLOWED:200");
    assertThat(log.toString()).doesNotContain(NIK).doesNotContain("Bagus");
  }

  private static List<Long> ids(JsonNode page) {
    return StreamSupport.stream(page.path("items").spliterator(), false).map(i -> i.path("id").asLong()).toList();
  }
}
