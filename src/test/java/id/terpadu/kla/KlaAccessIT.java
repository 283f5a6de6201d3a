package id.terpadu.kla;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.ApiClient;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A KLA round of Tulungagung (3504) with the demo users: the verifier opens it, each district sees and fills in
 * only its own tasks and submissions, evidence is size- and type-checked, invalid values answer 400 in Tasklist's
 * API, the verifier returns and accepts, and Trenggalek's supervisor (3503) sees nothing of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KlaAccessIT {

  static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @LocalServerPort int port;
  @Autowired KlaProperties properties;
  int year = Year.now().getValue();
  long roundId;
  JsonNode progress;

  ApiClient as(String user) {
    return ApiClient.basic(port, user, "demo");
  }

  @BeforeAll
  void theVerifierOpensTheRound() {
    HttpResponse<String> opened = as("verifikator").postJson("/api/kla/rounds",
        "{\"regencyCode\":\"3504\",\"year\":" + year + "}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    roundId = json(opened).get("id").asLong();
    progress = json(as("verifikator").get("/api/kla/rounds/" + roundId + "/progress"));
  }

  @Test
  @Order(1)
  void onlyTheRegencysVerifierOrHeadOpensARoundOnceAYear() {
    String body = "{\"regencyCode\":\"3504\",\"year\":" + year + "}";
    assertThat(as("verifikator").postJson("/api/kla/rounds", body).statusCode()).isEqualTo(409);
    assertThat(as("kec1").postJson("/api/kla/rounds", body).statusCode()).isEqualTo(403);
    assertThat(as("pengawas2").postJson("/api/kla/rounds", body).statusCode()).isEqualTo(403);
    assertThat(as("petugas").postJson("/api/kla/rounds", body).statusCode()).isEqualTo(403);
    HttpResponse<String> invalid = as("verifikator").postJson("/api/kla/rounds", "{\"regencyCode\":\"9999\",\"year\":1990}");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(json(invalid).get("errors")).extracting(e -> e.get("field").asText())
        .containsExactlyInAnyOrder("regencyCode", "year");
  }

  @Test
  @Order(2)
  void everyDistrictWithAGroupGetsFiveClustersAndTheRegencyItsInstitutionalOne() {
    assertThat(progress.get("total").asInt()).isEqualTo(11);
    assertThat(rows(progress)).extracting(r -> r.get("districtCode").asText(null) + ":" + r.get("cluster").asInt())
        .containsExactly("null:0", "350401:1", "350401:2", "350401:3", "350401:4", "350401:5",
            "350402:1", "350402:2", "350402:3", "350402:4", "350402:5");
  }

  @Test
  @Order(3)
  void aDistrictSeesOnlyItsOwnTasksAndSubmissions() {
    List<JsonNode> kec1Tasks = tasksOf("kec1");
    List<JsonNode> kec2Tasks = tasksOf("kec2");
    assertThat(kec1Tasks).hasSize(5).allMatch(t -> t.get("name").asText().endsWith("Kec. Tulungagung"));
    assertThat(kec2Tasks).hasSize(5).allMatch(t -> t.get("name").asText().endsWith("Kec. Boyolangu"));
    assertThat(as("kec1").get("/engine-rest/task/" + kec2Tasks.get(0).get("id").asText()).statusCode())
        .isIn(403, 404);
    assertThat(as("kec1").get("/engine-rest/task/" + kec2Tasks.get(0).get("id").asText() + "/variables")
        .statusCode()).isIn(403, 404);

    long own = submission("350401", 1);
    long other = submission("350402", 1);
    long institutional = submission(null, 0);
    assertThat(as("kec1").get("/api/kla/submissions/" + own).statusCode()).isEqualTo(200);
    assertThat(as("kec1").get("/api/kla/submissions/" + other).statusCode()).isEqualTo(404);
    assertThat(as("kec1").get("/api/kla/submissions/" + institutional).statusCode()).isEqualTo(404);
    JsonNode kec1Progress = json(as("kec1").get("/api/kla/rounds/" + roundId + "/progress"));
    assertThat(rows(kec1Progress)).hasSize(5).allMatch(r -> r.get("districtCode").asText().equals("350401"));
    assertThat(as("kec1").get("/api/kla/rounds/" + roundId + "/results").statusCode()).isEqualTo(403);
    assertThat(as("kec1").get("/api/kla/rounds/" + roundId + "/export.csv").statusCode()).isEqualTo(403);
  }

  @Test
  @Order(4)
  void anotherRegencysSupervisorSeesNothingOfTheRound() {
    ApiClient pengawas2 = as("pengawas2");
    assertThat(json(pengawas2.get("/api/kla/rounds"))).isEmpty();
    assertThat(pengawas2.get("/api/kla/rounds/" + roundId).statusCode()).isEqualTo(404);
    assertThat(pengawas2.get("/api/kla/rounds/" + roundId + "/progress").statusCode()).isEqualTo(404);
    assertThat(pengawas2.get("/api/kla/rounds/" + roundId + "/results").statusCode()).isEqualTo(404);
    assertThat(pengawas2.get("/api/kla/rounds/" + roundId + "/export.csv").statusCode()).isEqualTo(404);
    assertThat(pengawas2.get("/api/kla/submissions/" + submission("350401", 1)).statusCode()).isEqualTo(404);
    assertThat(json(pengawas2.get("/engine-rest/task?processDefinitionKey=Process_KlaAssessment"))).isEmpty();
    assertThat(as("peksos1").get("/api/kla/rounds").statusCode()).isEqualTo(403);
    assertThat(json(as("provinsi").get("/api/kla/rounds"))).extracting(r -> r.get("id").asLong()).contains(roundId);
  }

  @Test
  @Order(5)
  void evidenceIsCheckedForTypeSizeAndWhoUploads() {
    long own = submission("350401", 1);
    assertThat(upload("kec1", own, "K1.2", "bukti.pdf", PDF).statusCode()).isEqualTo(201);
    HttpResponse<String> text = upload("kec1", own, "K1.2", "bukti.pdf", "bukan pdf".getBytes(StandardCharsets.UTF_8));
    assertThat(text.statusCode()).isEqualTo(400);
    assertThat(json(text).get("errors").get(0).get("message").asText()).startsWith("Jenis berkas harus PDF, JPG");
    // One byte over the configured limit (application.yaml): the test shares the standard application context.
    byte[] big = Arrays.copyOf(PDF, (int) properties.evidence().maxSize().toBytes() + 1);
    HttpResponse<String> tooBig = upload("kec1", own, "K1.2", "besar.pdf", big);
    assertThat(tooBig.statusCode()).isEqualTo(413);
    assertThat(json(tooBig).get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    assertThat(upload("kec1", own, "K2.1", "bukti.pdf", PDF).statusCode()).isEqualTo(400); // not in cluster 1
    assertThat(upload("kec2", own, "K1.2", "bukti.pdf", PDF).statusCode()).isEqualTo(404);
    assertThat(upload("verifikator", own, "K1.2", "bukti.pdf", PDF).statusCode()).isEqualTo(403);

    JsonNode view = json(as("kec1").get("/api/kla/submissions/" + own));
    JsonNode k12 = StreamSupport.stream(view.get("indicators").spliterator(), false)
        .filter(i -> i.get("code").asText().equals("K1.2")).findFirst().orElseThrow();
    long evidenceId = k12.get("evidence").get(0).get("id").asLong();
    assertThat(as("kec1").get("/api/kla/evidence/" + evidenceId).statusCode()).isEqualTo(200);
    assertThat(as("verifikator").get("/api/kla/evidence/" + evidenceId).statusCode()).isEqualTo(200);
    assertThat(as("kec2").get("/api/kla/evidence/" + evidenceId).statusCode()).isEqualTo(404);
    assertThat(as("pengawas2").get("/api/kla/evidence/" + evidenceId).statusCode()).isEqualTo(404);
    // the open task's form lists the file
    JsonNode task = tasksOf("kec1").stream().filter(t -> t.get("name").asText().contains("klaster 1")).findFirst()
        .orElseThrow();
    JsonNode info = json(as("kec1").get("/engine-rest/task/" + task.get("id").asText() + "/variables/klaInfo"));
    assertThat(info.get("value").asText()).contains("K1.2: [bukti.pdf](/api/kla/evidence/" + evidenceId + ")");

    // Many files with long names: more than the form's text variable holds (4,000 characters). Every upload is
    // stored; the form lists the first ones and points to the evidence page, which lists them all.
    for (int i = 1; i <= 40; i++) {
      HttpResponse<String> stored = upload("kec1", own, "K1.2",
          "surat keputusan forum anak kecamatan dan lampiran daftar hadir rapat bagian " + i + ".pdf", PDF);
      assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    }
    String many = json(as("kec1").get("/engine-rest/task/" + task.get("id").asText() + "/variables/klaInfo"))
        .get("value").asText();
    assertThat(many).hasSize(4000).contains("K1.2: [bukti.pdf](/api/kla/evidence/" + evidenceId + ")")
        .endsWith("… [daftar terpotong; semua berkas ada di halaman bukti dukung]");
    assertThat(json(as("kec1").get("/api/kla/submissions/" + own)).get("indicators")).filteredOn(
        i -> i.get("code").asText().equals("K1.2")).first().satisfies(i -> assertThat(i.get("evidence")).hasSize(41));
  }

  @Test
  @Order(6)
  void invalidValuesAreRefusedWith400ThenTheVerifierReturnsAndAccepts() {
    long own = submission("350401", 1);
    String taskId = tasksOf("kec1").stream().filter(t -> t.get("name").asText().contains("klaster 1")).findFirst()
        .orElseThrow().get("id").asText();
    HttpResponse<String> invalid = as("kec1").postJson("/engine-rest/task/" + taskId + "/complete",
        variables("\"ind_K1_1\":{\"value\":120,\"type\":\"Double\"},\"ind_K1_2\":{\"value\":\"YA\"},"
            + "\"ind_K1_3\":{\"value\":2.5,\"type\":\"Double\"}"));
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(json(invalid).get("message").asText()).isEqualTo(
        "Nilai K1.1 adalah persentase: harus antara 0 dan 100. "
            + "Nilai K1.3 adalah jumlah: harus bilangan bulat 0 atau lebih.");

    HttpResponse<String> valid = as("kec1").postJson("/engine-rest/task/" + taskId + "/complete",
        variables("\"ind_K1_1\":{\"value\":87.5,\"type\":\"Double\"},\"ind_K1_2\":{\"value\":\"YA\"},"
            + "\"ind_K1_3\":{\"value\":4,\"type\":\"Long\"}"));
    assertThat(valid.statusCode()).as(valid.body()).isEqualTo(204);
    assertThat(json(as("kec1").get("/api/kla/submissions/" + own)).get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(upload("kec1", own, "K1.2", "lagi.pdf", PDF).statusCode()).isEqualTo(409);

    String verifyId = verificationTask();
    // 41 files of K1.2 (order 5) are too many links for the form: the values alone, and the evidence page.
    String review = json(as("verifikator").get("/engine-rest/task/" + verifyId + "/variables/klaInfo")).get("value")
        .asText();
    assertThat(review).contains("**K1.1**", ": **87,5", "**K1.3**", "41 berkas bukti",
        "[halaman bukti dukung](/kla/bukti?pengajuan=" + own + ")").doesNotContain("/api/kla/evidence/");
    HttpResponse<String> noComment = as("verifikator").postJson("/engine-rest/task/" + verifyId + "/complete",
        variables("\"klaDecision\":{\"value\":\"RETURN\"}"));
    assertThat(noComment.statusCode()).isEqualTo(400);
    assertThat(json(noComment).get("message").asText())
        .isEqualTo("Catatan untuk kecamatan wajib diisi bila klaster dikembalikan.");
    assertThat(as("verifikator").postJson("/engine-rest/task/" + verifyId + "/complete",
        variables("\"klaDecision\":{\"value\":\"RETURN\"},\"klaComment\":{\"value\":\"Lampirkan SK forum anak\"}"))
        .statusCode()).isEqualTo(204);
    JsonNode returned = json(as("kec1").get("/api/kla/submissions/" + own));
    assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
    assertThat(returned.get("verifierComment").asText()).isEqualTo("Lampirkan SK forum anak");

    String again = tasksOf("kec1").stream().filter(t -> t.get("name").asText().contains("klaster 1")).findFirst()
        .orElseThrow().get("id").asText();
    assertThat(json(as("kec1").get("/engine-rest/task/" + again + "/variables/ind_K1_1")).get("value").asDouble())
        .isEqualTo(87.5); // the returned form keeps the district's values
    assertThat(as("kec1").postJson("/engine-rest/task/" + again + "/complete", variables(
        "\"ind_K1_1\":{\"value\":90,\"type\":\"Double\"}")).statusCode()).isEqualTo(204);
    assertThat(as("verifikator").postJson("/engine-rest/task/" + verificationTask() + "/complete",
        variables("\"klaDecision\":{\"value\":\"ACCEPT\"}")).statusCode()).isEqualTo(204);

    JsonNode results = json(as("verifikator").get("/api/kla/rounds/" + roundId + "/results"));
    assertThat(results.get("provisional").asBoolean()).isTrue();
    JsonNode tulungagung = StreamSupport.stream(results.get("districts").spliterator(), false)
        .filter(d -> d.get("districtCode").asText().equals("350401")).findFirst().orElseThrow();
    // cluster 1: (0.90 + 1 + 1) / 3 of 97 points
    assertThat(tulungagung.get("clusters").get(0).get("points").asDouble()).isEqualTo(93.77);
    String csv = as("verifikator").get("/api/kla/rounds/" + roundId + "/export.csv").body();
    assertThat(csv).startsWith("tahun,kode_kabupaten,kode_kecamatan").contains(year + ",3504,350401,Tulungagung,1,K1.1,");
    HttpResponse<String> xlsx = as("verifikator").get("/api/kla/rounds/" + roundId + "/export.xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.body()).startsWith("PK");
    assertThat(as("kec1").get("/api/kla/rounds/" + roundId + "/export.xlsx").statusCode()).isEqualTo(403);
    assertThat(as("kepala").get("/api/kla/rounds/" + roundId + "/results").statusCode()).isEqualTo(200);
  }

  private String verificationTask() {
    return json(as("verifikator").get("/engine-rest/task?taskDefinitionKey=Task_VerifyCluster")).get(0).get("id")
        .asText();
  }

  private static String variables(String entries) {
    return "{\"variables\":{" + entries + "}}";
  }

  private List<JsonNode> tasksOf(String user) {
    return StreamSupport.stream(json(as(user).get("/engine-rest/task?processDefinitionKey=Process_KlaAssessment"))
        .spliterator(), false).toList();
  }

  private static List<JsonNode> rows(JsonNode progress) {
    return StreamSupport.stream(progress.get("rows").spliterator(), false).toList();
  }

  private long submission(String district, int cluster) {
    return rows(progress).stream().filter(r -> (district == null ? r.get("districtCode").isNull()
        : district.equals(r.get("districtCode").asText())) && r.get("cluster").asInt() == cluster).findFirst()
        .orElseThrow().get("submissionId").asLong();
  }

  private HttpResponse<String> upload(String user, long submissionId, String indicator, String fileName,
      byte[] content) {
    String boundary = "----terpadu" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"indicatorCode\"\r\n\r\n"
        + indicator + "\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/kla/submissions/"
            + submissionId + "/evidence"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
            .getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json, application/problem+json")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
