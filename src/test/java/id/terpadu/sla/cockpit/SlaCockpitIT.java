package id.terpadu.sla.cockpit;

import static id.terpadu.support.ApiClient.json;
import static id.terpadu.support.EngineTasks.work;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.agency.AgencyDirectory;
import id.terpadu.support.ApiClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Cockpit SLA plugin's data, with breaches raised the real way (complaints registered through the API,
 * the clock moved past the due date, the boundary timer job executed): each supervisor sees the open breaches
 * of their own unit only, one row per task at its highest level, grouped by stage, partner agency and
 * assignee, with the last 30 days' on-time and late numbers of their unit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SlaCockpitIT {

  static final String DASHBOARD = "/camunda/api/cockpit/plugin/sla/default/dashboard";
  static final String TULUNGAGUNG_VILLAGE = "3504011001";
  static final String TRENGGALEK_VILLAGE = "3503022001";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired AgencyDirectory agencies;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void supervisorsSeeTheOpenBreachesOfTheirOwnUnitGroupedAndOldestFirst() {
    ApiClient supervisor = ApiClient.basic(port, "pengawas", "demo");
    ApiClient caseworker = ApiClient.basic(port, "peksos1", "demo");
    JsonNode before = dashboard("pengawas").path("lastThirtyDays");
    JsonNode beforeTrenggalek = dashboard("pengawas2").path("lastThirtyDays");

    // A: a Tulungagung complaint nobody triages, escalated twice (levels 1 and 2).
    JsonNode a = register("petugas", TULUNGAGUNG_VILLAGE, "Anak Ayu dikunci di rumah.");
    fire(a.path("processInstanceId").asText(), "Timer_TriageComplaintDue");
    fire(a.path("processInstanceId").asText(), "Timer_TriageComplaintDue");
    // B: a Trenggalek complaint nobody triages.
    JsonNode b = register("petugas2", TRENGGALEK_VILLAGE, "Anak Budi tidak diberi makan.");
    fire(b.path("processInstanceId").asText(), "Timer_TriageComplaintDue");
    // C: triaged and assigned in time; the caseworker's assessment is overdue.
    JsonNode c = register("petugas", TULUNGAGUNG_VILLAGE, "Anak Citra sering dipukul.");
    String caseC = c.path("processInstanceId").asText();
    triageAndAssign(supervisor, caseC);
    fire(caseC, "Timer_ConductAssessmentDue");
    // D: referred to the civil registry, which does not answer in time.
    JsonNode d = register("petugas", TULUNGAGUNG_VILLAGE, "Anak Dimas tidak punya akta kelahiran.");
    String caseD = d.path("processInstanceId").asText();
    triageAndAssign(supervisor, caseD);
    work(caseworker, "peksos1", caseD, "Task_ConductAssessment",
        "{\"confidentialAssessmentCivilDocuments\":{\"value\":\"Tidak punya akta.\"},"
            + "\"needsCivilDocuments\":{\"value\":true}}");
    work(caseworker, "peksos1", caseD, "Task_DraftServicePlan",
        "{\"confidentialPlanGoals\":{\"value\":\"Akta kelahiran terbit.\"},"
            + "\"confidentialPlannedServices\":{\"type\":\"Json\",\"value\":" + jsonString(
            "[{\"serviceType\":\"BIRTH_CERTIFICATE\",\"agencyCode\":\"dukcapil\",\"targetDate\":\""
                + LocalDate.now().plusDays(21) + "\"}]") + "}}");
    work(supervisor, "pengawas", caseD, "Task_ApproveServicePlan", "{\"planDecision\":{\"value\":\"APPROVED\"}}");
    String referral = runtime.createProcessInstanceQuery().superProcessInstanceId(caseD).singleResult().getId();
    fire(referral, "Timer_DecideOnReferralDue");
    // E: triaged after its due date: late, without a breach (its timer never ran).
    JsonNode e = register("petugas", TULUNGAGUNG_VILLAGE, "Anak Eka putus sekolah.");
    String caseE = e.path("processInstanceId").asText();
    ClockUtil.setCurrentTime(new Date(timer(caseE, "Timer_TriageComplaintDue").getDuedate().getTime() + 3_600_000));
    work(supervisor, "pengawas", caseE, "Task_TriageComplaint", triage());
    ClockUtil.reset();

    JsonNode tulungagung = dashboard("pengawas");
    assertThat(tulungagung.path("allRegions").asBoolean()).isFalse();
    assertThat(tulungagung.path("regions").get(0).path("code").asText()).isEqualTo("3504");
    assertThat(tulungagung.path("regions").get(0).path("name").asText()).isEqualTo("Kabupaten Tulungagung");
    List<JsonNode> rows = list(tulungagung.path("breaches"));
    assertThat(caseNumbers(rows)).containsOnlyOnce(number(a), number(c), number(d)).doesNotContain(number(b));
    assertThat(rows).extracting(r -> r.path("regencyCode").asText()).containsOnly("3504");
    // Oldest due first.
    List<Instant> dues = rows.stream().map(r -> Instant.parse(r.path("dueAt").asText())).toList();
    assertThat(dues).isSorted();

    JsonNode rowA = row(rows, a);
    assertThat(rowA.path("level").asInt()).isEqualTo(2);
    assertThat(rowA.path("taskName").asText()).isEqualTo("Triase pengaduan");
    assertThat(rowA.path("stage").asText()).isEqualTo("TRIAGE");
    assertThat(rowA.path("stageLabel").asText()).isEqualTo("Triase pengaduan");
    assertThat(rowA.path("zone").asText()).isEqualTo("WIB");
    assertThat(rowA.path("link").asText()).isEqualTo("#/process-instance/" + a.path("processInstanceId").asText());
    assertThat(Instant.parse(rowA.path("breachedAt").asText()))
        .isAfterOrEqualTo(Instant.parse(rowA.path("dueAt").asText()));
    assertThat(rowA.path("assignee").isNull()).isTrue();
    JsonNode rowC = row(rows, c);
    assertThat(rowC.path("stage").asText()).isEqualTo("ASSESSMENT");
    assertThat(rowC.path("assignee").asText()).isEqualTo("peksos1");
    assertThat(rowC.path("assigneeName").asText()).isEqualTo("Sri Wahyuni");
    JsonNode rowD = row(rows, d);
    assertThat(rowD.path("stage").asText()).isEqualTo("REFERRAL_ACCEPTANCE");
    assertThat(rowD.path("agencyCode").asText()).isEqualTo("dukcapil");
    assertThat(rowD.path("agencyName").asText()).isEqualTo(agencies.get("dukcapil").getName());
    assertThat(rowD.path("link").asText()).isEqualTo("#/process-instance/" + referral);

    // Grouped by stage, by partner agency and by assignee; every group oldest first.
    assertThat(members(tulungagung.path("byStage"), "TRIAGE")).contains(number(a)).doesNotContain(number(c));
    assertThat(members(tulungagung.path("byStage"), "ASSESSMENT")).contains(number(c));
    assertThat(members(tulungagung.path("byStage"), "REFERRAL_ACCEPTANCE")).contains(number(d));
    assertThat(members(tulungagung.path("byAgency"), "dukcapil")).containsExactly(number(d));
    assertThat(group(tulungagung.path("byAgency"), "dukcapil").path("label").asText())
        .isEqualTo(agencies.get("dukcapil").getName());
    assertThat(members(tulungagung.path("byAgency"), "")).contains(number(a), number(c)).doesNotContain(number(d));
    assertThat(group(tulungagung.path("byAgency"), "").path("label").asText())
        .isEqualTo(SlaDashboard.UNIT_TASK_LABEL);
    assertThat(members(tulungagung.path("byCaseworker"), "peksos1")).contains(number(c))
        .doesNotContain(number(a), number(d));
    assertThat(group(tulungagung.path("byCaseworker"), "peksos1").path("label").asText()).isEqualTo("Sri Wahyuni");
    assertThat(members(tulungagung.path("byCaseworker"), "")).contains(number(a), number(d));
    for (String grouping : List.of("byStage", "byAgency", "byCaseworker")) {
      int total = 0;
      for (JsonNode g : tulungagung.path(grouping)) {
        List<Instant> groupDues = list(g.path("breaches")).stream()
            .map(r -> Instant.parse(r.path("dueAt").asText())).toList();
        assertThat(groupDues).as(grouping).isSorted();
        assertThat(g.path("count").asInt()).isEqualTo(groupDues.size());
        total += groupDues.size();
      }
      assertThat(total).as(grouping).isEqualTo(rows.size());
    }
    // Case numbers, task names and staff only: nothing of the children or the complaints.
    assertThat(tulungagung.toString()).doesNotContain("Ayu", "Citra", "Dimas", "dikunci", "dipukul", "akta");

    // Last 30 days in Tulungagung: C (triage, assignment), D (triage, assignment, assessment, plan,
    // approval) on time, E's triage late. Nothing changed in Trenggalek.
    JsonNode after = tulungagung.path("lastThirtyDays");
    assertThat(after.path("onTime").asLong() - before.path("onTime").asLong()).isEqualTo(7);
    assertThat(after.path("late").asLong() - before.path("late").asLong()).isEqualTo(1);
    assertThat(after.path("total").asLong() - before.path("total").asLong()).isEqualTo(8);
    JsonNode trenggalek = dashboard("pengawas2");
    assertThat(trenggalek.path("lastThirtyDays").path("total").asLong())
        .isEqualTo(beforeTrenggalek.path("total").asLong());

    // The Trenggalek supervisor sees Trenggalek's breach only; the head of Tulungagung sees Tulungagung's.
    assertThat(caseNumbers(list(trenggalek.path("breaches")))).contains(number(b))
        .doesNotContain(number(a), number(c), number(d));
    assertThat(caseNumbers(list(dashboard("kepala").path("breaches")))).contains(number(a), number(c), number(d))
        .doesNotContain(number(b));
    // The administrator sees every region.
    JsonNode all = dashboard("admin");
    assertThat(all.path("allRegions").asBoolean()).isTrue();
    assertThat(caseNumbers(list(all.path("breaches")))).contains(number(a), number(b), number(c), number(d));

    // Triaging A resolves its breaches: it leaves the page.
    work(supervisor, "pengawas", a.path("processInstanceId").asText(), "Task_TriageComplaint", triage());
    assertThat(caseNumbers(list(dashboard("pengawas").path("breaches")))).doesNotContain(number(a))
        .contains(number(c), number(d));
  }

  @Test
  void onlySupervisorsHeadsAndAdministratorsGetTheData() {
    // A caseworker logged into Tasklist reaches the Cockpit API with the same session: 403.
    ApiClient caseworker = ApiClient.anonymous(port);
    assertThat(caseworker.webappLogin("tasklist", "peksos1", "demo")).isEqualTo(200);
    HttpResponse<String> refused = caseworker.get(DASHBOARD);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(json(refused).path("code").asText()).isEqualTo("FORBIDDEN");
    ApiClient province = ApiClient.anonymous(port);
    assertThat(province.webappLogin("tasklist", "provinsi", "demo")).isEqualTo(200);
    assertThat(province.get(DASHBOARD).statusCode()).isEqualTo(403);
    ApiClient agency = ApiClient.anonymous(port);
    assertThat(agency.webappLogin("tasklist", "rsud", "demo")).isEqualTo(200);
    assertThat(agency.get(DASHBOARD).statusCode()).isEqualTo(403);
    // Not logged in: the webapp refuses before the plugin runs; HTTP Basic is not a webapp login.
    assertThat(ApiClient.anonymous(port).get(DASHBOARD).statusCode()).isEqualTo(401);
    assertThat(ApiClient.basic(port, "pengawas", "demo").get(DASHBOARD).statusCode()).isEqualTo(401);
    // The plugin's client is served to Cockpit, and Cockpit lists the plugin.
    HttpResponse<String> script = ApiClient.anonymous(port).get("/camunda/api/cockpit/plugin/sla/static/app/plugin.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("cockpit.route", "cockpit.navigation", "cockpit.dashboard");
    assertThat(ApiClient.anonymous(port).get("/camunda/api/cockpit/plugin/sla/static/app/plugin.css").statusCode())
        .isEqualTo(200);
    ApiClient supervisor = ApiClient.anonymous(port);
    assertThat(supervisor.webappLogin("cockpit", "pengawas", "demo")).isEqualTo(200);
    assertThat(supervisor.get("/camunda/app/cockpit/default/").body()).contains("plugin/sla/static/app");
    HttpResponse<String> data = supervisor.get(DASHBOARD);
    assertThat(data.statusCode()).isEqualTo(200);
    assertThat(data.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
  }

  private JsonNode register(String intakeUser, String village, String description) {
    HttpResponse<String> created = ApiClient.basic(port, intakeUser, "demo").postJson("/api/complaints", """
        {"channel":"PHONE","anonymous":true,"villageCode":"%s","description":"%s",
         "categories":["KEKERASAN_FISIK"]}""".formatted(village, description));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created);
  }

  private void triageAndAssign(ApiClient supervisor, String instance) {
    work(supervisor, "pengawas", instance, "Task_TriageComplaint", triage());
    work(supervisor, "pengawas", instance, "Task_AssignCaseworker", "{\"caseworkerId\":{\"value\":\"peksos1\"}}");
  }

  private static String triage() {
    return "{\"triageOutcome\":{\"value\":\"ACCEPTED\"},\"riskLevel\":{\"value\":\"LOW\"},"
        + "\"primaryCategory\":{\"value\":\"KEKERASAN_FISIK\"}}";
  }

  private Job timer(String instance, String timerId) {
    return management.createJobQuery().processInstanceId(instance).activityId(timerId).singleResult();
  }

  /** Moves the clock a minute past the boundary timer's due date and runs it, as the job executor would. */
  private void fire(String instance, String timerId) {
    Job job = timer(instance, timerId);
    assertThat(job).as(timerId).isNotNull();
    ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 60_000));
    management.executeJob(job.getId());
    ClockUtil.reset();
  }

  /** The dashboard as the user's Cockpit session reads it. */
  private JsonNode dashboard(String user) {
    ApiClient session = ApiClient.anonymous(port);
    assertThat(session.webappLogin("cockpit", user, "demo")).as(user).isEqualTo(200);
    HttpResponse<String> response = session.get(DASHBOARD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private static String number(JsonNode created) {
    return created.path("caseNumber").asText();
  }

  private static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  private static List<String> caseNumbers(List<JsonNode> rows) {
    return rows.stream().map(r -> r.path("caseNumber").asText()).toList();
  }

  private static JsonNode row(List<JsonNode> rows, JsonNode created) {
    List<JsonNode> found = rows.stream().filter(r -> r.path("caseNumber").asText().equals(number(created))).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static JsonNode group(JsonNode groups, String key) {
    return list(groups).stream().filter(g -> g.path("key").asText().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no group " + key + " in " + groups));
  }

  private static List<String> members(JsonNode groups, String key) {
    List<String> numbers = new ArrayList<>();
    group(groups, key).path("breaches").forEach(r -> numbers.add(r.path("caseNumber").asText()));
    return numbers;
  }

  /** A JSON text as the string value of a Camunda Json variable. */
  private static String jsonString(String raw) {
    return "\"" + raw.replace("\"", "\\\"") + "\"";
  }
}
