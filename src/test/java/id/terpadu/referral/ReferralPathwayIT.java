package id.terpadu.referral;

import static id.terpadu.support.ApiClient.json;
import static id.terpadu.support.EngineTasks.task;
import static id.terpadu.support.EngineTasks.work;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.agency.AgencyDirectory;
import id.terpadu.agency.AgencyInput;
import id.terpadu.casefile.CaseStage;
import id.terpadu.organisation.OrganisationService;
import id.terpadu.organisation.StaffAccount;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.plan.ServicePlan;
import id.terpadu.plan.ServicePlanRepository;
import id.terpadu.support.ApiClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * From the assessment to verified referrals, as the users do it: the caseworker plans, the supervisor
 * returns then approves, each partner agency sees only its own referral summary, one declines and the
 * caseworker reroutes, the agencies report and the caseworker verifies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ReferralPathwayIT {

  /** What a partner agency's task may show: the referral summary and the referral's own routing facts. */
  static final Set<String> SUMMARY_VARIABLES = Set.of("referralId", "regency", "caseNumber", "childFirstName",
      "childAge", "serviceType", "serviceLabel", "agencyCode", "targetDate", "contactCaseworker",
      "contactCaseworkerName", "contactCaseworkerEmail", "referralAccepted", "serviceVerified");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ReferralRepository referrals;
  @Autowired ServicePlanRepository plans;
  @Autowired ChildCaseRepository cases;
  @Autowired TransactionTemplate transactions;
  @Autowired AgencyDirectory agencies;
  @Autowired OrganisationService organisation;

  /** A second legal aid bureau, with one staff account, so that a declined referral can be rerouted. */
  @BeforeEach
  void secondLegalAidBureau() {
    if (agencies.find("pkbh").isEmpty()) {
      agencies.create(new AgencyInput("pkbh", "PKBH Universitas", "pkbh@demo.terpadu.invalid", null,
          List.of("3504"), List.of("LEGAL_AID"), true));
      organisation.ensureStaff(new StaffAccount("pkbh1", "Petugas", "PKBH", null,
          List.of("agency", "agency-pkbh"), List.of("3504")), "Rahasia-Pkbh-2026");
    }
  }

  @Test
  void referralsGoToTheirAgenciesAndAreFollowedUntilVerified() {
    ApiClient intake = ApiClient.basic(port, "petugas", "demo");
    ApiClient supervisor = ApiClient.basic(port, "pengawas", "demo");
    ApiClient caseworker = ApiClient.basic(port, "peksos1", "demo");
    JsonNode created = json(intake.postJson("/api/complaints", """
        {"channel":"REFERRAL_SCHOOL","anonymous":false,
         "reporter":{"name":"Ibu Guru Wati","relation":"guru"},
         "child":{"name":"Dimas Pratama","sex":"L","birthDate":"2017-03-14"},
         "villageCode":"3504011001",
         "description":"Anak tidak punya akta kelahiran dan tidak punya jaminan kesehatan.",
         "categories":["KEPENDUDUKAN"]}"""));
    long caseId = created.path("caseId").asLong();
    String caseInstance = created.path("processInstanceId").asText();
    work(supervisor, "pengawas", caseInstance, "Task_TriageComplaint",
        "{\"triageOutcome\":{\"value\":\"ACCEPTED\"},\"riskLevel\":{\"value\":\"LOW\"},"
            + "\"primaryCategory\":{\"value\":\"KEPENDUDUKAN\"}}");
    work(supervisor, "pengawas", caseInstance, "Task_AssignCaseworker", "{\"caseworkerId\":{\"value\":\"peksos1\"}}");
    work(caseworker, "peksos1", caseInstance, "Task_ConductAssessment",
        "{\"confidentialAssessmentCivilDocuments\":{\"value\":\"Tidak punya akta kelahiran.\"},"
            + "\"needsCivilDocuments\":{\"value\":true}}");

    // The plan: two services; the supervisor returns it once, then approves.
    String target = LocalDate.now().plusDays(21).toString();
    String plan = "{\"confidentialPlanGoals\":{\"value\":\"Anak memiliki akta kelahiran dan jaminan kesehatan.\"},"
        + "\"confidentialPlannedServices\":{\"type\":\"Json\",\"value\":"
        + jsonString("[{\"serviceType\":\"BIRTH_CERTIFICATE\",\"agencyCode\":\"dukcapil\",\"targetDate\":\"" + target
        + "\"},{\"serviceType\":\"LEGAL_AID\",\"agencyCode\":\"lbh\",\"targetDate\":\"" + target + "\"}]")
        + "}}";
    work(caseworker, "peksos1", caseInstance, "Task_DraftServicePlan", plan);
    work(supervisor, "pengawas", caseInstance, "Task_ApproveServicePlan",
        "{\"planDecision\":{\"value\":\"RETURNED\"},\"planReturnComment\":{\"value\":\"Tambahkan tanggal target.\"}}");
    assertThat(runtime.getVariable(caseInstance, "planReturnComment")).isEqualTo("Tambahkan tanggal target.");
    work(caseworker, "peksos1", caseInstance, "Task_DraftServicePlan", plan);
    work(supervisor, "pengawas", caseInstance, "Task_ApproveServicePlan", "{\"planDecision\":{\"value\":\"APPROVED\"}}");
    assertThat(plans.findByCaseIdOrderByDraftedAt(caseId)).extracting(ServicePlan::getStatus)
        .containsExactly(ServicePlan.Status.RETURNED, ServicePlan.Status.APPROVED);
    CaseStage stage = transactions.execute(s -> cases.findById(caseId).orElseThrow().getStage());
    assertThat(stage).isEqualTo(CaseStage.REFERRAL);

    List<ProcessInstance> referralInstances =
        runtime.createProcessInstanceQuery().superProcessInstanceId(caseInstance).list();
    assertThat(referralInstances).hasSize(2);
    String civilRegistry = instanceFor(referralInstances, "dukcapil");
    String legalAid = instanceFor(referralInstances, "lbh");

    // Each agency sees its own task, with the referral summary only.
    ApiClient dukcapil = ApiClient.basic(port, "dukcapil", "demo");
    JsonNode dukcapilTask = task(dukcapil, civilRegistry, "Task_DecideOnReferral");
    JsonNode variables = json(dukcapil.get("/engine-rest/task/" + dukcapilTask.path("id").asText() + "/variables"));
    List<String> names = new ArrayList<>();
    variables.fieldNames().forEachRemaining(names::add);
    assertThat(names).isSubsetOf(SUMMARY_VARIABLES).contains("caseNumber", "childFirstName", "serviceLabel");
    assertThat(variables.path("childFirstName").path("value").asText()).isEqualTo("Dimas");
    assertThat(variables.path("childAge").path("value").asInt()).isBetween(8, 10);
    assertThat(json(dukcapil.get("/engine-rest/task?processInstanceId=" + legalAid))).isEmpty();
    assertThat(json(dukcapil.get("/engine-rest/task?processInstanceId=" + caseInstance))).isEmpty();
    HttpResponse<String> caseVariables = dukcapil.get("/engine-rest/process-instance/" + caseInstance + "/variables");
    assertThat(caseVariables.statusCode()).isIn(403, 404);

    // The civil registry accepts and reports; the caseworker returns the report once, then verifies.
    work(dukcapil, "dukcapil", civilRegistry, "Task_DecideOnReferral", "{\"referralDecision\":{\"value\":\"ACCEPT\"}}");
    String report = "{\"serviceOutcome\":{\"value\":\"DONE\"},\"serviceDate\":{\"value\":\"" + LocalDate.now()
        + "\"},\"confidentialServiceNote\":{\"value\":\"Akta kelahiran terbit.\"}}";
    work(dukcapil, "dukcapil", civilRegistry, "Task_ReportService", report);
    work(caseworker, "peksos1", civilRegistry, "Task_VerifyService",
        "{\"verificationDecision\":{\"value\":\"RETURN\"},\"verificationNote\":{\"value\":\"Lampirkan nomor akta.\"}}");
    work(dukcapil, "dukcapil", civilRegistry, "Task_ReportService", report);
    work(caseworker, "peksos1", civilRegistry, "Task_VerifyService",
        "{\"verificationDecision\":{\"value\":\"VERIFIED\"}}");

    // Legal aid declines; the caseworker sends it to a second legal aid bureau of the regency.
    ApiClient lbh = ApiClient.basic(port, "lbh", "demo");
    work(lbh, "lbh", legalAid, "Task_DecideOnReferral",
        "{\"referralDecision\":{\"value\":\"DECLINE\"},\"declineReason\":{\"value\":\"Bukan layanan kami.\"}}");
    JsonNode reroute = task(caseworker, legalAid, "Task_ChooseAnotherAgency");
    String offered = json(caseworker.get("/engine-rest/task/" + reroute.path("id").asText()
        + "/variables/agencyOptions?deserializeValue=false")).path("value").asText();
    assertThat(offered).contains("pkbh").doesNotContain("rsud");
    work(caseworker, "peksos1", legalAid, "Task_ChooseAnotherAgency",
        "{\"rerouteDecision\":{\"value\":\"REROUTE\"},\"newAgencyCode\":{\"value\":\"pkbh\"}}");
    ApiClient dinsos = ApiClient.basic(port, "pkbh1", "Rahasia-Pkbh-2026");
    assertThat(json(lbh.get("/engine-rest/task?processInstanceId=" + legalAid))).isEmpty();
    work(dinsos, "pkbh1", legalAid, "Task_DecideOnReferral", "{\"referralDecision\":{\"value\":\"ACCEPT\"}}");
    work(dinsos, "pkbh1", legalAid, "Task_ReportService", report);
    work(caseworker, "peksos1", legalAid, "Task_VerifyService", "{\"verificationDecision\":{\"value\":\"VERIFIED\"}}");

    List<Referral> done = transactions.execute(s -> referrals.findByCaseIdOrderById(caseId));
    assertThat(done).extracting(Referral::getStatus).containsOnly(ReferralStatus.VERIFIED);
    Referral rerouted = done.stream().filter(r -> r.getServiceType().equals("LEGAL_AID")).findFirst()
        .orElseThrow();
    assertThat(rerouted.getAgencyCode()).isEqualTo("pkbh");
    assertThat(rerouted.getHistory()).extracting(h -> h.getStatus() + "@" + h.getAgencyCode()).containsExactly(
        "SENT@lbh", "DECLINED@lbh", "SENT@pkbh", "ACCEPTED@pkbh", "SERVICE_REPORTED@pkbh", "VERIFIED@pkbh");
    // Every referral is done: the case stays in monitoring until the caseworker proposes termination.
    CaseStage afterReferrals = transactions.execute(s -> cases.findById(caseId).orElseThrow().getStage());
    assertThat(afterReferrals).isEqualTo(CaseStage.MONITORING);
    JsonNode monitoring = task(caseworker, caseInstance, "Task_MonitorCase");
    assertThat(monitoring.path("assignee").asText()).isEqualTo("peksos1");
    // The monitoring form opened while referrals ran now says that none is running.
    assertThat(runtime.getVariable(caseInstance, "monitoringSummary").toString())
        .startsWith("Tidak ada rujukan yang masih berjalan.");
    JsonNode timeline = json(supervisor.get("/api/cases/" + caseId + "/timeline"));
    assertThat(timeline).extracting(e -> e.path("title").asText()).contains(
        "Rencana layanan diajukan", "Rencana layanan dikembalikan", "Rencana layanan disetujui",
        "Rujukan Bantuan hukum: ditolak mitra", "Rujukan Bantuan hukum: diverifikasi, selesai");
    assertThat(history.createHistoricVariableInstanceQuery().variableNameLike("confidential%").count()).isZero();
  }

  @Test
  void theCaseworkerAddsAServiceAndCancelsAReferralWhileReferralsRun() {
    ApiClient supervisor = ApiClient.basic(port, "pengawas", "demo");
    ApiClient caseworker = ApiClient.basic(port, "peksos1", "demo");
    JsonNode created = json(ApiClient.basic(port, "petugas", "demo").postJson("/api/complaints", """
        {"channel":"PHONE","anonymous":true,"child":{"name":"Rara","sex":"P","birthDate":"2014-05-01"},
         "villageCode":"3504011001","description":"Anak sering tidak sekolah karena membantu orang tua.",
         "categories":["PENDIDIKAN"]}"""));
    long caseId = created.path("caseId").asLong();
    String caseInstance = created.path("processInstanceId").asText();
    work(supervisor, "pengawas", caseInstance, "Task_TriageComplaint",
        "{\"triageOutcome\":{\"value\":\"ACCEPTED\"},\"riskLevel\":{\"value\":\"LOW\"},"
            + "\"primaryCategory\":{\"value\":\"PENDIDIKAN\"}}");
    work(supervisor, "pengawas", caseInstance, "Task_AssignCaseworker", "{\"caseworkerId\":{\"value\":\"peksos1\"}}");
    String target = LocalDate.now().plusDays(14).toString();
    String body = "{\"serviceType\":\"SOCIAL_ASSISTANCE\",\"agencyCode\":\"dinsos\",\"targetDate\":\"" + target + "\"}";
    // Not in the referral stage yet: nothing to add to.
    assertThat(caseworker.postJson("/api/cases/" + caseId + "/referrals", body).statusCode()).isEqualTo(409);

    work(caseworker, "peksos1", caseInstance, "Task_ConductAssessment",
        "{\"confidentialAssessmentEducation\":{\"value\":\"Sering bolos.\"},\"needsEducation\":{\"value\":true}}");
    work(caseworker, "peksos1", caseInstance, "Task_DraftServicePlan",
        "{\"confidentialPlanGoals\":{\"value\":\"Anak kembali bersekolah.\"},"
            + "\"confidentialPlannedServices\":{\"type\":\"Json\",\"value\":"
            + jsonString("[{\"serviceType\":\"SOCIAL_ASSISTANCE\",\"agencyCode\":\"dinsos\",\"targetDate\":\""
            + target + "\"}]") + "}}");
    work(supervisor, "pengawas", caseInstance, "Task_ApproveServicePlan", "{\"planDecision\":{\"value\":\"APPROVED\"}}");
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(caseInstance).count()).isEqualTo(1);

    // Who may add: not a partner agency, not another unit; bad input is listed field by field.
    assertThat(ApiClient.basic(port, "rsud", "demo").postJson("/api/cases/" + caseId + "/referrals", body)
        .statusCode()).isEqualTo(403);
    assertThat(ApiClient.basic(port, "pengawas2", "demo").postJson("/api/cases/" + caseId + "/referrals", body)
        .statusCode()).isEqualTo(404);
    HttpResponse<String> invalid = caseworker.postJson("/api/cases/" + caseId + "/referrals",
        "{\"serviceType\":\"NOPE\",\"agencyCode\":\"nope\",\"targetDate\":\"2000-01-01\"}");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(json(invalid).path("errors")).extracting(e -> e.path("field").asText())
        .containsExactlyInAnyOrder("serviceType", "agencyCode", "targetDate");

    HttpResponse<String> added = caseworker.postJson("/api/cases/" + caseId + "/referrals",
        "{\"serviceType\":\"PSYCHOLOGICAL\",\"agencyCode\":\"rsud\",\"targetDate\":\"" + target + "\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    long addedId = json(added).path("id").asLong();
    List<ProcessInstance> running = runtime.createProcessInstanceQuery().superProcessInstanceId(caseInstance).list();
    assertThat(running).hasSize(2);
    String addedInstance = instanceFor(running, "rsud");
    assertThat(task(ApiClient.basic(port, "rsud", "demo"), addedInstance, "Task_DecideOnReferral")).isNotNull();

    assertThat(caseworker.postJson("/api/referrals/" + addedId + "/cancel", "{\"reason\":\"\"}").statusCode())
        .isEqualTo(400);
    HttpResponse<String> cancelled = caseworker.postJson("/api/referrals/" + addedId + "/cancel",
        "{\"reason\":\"Keluarga sudah mendapat layanan psikolog sekolah.\"}");
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(204);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(addedInstance).count()).isZero();
    assertThat(caseworker.postJson("/api/referrals/" + addedId + "/cancel", "{\"reason\":\"lagi\"}").statusCode())
        .isEqualTo(409);

    JsonNode listed = json(caseworker.get("/api/cases/" + caseId + "/referrals"));
    assertThat(listed).hasSize(2);
    assertThat(listed).anySatisfy(r -> {
      assertThat(r.path("id").asLong()).isEqualTo(addedId);
      assertThat(r.path("status").asText()).isEqualTo("CANCELLED");
      assertThat(r.path("history")).extracting(h -> h.path("status").asText()).containsExactly("SENT", "CANCELLED");
    });
  }

  private String instanceFor(List<ProcessInstance> instances, String agency) {
    return instances.stream().filter(i -> agency.equals(runtime.getVariable(i.getId(), "agencyCode")))
        .findFirst().orElseThrow().getId();
  }

  /** A JSON text as the string value of a Camunda Json variable. */
  private static String jsonString(String raw) {
    return "\"" + raw.replace("\"", "\\\"") + "\"";
  }
}
