package id.terpadu.community;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.casefile.CaseStage;
import id.terpadu.casefile.CaseStatus;
import id.terpadu.casefile.Channel;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.support.ApiClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The public community report page and API: what it opens, what it refuses, and where a report goes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class PublicReportIT {

  static final String VILLAGE = "3504011001";
  static final String CODE_FORMAT = "[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired FormTokens tokens;
  @Autowired ChildCaseRepository cases;
  @Autowired ProcessEngine engine;
  // The configured limits (application.yaml): the test shares the standard application context.
  @Value("${terpadu.community.rate.per-client-per-hour}") int perClientPerHour;
  @Value("${terpadu.community.rate.per-village-per-hour}") int perVillagePerHour;

  PublicHttp http;

  @BeforeEach
  void freshWindow() {
    http = new PublicHttp(port);
    jdbc.update("DELETE FROM public_report_rate");
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void reset() {
    AbstractAssertions.reset();
  }

  static String report(String village, String category, String extra) {
    return """
        {"description":"Anak tetangga sering dipukul dan tidak sekolah sejak bulan lalu.",
         "villageCode":"%s","category":"%s","childInDanger":false,"anonymous":true%s}
        """.formatted(village, category, extra);
  }

  String pastToken() {
    return tokens.issue(Instant.now().minusSeconds(60));
  }

  @Test
  void theReportPageAndItsFourCallsAreOpenAndEverythingElseStaysClosed() {
    HttpResponse<String> page = http.get("/lapor");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("lang=\"id\"", "Apa yang terjadi?", "<label for=\"villageCode\"");
    assertThat(http.get("/lapor/lapor.js").statusCode()).isEqualTo(200);
    assertThat(http.get("/lapor/lapor.css").statusCode()).isEqualTo(200);

    JsonNode provinces = json(http.get("/api/public/regions"));
    assertThat(provinces).isNotEmpty();
    List<String> fields = new ArrayList<>();
    provinces.get(0).fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("code", "name");
    JsonNode villages = json(http.get("/api/public/regions?parent=350401"));
    assertThat(villages).extracting(v -> v.path("code").asText()).contains(VILLAGE);
    assertThat(json(http.get("/api/public/report-form")).path("token").asText()).isNotBlank();

    // Every other path, and every other method on the public paths, needs a login.
    for (String[] call : new String[][] {
        {"GET", "/api/cases"}, {"GET", "/api/community/groups"}, {"GET", "/api/regions"},
        {"GET", "/api/public/reports"}, {"GET", "/api/public/anything"}, {"GET", "/api/public/regions/35"},
        {"DELETE", "/api/public/reports/ABCD-EFGH-JKMN"}, {"PUT", "/api/public/reports/ABCD-EFGH-JKMN"},
        {"POST", "/api/public/regions"}, {"POST", "/api/complaints"}, {"GET", "/engine-rest/task"},
        {"GET", "/api/access-log"}, {"GET", "/actuator/env"}}) {
      HttpResponse<String> response = http.send(call[0], call[1], call[0].equals("GET") ? null : "{}",
          Map.of("Content-Type", "application/json"));
      assertThat(response.statusCode()).as(call[0] + " " + call[1]).isEqualTo(401);
    }
    // Staff pages redirect to the login instead of opening.
    for (String path : List.of("/rentan", "/orang", "/laporan", "/kla", "/rentan/index.html")) {
      assertThat(http.get(path).statusCode()).as(path).isEqualTo(302);
    }
  }

  @Test
  void aPublicReportBecomesACommunityComplaintWaitingForTriageInTheVillagesUnit() {
    HttpResponse<String> sent = http.report(report(VILLAGE, "KEKERASAN_FISIK", ""), pastToken());

    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    String code = json(sent).path("trackingCode").asText();
    assertThat(code).matches(CODE_FORMAT);
    assertThat(json(sent).path("status").asText()).isEqualTo("RECEIVED");

    Long caseId = jdbc.queryForObject("SELECT case_id FROM public_report WHERE tracking_hash = ?", Long.class,
        TrackingCodes.hash(code));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM public_report WHERE tracking_hash = ?", Integer.class, code))
        .as("the code itself is never stored").isZero();
    ChildCase opened = cases.findById(caseId).orElseThrow();
    assertThat(opened.getChannel()).isEqualTo(Channel.COMMUNITY);
    assertThat(opened.getStatus()).isEqualTo(CaseStatus.OPEN);
    assertThat(opened.getStage()).isEqualTo(CaseStage.TRIAGE);
    assertThat(opened.getRegencyCode()).isEqualTo("3504");
    assertThat(opened.getVillageCode()).isEqualTo(VILLAGE);
    assertThat(opened.isReporterAnonymous()).isTrue();

    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(opened.getProcessInstanceId()).singleResult();
    BpmnAwareTests.assertThat(instance).isStarted().isWaitingAt("Task_TriageComplaint")
        .variables().containsEntry("channel", "COMMUNITY").containsEntry("regency", "3504");
    BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("supervisor-3504").isNotAssigned();

    // The supervisor of the village's unit sees it; the other unit's does not.
    assertThat(json(ApiClient.basic(port, "pengawas", "demo")
        .get("/engine-rest/task?processInstanceId=" + instance.getId()))).hasSize(1);
    assertThat(json(ApiClient.basic(port, "pengawas2", "demo")
        .get("/engine-rest/task?processInstanceId=" + instance.getId()))).isEmpty();

    // The tracking code tells the status and nothing else, however it is typed.
    for (String typed : List.of(code, code.replace("-", "").toLowerCase(), " " + code + " ")) {
      HttpResponse<String> status = http.get("/api/public/reports/" + typed.replace(" ", "%20"));
      assertThat(status.statusCode()).as(typed).isEqualTo(200);
      JsonNode body = json(status);
      List<String> fields = new ArrayList<>();
      body.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).containsExactly("status", "label");
      assertThat(body.path("status").asText()).isEqualTo("RECEIVED");
      assertThat(body.path("label").asText()).isEqualTo("Diterima, menunggu ditelaah petugas");
      assertThat(status.body()).doesNotContain(opened.getCaseNumber(), "dipukul", VILLAGE, "3504");
    }
  }

  @Test
  void unknownAndMalformedCodesAnswerTheSame404() {
    List<HttpResponse<String>> misses = List.of(http.get("/api/public/reports/ABCD-EFGH-JKMN"),
        http.get("/api/public/reports/x"), http.get("/api/public/reports/" + "9".repeat(200)),
        http.get("/api/public/reports/1%27%20OR%201%3D1"));
    for (HttpResponse<String> miss : misses) {
      assertThat(miss.statusCode()).isEqualTo(404);
      assertThat(miss.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      JsonNode body = json(miss);
      List<String> fields = new ArrayList<>();
      body.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "code");
      assertThat(body.path("code").asText()).isEqualTo(PublicReportController.REPORT_NOT_FOUND);
      assertThat(body.path("detail").asText()).isEqualTo(json(misses.get(0)).path("detail").asText());
    }
  }

  @Test
  void botsAreRefusedAndNothingIsStored() {
    long before = cases.count();

    HttpResponse<String> honeypot = http.report(report(VILLAGE, "PENELANTARAN", ",\"website\":\"http://spam\""),
        pastToken());
    assertThat(honeypot.statusCode()).isEqualTo(400);
    assertThat(json(honeypot).path("code").asText()).isEqualTo(PublicReportController.SUBMISSION_REJECTED);

    HttpResponse<String> tooFast = http.report(report(VILLAGE, "PENELANTARAN", ""), tokens.issue());
    assertThat(tooFast.statusCode()).isEqualTo(400);
    assertThat(json(tooFast).path("code").asText()).isEqualTo(PublicReportController.FORM_TOO_FAST);

    HttpResponse<String> pageToken = http.report(report(VILLAGE, "PENELANTARAN", ""),
        json(http.get("/api/public/report-form")).path("token").asText());
    assertThat(json(pageToken).path("code").asText()).isEqualTo(PublicReportController.FORM_TOO_FAST);

    HttpResponse<String> noToken = http.report(report(VILLAGE, "PENELANTARAN", ""), null);
    assertThat(json(noToken).path("code").asText()).isEqualTo(PublicReportController.FORM_TOKEN_INVALID);

    String good = pastToken();
    String forged = good.substring(0, good.lastIndexOf('.') + 1) + "AAAA" + good.substring(good.lastIndexOf('.') + 5);
    HttpResponse<String> forgedToken = http.report(report(VILLAGE, "PENELANTARAN", ""), forged);
    assertThat(json(forgedToken).path("code").asText()).isEqualTo(PublicReportController.FORM_TOKEN_INVALID);
    String backdated = (Instant.now().getEpochSecond() - 600) + good.substring(good.indexOf('.'));
    assertThat(json(http.report(report(VILLAGE, "PENELANTARAN", ""), backdated)).path("code").asText())
        .isEqualTo(PublicReportController.FORM_TOKEN_INVALID);

    HttpResponse<String> otherSite = http.send("POST", "/api/public/reports", report(VILLAGE, "PENELANTARAN", ""),
        Map.of("Content-Type", "application/json", "Origin", "https://evil.example",
            PublicReportController.FORM_TOKEN_HEADER, pastToken()));
    assertThat(otherSite.statusCode()).isEqualTo(403);
    assertThat(json(otherSite).path("code").asText()).isEqualTo(PublicReportController.CROSS_ORIGIN);
    HttpResponse<String> otherReferer = http.send("POST", "/api/public/reports", report(VILLAGE, "PENELANTARAN", ""),
        Map.of("Content-Type", "application/json", "Referer", "https://evil.example/lapor",
            PublicReportController.FORM_TOKEN_HEADER, pastToken()));
    assertThat(otherReferer.statusCode()).isEqualTo(403);

    assertThat(cases.count()).isEqualTo(before);
  }

  @Test
  void invalidReportsAreExplainedAndNothingIsStored() {
    long before = cases.count();

    HttpResponse<String> empty = http.report("{\"anonymous\":false,\"contactPhone\":\"abc\"}", pastToken());
    assertThat(empty.statusCode()).isEqualTo(400);
    JsonNode problem = json(empty);
    assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(problem.path("errors")).extracting(e -> e.path("field").asText())
        .contains("description", "villageCode", "category", "contactName", "contactPhone");
    assertThat(problem.path("errors")).allSatisfy(e -> assertThat(e.path("message").asText()).isNotBlank());

    HttpResponse<String> unknownVillage = http.report(report("9999999999", "NOT_A_CATEGORY", ""), pastToken());
    assertThat(json(unknownVillage).path("errors")).extracting(e -> e.path("field").asText() + ":"
        + e.path("code").asText()).contains("villageCode:UNKNOWN_REGION", "category:UNKNOWN_CODE");
    HttpResponse<String> district = http.report(report("350401", "PENELANTARAN", ""), pastToken());
    assertThat(json(district).path("errors").get(0).path("field").asText()).isEqualTo("villageCode");

    HttpResponse<String> notJson = http.report("{not json", pastToken());
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(json(notJson).path("code").asText()).isEqualTo("MALFORMED_REQUEST");
    HttpResponse<String> text = http.send("POST", "/api/public/reports", "hello",
        Map.of("Content-Type", "text/plain", "Origin", http.origin()));
    assertThat(text.statusCode()).isEqualTo(415);
    HttpResponse<String> huge = http.report(report(VILLAGE, "PENELANTARAN", ",\"relation\":\"" + "x".repeat(20_000)
        + "\""), pastToken());
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(json(huge).path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");

    assertThat(cases.count()).isEqualTo(before);
  }

  @Test
  void aClientOverItsHourlyLimitGets429WithRetryAfterAndItsAddressIsNotStored() {
    for (int i = 0; i < perClientPerHour; i++) {
      assertThat(http.report(report(VILLAGE, "PENELANTARAN", ",\"website\":\"x\""), pastToken()).statusCode())
          .isEqualTo(400);
    }
    HttpResponse<String> limited = http.report(report(VILLAGE, "PENELANTARAN", ""), pastToken());

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(limited).path("code").asText()).isEqualTo(PublicReportController.RATE_LIMITED);
    long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 3600L);
    assertThat(jdbc.queryForList("SELECT bucket FROM public_report_rate", String.class))
        .isNotEmpty().noneMatch(b -> b.contains("127.0.0.1") || b.contains("0:0:0:0"));
  }

  @Test
  void aVillagesHourlyLimitCountedByOtherNodesHolds() {
    long hour = Math.floorDiv(Instant.now().getEpochSecond(), 3600);
    // The village's hourly limit was reached through other nodes in this hour.
    jdbc.update("INSERT INTO public_report_rate (bucket, window_hour, hits) VALUES (?, ?, ?)",
        PublicRateLimiter.villageBucket(VILLAGE), hour, perVillagePerHour);
    long before = cases.count();

    HttpResponse<String> limited = http.report(report(VILLAGE, "PENELANTARAN", ""), pastToken());

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(cases.count()).isEqualTo(before);
    // Another village of the same unit is still open.
    assertThat(http.report(report("3504011002", "PENELANTARAN", ""), pastToken()).statusCode()).isEqualTo(201);
  }
}
