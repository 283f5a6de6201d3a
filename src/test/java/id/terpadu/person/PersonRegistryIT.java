package id.terpadu.person;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.CaseFixtures;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The person registry through its API as the demo users use it: registering with NIK warnings, exact NIK
 * conflicts, duplicate candidates and confirming a new person, edits with optimistic locking, relationships, merge
 * and undo, and the region scope on every write (Tulungagung 3504 vs Trenggalek 3503, agencies 403).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonRegistryIT {

  static final String VILLAGE = CaseFixtures.TULUNGAGUNG_VILLAGE; // 3504011001, district 350401
  static final String OTHER_VILLAGE = "3504022001"; // 3504, district 350402
  static final String TRENGGALEK = CaseFixtures.TRENGGALEK_VILLAGE;

  @LocalServerPort int port;
  @Autowired NewPersonConfirmationRepository confirmations;
  CaseFixtures fixtures;

  @BeforeAll
  void setUp() {
    fixtures = new CaseFixtures(port);
  }

  @Test
  void registeringReturnsNikWarningsAndRefusesBadInput() {
    // A boy's NIK (day 15) on a record of a girl: stored, with the warning.
    HttpResponse<String> created = register("petugas", """
        {"name":"Ayu Lestari Registri","sex":"P","birthDate":"2012-06-15","nik":"3504 0115 0612 9811",
         "kk":"3504010101109999","birthPlace":"Tulungagung","villageCode":"%s","address":"Jl. Mawar 3",
         "phone":"0812 555 0101","disability":"tuna rungu"}""".formatted(VILLAGE));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = json(created);
    assertThat(body.path("person").path("nik").asText()).isEqualTo("3504011506129811");
    assertThat(body.path("person").path("regencyCode").asText()).isEqualTo("3504");
    assertThat(body.path("person").path("districtCode").asText()).isEqualTo("350401");
    assertThat(body.path("warnings").findValuesAsText("code")).containsExactly(NikCheck.SEX_MISMATCH);
    assertThat(created.headers().firstValue("Location")).hasValue("/api/persons/" + body.path("person").path("id"));

    // The caseworker reads the record with NIK and KK masked; the warning is shown on the record too.
    JsonNode detail = json(fixtures.as("peksos1").get("/api/persons/" + body.path("person").path("id")));
    assertThat(detail.path("person").path("nik").asText()).isEqualTo("3504********9811");
    assertThat(detail.path("person").path("kk").asText()).isEqualTo("3504********9999");
    assertThat(detail.path("warnings").findValuesAsText("code")).containsExactly(NikCheck.SEX_MISMATCH);

    HttpResponse<String> bad = register("petugas", """
        {"sex":"X","birthDate":"2031-01-01","nik":"3504011506120000","kk":"12345",
         "phone":"call me","villageCode":"3504019999"}""");
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
    assertThat(json(bad).path("errors").findValuesAsText("field"))
        .contains("name", "sex", "birthDate", "nik", "kk", "phone", "villageCode");
    assertThat(json(bad).path("errors").findValuesAsText("message")).contains("Nama wajib diisi.");
  }

  @Test
  void anExistingNikIsAConflictThatNamesThePersonOnlyToWhoMayReadIt() {
    String nik = "3504014703139812";
    HttpResponse<String> first = register("petugas", person("Rahma Nik Registri", "P", "2013-03-07", nik, VILLAGE));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    long id = json(first).path("person").path("id").asLong();

    HttpResponse<String> again = register("pengawas", person("Rahma N. Registri", "P", "2013-03-07", nik, OTHER_VILLAGE));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again).path("code").asText()).isEqualTo("NIK_EXISTS");
    assertThat(json(again).path("personId").asLong()).isEqualTo(id);

    HttpResponse<String> elsewhere = register("petugas2", person("Rahma Registri", "P", "2013-03-07", nik, TRENGGALEK));
    assertThat(elsewhere.statusCode()).isEqualTo(409);
    assertThat(json(elsewhere).path("code").asText()).isEqualTo("NIK_EXISTS");
    assertThat(json(elsewhere).has("personId")).isFalse();
    assertThat(elsewhere.body()).doesNotContain("Rahma").doesNotContain(Long.toString(id));
  }

  @Test
  void possibleDuplicatesAreShownUntilTheUserConfirmsANewPerson() {
    HttpResponse<String> first = register("petugas", person("Muhammad Rizky Registri", "L", "2013-02-03", null, VILLAGE));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    long firstId = json(first).path("person").path("id").asLong();

    // Checking before submitting.
    JsonNode check = json(fixtures.as("peksos1").get("/api/persons/duplicates?name=Mohamad%20Rizki%20Registri"
        + "&birthDate=2013-02-03&villageCode=" + VILLAGE));
    assertThat(ids(check.path("candidates"))).contains(firstId);

    String spelledOtherwise = person("Moh. Rizki Registri", "L", "2013-02-03", null, VILLAGE);
    HttpResponse<String> blocked = register("petugas", spelledOtherwise);
    assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(409);
    JsonNode problem = json(blocked);
    assertThat(problem.path("code").asText()).isEqualTo("POSSIBLE_DUPLICATES");
    JsonNode candidate = problem.path("candidates").get(0);
    assertThat(candidate.path("id").asLong()).isEqualTo(firstId);
    assertThat(candidate.path("score").asInt()).isGreaterThanOrEqualTo(DuplicateScore.LIKELY);
    assertThat(candidate.path("reasons").findValuesAsText("code"))
        .contains(DuplicateScore.SAME_BIRTH_DATE, DuplicateScore.SAME_VILLAGE);
    assertThat(candidate.path("name").asText()).isEqualTo("Muhammad Rizky Registri");

    // Trenggalek's unit sees no Tulungagung candidate and registers its own person straight away.
    HttpResponse<String> trenggalek = register("petugas2",
        person("Moh. Rizki Registri", "L", "2013-02-03", null, TRENGGALEK));
    assertThat(trenggalek.statusCode()).as(trenggalek.body()).isEqualTo(201);

    HttpResponse<String> confirmed = register("petugas",
        spelledOtherwise.replace("{", "{\"confirmNew\":true,"));
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
    long newId = json(confirmed).path("person").path("id").asLong();
    assertThat(ids(json(confirmed).path("confirmedPast"))).contains(firstId);
    List<NewPersonConfirmation> recorded = confirmations.findByPersonId(newId);
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).getConfirmedBy()).isEqualTo("petugas");
    assertThat(recorded.get(0).getCandidates()).startsWith(firstId + ":");

    // A name search ranks the exact spelling first and finds the variant too.
    JsonNode found = json(fixtures.as("petugas").get("/api/persons?q=Muhammad%20Rizky%20Registri"));
    assertThat(ids(found.path("items"))).startsWith(firstId).contains(newId);
  }

  @Test
  void anEditBasedOnAnOldVersionIsAConflict() {
    HttpResponse<String> created = register("petugas", person("Dewi Edit Registri", "P", "2014-01-20", null, VILLAGE));
    long id = json(created).path("person").path("id").asLong();
    HttpResponse<String> read = fixtures.as("peksos1").get("/api/persons/" + id);
    long version = json(read).path("person").path("version").asLong();
    assertThat(read.headers().firstValue("ETag")).hasValue("\"" + version + "\"");

    String edit = """
        {"name":"Dewi Edit Registri","sex":"P","birthDate":"2014-01-20","villageCode":"%s",
         "address":"Jl. Melati 7","version":%d}""";
    HttpResponse<String> first = fixtures.as("peksos1").putJson("/api/persons/" + id, edit.formatted(VILLAGE, version));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(json(first).path("person").path("address").asText()).isEqualTo("Jl. Melati 7");
    assertThat(json(first).path("person").path("updatedAt").isNull()).isFalse();

    HttpResponse<String> stale = fixtures.as("pengawas").putJson("/api/persons/" + id,
        edit.formatted(VILLAGE, version).replace("Melati", "Kenanga"));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(json(stale).path("code").asText()).isEqualTo("VERSION_CONFLICT");

    HttpResponse<String> noVersion = fixtures.as("pengawas").putJson("/api/persons/" + id,
        edit.formatted(VILLAGE, version).replace(",\"version\":" + version, "").replace("\"version\":" + version, ""));
    assertThat(noVersion.statusCode()).as(noVersion.body()).isEqualTo(400);

    long current = json(first).path("person").path("version").asLong();
    HttpResponse<String> away = fixtures.as("pengawas").putJson("/api/persons/" + id,
        edit.formatted(TRENGGALEK, current));
    assertThat(away.statusCode()).isEqualTo(400);
    assertThat(json(away).path("errors").findValuesAsText("code")).containsExactly("OUT_OF_SCOPE");

    assertThat(fixtures.as("petugas2").putJson("/api/persons/" + id, edit.formatted(TRENGGALEK, current))
        .statusCode()).isEqualTo(404);
  }

  @Test
  void relationshipsAreShownFromBothSidesAndNeedBothPersonsReadable() {
    long child = id(register("petugas", person("Bima Relasi Registri", "L", "2015-05-05", null, VILLAGE)));
    long mother = id(register("petugas", person("Sri Relasi Registri", "P", "1985-08-08", null, VILLAGE)));
    long trenggalek = id(register("petugas2", person("Joko Relasi Registri", "L", "1980-01-01", null, TRENGGALEK)));

    HttpResponse<String> added = fixtures.as("peksos1").postJson("/api/persons/" + child + "/relations",
        "{\"relatedPersonId\":" + mother + ",\"relation\":\"PARENT\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    long relationId = json(added).path("id").asLong();

    JsonNode childRelations = json(fixtures.as("petugas").get("/api/persons/" + child)).path("relations");
    assertThat(childRelations.get(0).path("relation").asText()).isEqualTo("PARENT");
    assertThat(childRelations.get(0).path("otherName").asText()).isEqualTo("Sri Relasi Registri");
    JsonNode motherRelations = json(fixtures.as("petugas").get("/api/persons/" + mother)).path("relations");
    assertThat(motherRelations.get(0).path("relation").asText()).isEqualTo("CHILD");
    assertThat(motherRelations.get(0).path("otherPersonId").asLong()).isEqualTo(child);

    HttpResponse<String> twice = fixtures.as("petugas").postJson("/api/persons/" + mother + "/relations",
        "{\"relatedPersonId\":" + child + ",\"relation\":\"CHILD\"}");
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(json(twice).path("code").asText()).isEqualTo("RELATION_EXISTS");

    // Trenggalek's staff cannot relate Tulungagung persons, nor Tulungagung's their own person to a Trenggalek one.
    assertThat(fixtures.as("petugas2").postJson("/api/persons/" + trenggalek + "/relations",
        "{\"relatedPersonId\":" + child + ",\"relation\":\"CHILD\"}").statusCode()).isEqualTo(404);
    assertThat(fixtures.as("petugas").postJson("/api/persons/" + child + "/relations",
        "{\"relatedPersonId\":" + trenggalek + ",\"relation\":\"GUARDIAN\"}").statusCode()).isEqualTo(404);
    assertThat(fixtures.as("petugas2").delete("/api/persons/" + child + "/relations/" + relationId).statusCode())
        .isEqualTo(404);

    assertThat(fixtures.as("petugas").delete("/api/persons/" + mother + "/relations/" + relationId).statusCode())
        .isEqualTo(204);
    assertThat(json(fixtures.as("petugas").get("/api/persons/" + child)).path("relations").isEmpty()).isTrue();
  }

  @Test
  void aMergeMovesCasesRelationsAndTheNikAndItsUndoRestoresThemExactly() {
    // The complaint created a record of the child with a NIK; the front office later registered her again.
    String nik = "3504014504119822";
    HttpResponse<String> complaint = fixtures.as("petugas").postJson("/api/complaints", """
        {"channel":"WALK_IN","anonymous":true,
         "child":{"name":"Siti Aminah Gabung","sex":"P","birthDate":"2011-04-05","nik":"%s"},
         "villageCode":"%s","description":"Anak tidak sekolah.","categories":["PENDIDIKAN"]}
        """.formatted(nik, VILLAGE));
    assertThat(complaint.statusCode()).as(complaint.body()).isEqualTo(201);
    long caseId = json(complaint).path("caseId").asLong();
    String caseNumber = json(complaint).path("caseNumber").asText();
    long merged = json(fixtures.as("pengawas").get("/api/cases/" + caseId)).path("child").path("personId").asLong();
    long kept = id(register("petugas", """
        {"confirmNew":true,"name":"Sity Aminah Gabung","sex":"P","birthDate":"2011-04-05","villageCode":"%s",
         "address":"Jl. Anggrek 1"}""".formatted(VILLAGE)));
    long father = id(register("petugas", person("Slamet Gabung", "L", "1979-09-09", null, VILLAGE)));
    long relation = json(fixtures.as("petugas").postJson("/api/persons/" + merged + "/relations",
        "{\"relatedPersonId\":" + father + ",\"relation\":\"PARENT\"}")).path("id").asLong();

    String mergeBody = "{\"mergedId\":" + merged + ",\"reason\":\"Anak yang sama, tercatat dua kali.\"}";
    assertThat(fixtures.as("peksos1").postJson("/api/persons/" + kept + "/merge", mergeBody).statusCode())
        .isEqualTo(403);
    assertThat(fixtures.as("pengawas2").postJson("/api/persons/" + kept + "/merge", mergeBody).statusCode())
        .isEqualTo(404);
    assertThat(fixtures.as("pengawas").postJson("/api/persons/" + kept + "/merge", "{\"mergedId\":" + merged + "}")
        .statusCode()).isEqualTo(400);

    HttpResponse<String> done = fixtures.as("pengawas").postJson("/api/persons/" + kept + "/merge", mergeBody);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
    long mergeId = json(done).path("id").asLong();
    assertThat(json(done).path("mergedBy").asText()).isEqualTo("pengawas");

    JsonNode keptNow = json(fixtures.as("pengawas").get("/api/persons/" + kept));
    assertThat(keptNow.path("person").path("nik").asText()).isEqualTo(nik);
    assertThat(keptNow.path("services").findValuesAsText("reference")).contains(caseNumber);
    assertThat(keptNow.path("relations").findValuesAsText("otherName")).containsExactly("Slamet Gabung");
    assertThat(keptNow.path("merges").get(0).path("reason").asText()).isEqualTo("Anak yang sama, tercatat dua kali.");
    JsonNode mergedNow = json(fixtures.as("pengawas").get("/api/persons/" + merged));
    assertThat(mergedNow.path("person").path("mergedIntoId").asLong()).isEqualTo(kept);
    assertThat(mergedNow.path("person").path("nik").isNull()).isTrue();
    assertThat(mergedNow.path("services").isEmpty()).isTrue();
    assertThat(json(fixtures.as("pengawas").get("/api/cases/" + caseId)).path("child").path("personId").asLong())
        .isEqualTo(kept);
    assertThat(ids(json(fixtures.as("pengawas").get("/api/persons?q=Aminah%20Gabung")).path("items")))
        .contains(kept).doesNotContain(merged);
    assertThat(ids(json(fixtures.as("pengawas").get("/api/persons?q=Aminah%20Gabung&merged=true")).path("items")))
        .contains(kept, merged);
    assertThat(fixtures.as("pengawas").postJson("/api/persons/" + kept + "/merge", mergeBody).statusCode())
        .isEqualTo(409);

    assertThat(fixtures.as("pengawas2").postJson("/api/person-merges/" + mergeId + "/undo", "{}").statusCode())
        .isEqualTo(404);
    HttpResponse<String> undone = fixtures.as("kepala").postJson("/api/person-merges/" + mergeId + "/undo",
        "{\"reason\":\"Ternyata kembar.\"}");
    assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
    assertThat(json(undone).path("undoneBy").asText()).isEqualTo("kepala");

    JsonNode mergedAfter = json(fixtures.as("pengawas").get("/api/persons/" + merged));
    assertThat(mergedAfter.path("person").path("mergedIntoId").isNull()).isTrue();
    assertThat(mergedAfter.path("person").path("nik").asText()).isEqualTo(nik);
    assertThat(mergedAfter.path("services").findValuesAsText("reference")).contains(caseNumber);
    assertThat(mergedAfter.path("relations").get(0).path("id").asLong()).isEqualTo(relation);
    assertThat(mergedAfter.path("relations").get(0).path("otherPersonId").asLong()).isEqualTo(father);
    JsonNode keptAfter = json(fixtures.as("pengawas").get("/api/persons/" + kept));
    assertThat(keptAfter.path("person").path("nik").isNull()).isTrue();
    assertThat(keptAfter.path("person").path("address").asText()).isEqualTo("Jl. Anggrek 1");
    assertThat(keptAfter.path("services").isEmpty()).isTrue();
    assertThat(keptAfter.path("relations").isEmpty()).isTrue();
    assertThat(json(fixtures.as("pengawas").get("/api/cases/" + caseId)).path("child").path("personId").asLong())
        .isEqualTo(merged);
    HttpResponse<String> again = fixtures.as("kepala").postJson("/api/person-merges/" + mergeId + "/undo", "{}");
    assertThat(json(again).path("code").asText()).isEqualTo("MERGE_UNDONE");
  }

  @Test
  void twoDifferentNiksRefuseTheMerge() {
    long a = id(register("petugas", person("Putri Dua Nik", "P", "2012-02-02", "3504014202129823", VILLAGE)));
    long b = id(register("petugas", """
        {"confirmNew":true,"name":"Putri Dua Nik","sex":"P","birthDate":"2012-02-02","nik":"3504014202129824",
         "villageCode":"%s"}""".formatted(VILLAGE)));
    HttpResponse<String> refused = fixtures.as("pengawas").postJson("/api/persons/" + a + "/merge",
        "{\"mergedId\":" + b + ",\"reason\":\"sama\"}");
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(json(refused).path("code").asText()).isEqualTo("NIK_CONFLICT");
    assertThat(json(refused).path("detail").asText()).contains("NIKs differ");
  }

  @Test
  void staffCannotRegisterOutsideTheirScopeAndAgenciesNothing() {
    HttpResponse<String> outside = register("petugas2", person("Andi Luar Wilayah", "L", "2012-12-12", null, VILLAGE));
    assertThat(outside.statusCode()).isEqualTo(400);
    assertThat(json(outside).path("errors").get(0).path("field").asText()).isEqualTo("villageCode");
    assertThat(json(outside).path("errors").get(0).path("code").asText()).isEqualTo("OUT_OF_SCOPE");

    long someone = id(register("petugas", person("Andi Dalam Wilayah", "L", "2012-12-12", null, VILLAGE)));
    String body = person("Andi Dalam Wilayah", "L", "2012-12-12", null, VILLAGE);
    for (String agency : List.of("rsud", "provinsi", "admin")) {
      var as = fixtures.as(agency);
      assertThat(as.postJson("/api/persons", body).statusCode()).as(agency).isEqualTo(403);
      assertThat(as.putJson("/api/persons/" + someone, body).statusCode()).as(agency).isEqualTo(403);
      assertThat(as.get("/api/persons/duplicates?name=Andi").statusCode()).as(agency).isEqualTo(403);
      assertThat(as.postJson("/api/persons/" + someone + "/relations",
          "{\"relatedPersonId\":1,\"relation\":\"PARENT\"}").statusCode()).as(agency).isEqualTo(403);
      assertThat(as.postJson("/api/persons/" + someone + "/merge", "{\"mergedId\":1,\"reason\":\"x\"}")
          .statusCode()).as(agency).isEqualTo(403);
      assertThat(as.postJson("/api/person-merges/1/undo", "{}").statusCode()).as(agency).isEqualTo(403);
    }
  }

  private HttpResponse<String> register(String user, String body) {
    return fixtures.as(user).postJson("/api/persons", body);
  }

  private static long id(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).path("person").path("id").asLong();
  }

  private static String person(String name, String sex, String birthDate, String nik, String village) {
    return """
        {"name":"%s","sex":"%s","birthDate":"%s",%s"villageCode":"%s"}"""
        .formatted(name, sex, birthDate, nik == null ? "" : "\"nik\":\"" + nik + "\",", village);
  }

  private static List<Long> ids(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(i -> i.path("id").asLong()).toList();
  }
}
