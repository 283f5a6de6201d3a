package id.terpadu.conference;

import static id.terpadu.support.ApiClient.json;
import static id.terpadu.support.EngineTasks.task;
import static id.terpadu.support.EngineTasks.work;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.ApiClient;
import id.terpadu.support.CaseFixtures;
import id.terpadu.support.CaseFixtures.Registered;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The weekly case meeting's agenda and decisions, and a case conference through the API and Tasklist's REST calls:
 * the agenda lists the unit's cases with reasons (not to another unit's supervisor, not to caseworkers); a
 * conference invites the case's agencies by e-mail (case number only), refuses bad input with nothing stored, and
 * its decisions for two agencies become tasks that only those agencies see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class CaseConferenceIT {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  ApiClient as(String user) {
    return ApiClient.basic(port, user, "demo");
  }

  JsonNode agendaItem(String user, long caseId) {
    HttpResponse<String> agenda = as(user).get("/api/case-meetings/agenda");
    assertThat(agenda.statusCode()).as(agenda.body()).isEqualTo(200);
    for (JsonNode item : json(agenda)) {
      if (item.path("caseId").asLong() == caseId) {
        return item;
      }
    }
    return null;
  }

  static List<String> texts(List<JsonNode> nodes) {
    List<String> out = new ArrayList<>();
    nodes.forEach(n -> out.add(n.asText()));
    return out;
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void theAgendaListsTheUnitsCasesWithReasonsForItsOverseersOnly() {
    CaseFixtures f = new CaseFixtures(port);
    Registered high = f.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    work(as("pengawas"), "pengawas", high.processInstanceId(), "Task_TriageComplaint", """
        {"triageOutcome":{"value":"ACCEPTED"},"riskLevel":{"value":"HIGH"},"primaryCategory":{"value":"ABH"}}""");
    Registered referred = f.assessing("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE, "pengawas", "peksos1");
    f.referring(referred, "pengawas", "peksos1");

    JsonNode item = agendaItem("pengawas", high.caseId());
    assertThat(item).isNotNull();
    assertThat(item.path("caseNumber").asText()).isEqualTo(high.caseNumber());
    assertThat(texts(item.path("reasons"))).containsExactly("HIGH_RISK");
    assertThat(item.toString()).doesNotContain(CaseFixtures.CHILD_NAME);
    assertThat(agendaItem("pengawas", referred.caseId())).as("medium risk, nothing late yet").isNull();

    // A month later the referral's target date has passed and its acceptance task is overdue.
    ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(Duration.ofDays(30))));
    JsonNode late = agendaItem("kepala", referred.caseId());
    assertThat(late).isNotNull();
    assertThat(texts(late.path("reasons"))).containsExactly("OVERDUE_TASKS", "STUCK_REFERRAL");
    assertThat(late.path("overdueTasks").asInt()).isPositive();
    assertThat(late.path("stuckReferrals").get(0).path("agencyCode").asText()).isEqualTo("dukcapil");
    assertThat(texts(agendaItem("kepala", high.caseId()).path("reasons"))).contains("HIGH_RISK", "OVERDUE_TASKS");
    ClockUtil.reset();

    assertThat(agendaItem("pengawas2", high.caseId())).as("another unit's supervisor").isNull();
    HttpResponse<String> caseworker = as("peksos1").get("/api/case-meetings/agenda");
    assertThat(caseworker.statusCode()).isEqualTo(403);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE user_id = 'peksos1'"
        + " AND outcome = 'FORBIDDEN' AND filters = 'case-meeting:agenda'", Long.class)).isPositive();

    ApiClient browser = ApiClient.anonymous(port);
    assertThat(browser.get("/rapat-kasus").statusCode()).as("no anonymous access").isEqualTo(302);
    assertThat(browser.webappLogin("tasklist", "pengawas", "demo")).isEqualTo(200);
    HttpResponse<String> page = browser.get("/rapat-kasus");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Rapat Kasus Mingguan", "/rapat-kasus/rapat-kasus.js");
    ApiClient caseworkerBrowser = ApiClient.anonymous(port);
    assertThat(caseworkerBrowser.webappLogin("tasklist", "peksos1", "demo")).isEqualTo(200);
    for (String path : List.of("/rapat-kasus", "/rapat-kasus/index.html")) {
      HttpResponse<String> refused = caseworkerBrowser.get(path);
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
      assertThat(refused.body()).contains("hanya untuk supervisor dan kepala unit").doesNotContain("rapat-kasus.js");
    }
  }

  @Test
  void meetingDecisionsBecomeACaseNoteAndTasksAndBadInputStoresNothing() {
    Registered assessing = new CaseFixtures(port).assessing("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE, "pengawas",
        "peksos1");
    String due = TODAY.plusDays(7).toString();

    HttpResponse<String> bad = as("pengawas").postJson("/api/case-meetings/decisions", """
        {"caseId":%d,"note":" ","decisions":[{"text":"Kunjungi sekolah","ownerType":"USER","owner":"peksos3",
         "dueDate":"%s"},{"text":"","ownerType":"AGENCY","owner":"tidakada","dueDate":"2020-01-01"}]}"""
        .formatted(assessing.caseId(), due));
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
    assertThat(texts(json(bad).path("errors").findValues("field"))).containsExactly("note", "decisions[0].owner",
        "decisions[1].text", "decisions[1].owner", "decisions[1].dueDate");
    assertThat(json(as("pengawas").get("/api/cases/" + assessing.caseId() + "/notes"))).isEmpty();
    assertThat(json(as("pengawas").get("/api/cases/" + assessing.caseId() + "/decisions"))).isEmpty();

    String good = """
        {"caseId":%d,"note":"Asesmen terlambat; dibahas bersama pekerja sosial.",
         "decisions":[{"text":"Selesaikan asesmen dan kunjungi sekolah","ownerType":"USER","owner":"peksos1",
         "dueDate":"%s"}]}""".formatted(assessing.caseId(), due);
    assertThat(as("peksos1").postJson("/api/case-meetings/decisions", good).statusCode()).isEqualTo(403);
    assertThat(as("pengawas2").postJson("/api/case-meetings/decisions", good).statusCode()).isEqualTo(404);
    HttpResponse<String> recorded = as("pengawas").postJson("/api/case-meetings/decisions", good);
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);

    JsonNode notes = json(as("peksos1").get("/api/cases/" + assessing.caseId() + "/notes"));
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).path("text").asText()).startsWith("Rapat kasus: Asesmen terlambat");
    JsonNode tasks = decisionTasks("peksos1", assessing.caseNumber());
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).path("assignee").asText()).isEqualTo("peksos1");
    assertThat(tasks.get(0).path("due").asText()).startsWith(due);
    JsonNode decisions = json(as("pengawas").get("/api/cases/" + assessing.caseId() + "/decisions"));
    assertThat(decisions.get(0).path("source").asText()).isEqualTo("MEETING");
    assertThat(decisions.get(0).path("status").asText()).isEqualTo("OPEN");
  }

  @Test
  void conferenceDecisionsCreateTasksForTwoAgenciesVisibleToThoseAgenciesOnly() {
    CaseFixtures f = new CaseFixtures(port);
    Registered registered = f.assessing("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE, "pengawas", "peksos1");
    f.referring(registered, "pengawas", "peksos1");
    String path = "/api/cases/" + registered.caseId() + "/conferences";

    assertThat(as("petugas").postJson(path, "{}").statusCode()).as("intake").isEqualTo(403);
    assertThat(as("pengawas2").postJson(path, "{}").statusCode()).as("other unit").isEqualTo(404);
    HttpResponse<String> requested = as("peksos1").postJson(path, "{}");
    assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
    long conferenceId = json(requested).path("id").asLong();
    String instance = json(requested).path("processInstanceId").asText();
    HttpResponse<String> again = as("pengawas").postJson(path, "{}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again).path("code").asText()).isEqualTo("CONFERENCE_RUNNING");

    ApiClient peksos = as("peksos1");
    String scheduleTask = task(peksos, instance, "Task_ScheduleConference").path("id").asText();
    HttpResponse<String> invited = peksos.get("/engine-rest/task/" + scheduleTask + "/variables/invitedAgencies?deserializeValue=false");
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
    assertThat(json(invited).path("value").asText()).as("the case's referral agency").contains("dukcapil");
    String when = TODAY.plusDays(3) + "T09:00";
    HttpResponse<String> noPlace = peksos.postJson("/engine-rest/task/" + scheduleTask + "/complete", """
        {"variables":{"conferenceDate":{"value":"%s"},"invitedAgencies":{"type":"Json","value":"[\\"dukcapil\\"]"}}}"""
        .formatted(when));
    assertThat(noPlace.statusCode()).as(noPlace.body()).isEqualTo(400);
    assertThat(json(noPlace).path("message").asText()).isEqualTo("Tempat konferensi wajib diisi.");
    assertThat(outbox(conferenceId)).isEmpty();

    work(peksos, "peksos1", instance, "Task_ScheduleConference", """
        {"conferenceDate":{"value":"%s"},"conferencePlace":{"value":"Ruang rapat ULT PSAI"},
         "invitedAgencies":{"type":"Json","value":"[\\"dukcapil\\",\\"rsud\\"]"}}""".formatted(when));
    List<Map<String, Object>> mails = outbox(conferenceId);
    assertThat(mails).extracting(m -> m.get("RECIPIENT"))
        .containsExactlyInAnyOrder("dukcapil@demo.terpadu.invalid", "rsud@demo.terpadu.invalid");
    assertThat(mails).allSatisfy(m -> {
      assertThat((String) m.get("SUBJECT")).contains(registered.caseNumber());
      assertThat((String) m.get("BODY")).contains("Ruang rapat ULT PSAI").doesNotContain(CaseFixtures.CHILD_NAME)
          .doesNotContain("Dimas").doesNotContain("2010-03-14");
    });

    String decisionsJson = """
        [{"text":"Terbitkan akta kelahiran","ownerType":"AGENCY","agencyCode":"dukcapil","dueDate":"%s"},
         {"text":"Periksa kesehatan anak","ownerType":"AGENCY","agencyCode":"rsud","dueDate":"%s"}]"""
        .formatted(TODAY.plusDays(14), TODAY.plusDays(21));
    String recordTask = task(peksos, instance, "Task_RecordConference").path("id").asText();
    HttpResponse<String> pastDue = peksos.postJson("/engine-rest/task/" + recordTask + "/complete",
        "{\"variables\":" + recordVariables(decisionsJson.replace(TODAY.plusDays(14).toString(),
            TODAY.minusDays(1).toString())) + "}");
    assertThat(pastDue.statusCode()).as(pastDue.body()).isEqualTo(400);
    assertThat(json(pastDue).path("message").asText()).contains("Keputusan 1: tenggat tidak boleh sebelum hari ini.");
    assertThat(json(as("pengawas").get(path)).get(0).path("decisions")).isEmpty();
    assertThat(json(as("pengawas").get(path)).get(0).path("status").asText()).isEqualTo("SCHEDULED");

    work(peksos, "peksos1", instance, "Task_RecordConference", recordVariables(decisionsJson));

    JsonNode conference = json(as("pengawas").get(path)).get(0);
    assertThat(conference.path("status").asText()).isEqualTo("HELD");
    assertThat(conference.path("decisions")).hasSize(2);
    assertThat(conference.path("invitations").toString()).contains("{\"agencyCode\":\"dukcapil\",\"attended\":true}")
        .contains("{\"agencyCode\":\"rsud\",\"attended\":false}");
    JsonNode rsud = decisionTasks("rsud", registered.caseNumber());
    JsonNode dukcapil = decisionTasks("dukcapil", registered.caseNumber());
    assertThat(rsud).hasSize(1);
    assertThat(dukcapil).hasSize(1);
    assertThat(rsud.get(0).path("id").asText()).isNotEqualTo(dukcapil.get(0).path("id").asText());
    assertThat(rsud.get(0).path("due").asText()).startsWith(TODAY.plusDays(21).toString());
    assertThat(decisionTasks("lbh", registered.caseNumber())).isEmpty();

    work(as("rsud"), "rsud", rsud.get(0).path("processInstanceId").asText(), "Task_CarryOutDecision",
        "{\"confidentialDecisionOutcome\":{\"value\":\"Anak sudah diperiksa.\"}}");
    JsonNode decisions = json(as("pengawas").get("/api/cases/" + registered.caseId() + "/decisions"));
    List<String> states = new ArrayList<>();
    decisions.forEach(d -> states.add(d.path("owner").asText() + ":" + d.path("status").asText()));
    assertThat(states).containsExactlyInAnyOrder("dukcapil:OPEN", "rsud:DONE");
    String timeline = as("pengawas").get("/api/cases/" + registered.caseId() + "/timeline").body();
    assertThat(timeline).contains("CONFERENCE_HELD", "Periksa kesehatan anak", "DECISION_CARRIED_OUT",
        "Anak sudah diperiksa.");
  }

  @Test
  void closingTheCaseEndsItsConferenceAndDecisionTasks() {
    CaseFixtures f = new CaseFixtures(port);
    Registered registered = f.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    ApiClient supervisor = as("pengawas");
    // A conference whose decision for dukcapil is open, and a weekly meeting's decision for a caseworker.
    HttpResponse<String> requested = supervisor.postJson("/api/cases/" + registered.caseId() + "/conferences", "{}");
    assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
    String instance = json(requested).path("processInstanceId").asText();
    work(supervisor, "pengawas", instance, "Task_ScheduleConference", """
        {"conferenceDate":{"value":"%s"},"conferencePlace":{"value":"Ruang rapat ULT PSAI"},
         "invitedAgencies":{"type":"Json","value":"[\\"dukcapil\\"]"}}""".formatted(TODAY.plusDays(2) + "T09:00"));
    work(supervisor, "pengawas", instance, "Task_RecordConference", recordVariables("""
        [{"text":"Terbitkan akta kelahiran","ownerType":"AGENCY","agencyCode":"dukcapil","dueDate":"%s"}]"""
        .formatted(TODAY.plusDays(14))));
    HttpResponse<String> meeting = supervisor.postJson("/api/case-meetings/decisions", """
        {"caseId":%d,"note":"Dibahas sebelum triase.","decisions":[{"text":"Kunjungi rumah anak","ownerType":"USER",
         "owner":"peksos1","dueDate":"%s"}]}""".formatted(registered.caseId(), TODAY.plusDays(7)));
    assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
    assertThat(decisionTasks("dukcapil", registered.caseNumber())).hasSize(1);
    assertThat(decisionTasks("peksos1", registered.caseNumber())).hasSize(1);

    f.notACase(registered, "pengawas");

    assertThat(decisionTasks("dukcapil", registered.caseNumber())).isEmpty();
    assertThat(decisionTasks("peksos1", registered.caseNumber())).isEmpty();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_execution WHERE business_key_ = ?"
        + " AND proc_def_id_ IN (SELECT id_ FROM act_re_procdef WHERE key_ IN"
        + " ('Process_CaseConference', 'Process_CaseDecision'))", Long.class, registered.caseNumber()))
        .as("no conference or decision process, no timer left").isZero();
    assertThat(jdbc.queryForList("SELECT DISTINCT delete_reason_ FROM act_hi_procinst WHERE business_key_ = ?"
        + " AND proc_def_key_ IN ('Process_CaseConference', 'Process_CaseDecision')", String.class,
        registered.caseNumber())).containsExactly("Kasus ditutup");
    JsonNode decisions = json(supervisor.get("/api/cases/" + registered.caseId() + "/decisions"));
    assertThat(decisions).hasSize(2).allSatisfy(d -> assertThat(d.path("status").asText()).isEqualTo("CLOSED"));
  }

  /** The recording task's variables: dukcapil attended, one other attendee, the decisions as the form's JSON. */
  static String recordVariables(String decisionsJson) {
    return """
        {"attendedAgencies":{"type":"Json","value":"[\\"dukcapil\\"]"},
         "conferenceAttendees":{"value":"Kepala unit; guru wali kelas"},
         "confidentialDecisions":{"type":"Json","value":"%s"}}"""
        .formatted(decisionsJson.replace("\n", " ").replace("\"", "\\\""));
  }

  JsonNode decisionTasks(String user, String caseNumber) {
    return json(as(user).get("/engine-rest/task?processDefinitionKey=Process_CaseDecision"
        + "&processInstanceBusinessKey=" + caseNumber));
  }

  List<Map<String, Object>> outbox(long conferenceId) {
    return jdbc.queryForList("SELECT recipient, subject, body FROM outbox_message WHERE reference = ?",
        "conference:" + conferenceId);
  }
}
