package id.terpadu.termination;

import static id.terpadu.support.ApiClient.json;
import static id.terpadu.support.EngineTasks.task;
import static id.terpadu.support.EngineTasks.work;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.casefile.CaseStage;
import id.terpadu.casefile.CaseStatus;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.casefile.ClosureReason;
import id.terpadu.monitoring.MonitoringContactRepository;
import id.terpadu.referral.Referral;
import id.terpadu.referral.ReferralRepository;
import id.terpadu.referral.ReferralStatus;
import id.terpadu.support.ApiClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * From approved plan to closure and reopening, as the users do it in Tasklist: the caseworker records
 * monitoring contacts (adding a service, cancelling a referral, putting the case on the conference agenda),
 * proposes termination; the supervisor returns it once, then approves; the case closes with its open
 * referrals cancelled; the supervisor reopens it and it starts again at triage, same case, same history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TerminationPathwayIT {

  /** The unit's day (Tulungagung, WIB): contact dates are checked against it, not the JVM's zone. */
  static final java.time.ZoneId UNIT_ZONE = java.time.ZoneId.of("Asia/Jakarta");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ChildCaseRepository cases;
  @Autowired ReferralRepository referrals;
  @Autowired MonitoringContactRepository contacts;
  @Autowired TransactionTemplate transactions;

  @Test
  void aCaseIsMonitoredTerminatedWithApprovalAndReopened() {
    ApiClient supervisor = ApiClient.basic(port, "pengawas", "demo");
    ApiClient caseworker = ApiClient.basic(port, "peksos1", "demo");
    // A long complaint (within the 4,000 characters a complaint may have): the reopened case's text, reason and
    // complaint together, is longer than a process variable holds.
    String description = "Anak tidak punya akta kelahiran dan tidak punya jaminan kesehatan."
        + " Keluarga sudah berkali-kali datang ke kantor desa tanpa hasil.".repeat(62);
    JsonNode created = json(ApiClient.basic(port, "petugas", "demo").postJson("/api/complaints", """
        {"channel":"REFERRAL_SCHOOL","anonymous":false,"reporter":{"name":"Ibu Guru Wati","relation":"guru"},
         "child":{"name":"Dimas Pratama","sex":"L","birthDate":"2017-03-14"},"villageCode":"3504011001",
         "description":"%s",
         "categories":["KEPENDUDUKAN"]}""".formatted(description)));
    long caseId = created.path("caseId").asLong();
    String instance = created.path("processInstanceId").asText();
    work(supervisor, "pengawas", instance, "Task_TriageComplaint", "{\"triageOutcome\":{\"value\":\"ACCEPTED\"},"
        + "\"riskLevel\":{\"value\":\"LOW\"},\"primaryCategory\":{\"value\":\"KEPENDUDUKAN\"}}");
    work(supervisor, "pengawas", instance, "Task_AssignCaseworker", "{\"caseworkerId\":{\"value\":\"peksos1\"}}");
    work(caseworker, "peksos1", instance, "Task_ConductAssessment",
        "{\"confidentialAssessmentCivilDocuments\":{\"value\":\"Tidak punya akta.\"},"
            + "\"needsCivilDocuments\":{\"value\":true}}");
    String target = LocalDate.now(UNIT_ZONE).plusDays(21).toString();
    // The health insurance service leaves the agency empty: the routing table picks it.
    // Goals within the form's 4,000 characters; the supervisor's summary of the plan adds its services.
    String goals = "Akta kelahiran dan jaminan kesehatan." + " Keluarga didampingi sampai dokumen terbit.".repeat(90);
    work(caseworker, "peksos1", instance, "Task_DraftServicePlan",
        "{\"confidentialPlanGoals\":{\"value\":\"" + goals + "\"},"
            + "\"confidentialPlannedServices\":{\"type\":\"Json\",\"value\":" + jsonString("[{\"serviceType\":"
            + "\"BIRTH_CERTIFICATE\",\"agencyCode\":\"dukcapil\",\"targetDate\":\"" + target + "\"},"
            + "{\"serviceType\":\"HEALTH_INSURANCE\",\"agencyCode\":\"\",\"targetDate\":\"" + target + "\"}]")
            + "}}");
    String planSummary = json(supervisor.get("/engine-rest/task/" + task(supervisor, instance,
        "Task_ApproveServicePlan").path("id").asText() + "/variables/confidentialPlanSummary")).path("value").asText();
    assertThat(planSummary).startsWith("Tujuan:\n" + goals.substring(0, 200)).hasSize(4000)
        .contains("… [terpotong; selengkapnya ada di berkas kasus]\n\nLayanan:\n- ").endsWith("Disusun oleh: peksos1");
    work(supervisor, "pengawas", instance, "Task_ApproveServicePlan", "{\"planDecision\":{\"value\":\"APPROVED\"}}");
    Referral insurance = referralOf(caseId, "HEALTH_INSURANCE");
    assertThat(insurance.getAgencyCode()).isEqualTo("dinsos");
    assertThat(stage(caseId)).isEqualTo(CaseStage.REFERRAL);

    // The monitoring form offers the open referrals to cancel.
    JsonNode monitoring = task(caseworker, instance, "Task_MonitorCase");
    assertThat(monitoring.path("assignee").asText()).isEqualTo("peksos1");
    String options = json(caseworker.get("/engine-rest/task/" + monitoring.path("id").asText()
        + "/variables/openReferralOptions?deserializeValue=false")).path("value").asText();
    assertThat(options).contains("Akta kelahiran", String.valueOf(insurance.getId()));

    // A contact dated in the future is refused, and nothing changes.
    HttpResponse<String> refused = complete(caseworker, monitoring, contact(LocalDate.now(UNIT_ZONE).plusDays(1), "CONTINUE",
        ""));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).path("message").asText()).startsWith("Isi tanggal kontak monev");
    assertThat(contacts.countByCaseId(caseId)).isZero();

    // First contact: a service added, the insurance referral cancelled, the case put on the conference agenda.
    HttpResponse<String> first = complete(caseworker, monitoring, contact(LocalDate.now(UNIT_ZONE), "CONTINUE",
        ",\"addServices\":{\"value\":true},\"confidentialAddedServices\":{\"type\":\"Json\",\"value\":"
            + jsonString("[{\"serviceType\":\"PSYCHOLOGICAL\",\"agencyCode\":\"rsud\",\"targetDate\":\"" + target
            + "\"}]") + "},\"cancelReferralIds\":{\"type\":\"Json\",\"value\":"
            + jsonString("[\"" + insurance.getId() + "\"]") + "},"
            + "\"confidentialCancelReason\":{\"value\":\"Sudah terdaftar PBI lewat desa.\"},"
            + "\"caseConference\":{\"value\":true},"
            + "\"confidentialConferenceReason\":{\"value\":\"Perlu koordinasi dengan sekolah.\"}"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(204);
    assertThat(referralOf(caseId, "HEALTH_INSURANCE").getStatus()).isEqualTo(ReferralStatus.CANCELLED);
    Referral psychologist = referralOf(caseId, "PSYCHOLOGICAL");
    assertThat(psychologist.getProcessInstanceId()).isNotNull();
    assertThat(task(ApiClient.basic(port, "rsud", "demo"), psychologist.getProcessInstanceId(),
        "Task_DecideOnReferral")).isNotNull();
    Boolean onAgenda = transactions.execute(s -> cases.findById(caseId).orElseThrow().isConferenceAgenda());
    assertThat(onAgenda).isTrue();
    assertThat(contacts.countByCaseId(caseId)).isEqualTo(1);
    assertThat(runtime.getVariable(instance, "caseConference")).isEqualTo(true);
    String agendaFilter = json(supervisor.get("/engine-rest/filter?name=Agenda%20Konferensi%20Kasus")).get(0)
        .path("id").asText();
    assertThat(json(supervisor.get("/engine-rest/filter/" + agendaFilter + "/list")))
        .extracting(t -> t.path("processInstanceId").asText()).contains(instance);

    // Case notes: the caseworker writes one; other units and partner agencies cannot read or write them.
    String note = "{\"text\":\"Nenek bersedia mengantar ke Dukcapil hari Senin.\"}";
    HttpResponse<String> noted = caseworker.postJson("/api/cases/" + caseId + "/notes", note);
    assertThat(noted.statusCode()).as(noted.body()).isEqualTo(201);
    assertThat(json(noted).path("author").asText()).isEqualTo("peksos1");
    HttpResponse<String> empty = caseworker.postJson("/api/cases/" + caseId + "/notes", "{\"text\":\"  \"}");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(json(empty).path("errors").get(0).path("field").asText()).isEqualTo("text");
    assertThat(ApiClient.basic(port, "rsud", "demo").postJson("/api/cases/" + caseId + "/notes", note)
        .statusCode()).isEqualTo(403);
    assertThat(ApiClient.basic(port, "pengawas2", "demo").get("/api/cases/" + caseId + "/notes").statusCode())
        .isEqualTo(404);
    assertThat(json(supervisor.get("/api/cases/" + caseId + "/notes"))).extracting(n -> n.path("text").asText())
        .containsExactly("Nenek bersedia mengantar ke Dukcapil hari Senin.");

    // Termination proposed, returned once with a comment the caseworker then reads, proposed again, approved.
    work(caseworker, "peksos1", instance, "Task_MonitorCase", proposal("Akta terbit, anak kembali sekolah."));
    assertThat(stage(caseId)).isEqualTo(CaseStage.TERMINATION);
    JsonNode approval = task(supervisor, instance, "Task_ApproveTermination");
    String proposalText = json(supervisor.get("/engine-rest/task/" + approval.path("id").asText()
        + "/variables/confidentialTerminationProposal")).path("value").asText();
    assertThat(proposalText).contains("tujuan layanan tercapai", "Akta kelahiran", "dibatalkan bila terminasi");
    work(supervisor, "pengawas", instance, "Task_ApproveTermination",
        "{\"terminationDecision\":{\"value\":\"RETURNED\"},"
            + "\"terminationReturnComment\":{\"value\":\"Tunggu akta terbit.\"}}");
    assertThat(stage(caseId)).isEqualTo(CaseStage.REFERRAL);
    JsonNode again = task(caseworker, instance, "Task_MonitorCase");
    assertThat(json(caseworker.get("/engine-rest/task/" + again.path("id").asText()
        + "/variables/terminationReturnComment")).path("value").asText()).isEqualTo("Tunggu akta terbit.");
    // A summary within the form's 4,000 characters; the supervisor's text adds the reason and the open referrals.
    String summary = "Akta terbit, anak kembali sekolah." + " Nenek mengantar anak setiap pagi.".repeat(115);
    work(caseworker, "peksos1", instance, "Task_MonitorCase", proposal(summary));
    assertThat(json(supervisor.get("/engine-rest/task/" + task(supervisor, instance, "Task_ApproveTermination")
        .path("id").asText() + "/variables/confidentialTerminationProposal")).path("value").asText())
        .contains("tujuan layanan tercapai", summary.substring(0, 300),
            "… [terpotong; selengkapnya ada di berkas kasus]\n\nDiusulkan oleh peksos1 pada ").hasSize(4000);
    HttpResponse<String> conference = caseworker.postJson("/api/cases/" + caseId + "/conferences", "{}");
    assertThat(conference.statusCode()).as(conference.body()).isEqualTo(201);
    work(supervisor, "pengawas", instance, "Task_ApproveTermination", "{\"terminationDecision\":{\"value\":\"APPROVED\"}}");

    ChildCase closed = transactions.execute(s -> cases.findById(caseId).orElseThrow());
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getClosureReason()).isEqualTo(ClosureReason.GOALS_MET);
    assertThat(closed.isConferenceAgenda()).isFalse();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(instance).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("Process_CaseConference")
        .variableValueEquals("caseId", caseId).count()).as("the conference ended with the case").isZero();
    List<Referral> all = transactions.execute(s -> referrals.findByCaseIdOrderById(caseId));
    assertThat(all).extracting(Referral::getStatus).containsOnly(ReferralStatus.CANCELLED);
    assertThat(tasks.createTaskQuery().processInstanceId(psychologist.getProcessInstanceId()).count()).isZero();

    // Reopening: only the unit's supervisors or head, with a reason, and only a closed case.
    String reason = "{\"reason\":\"Anak kembali putus sekolah.\"}";
    assertThat(caseworker.postJson("/api/cases/" + caseId + "/reopen", reason).statusCode()).isEqualTo(403);
    assertThat(ApiClient.basic(port, "pengawas2", "demo").postJson("/api/cases/" + caseId + "/reopen", reason)
        .statusCode()).isEqualTo(404);
    HttpResponse<String> blank = supervisor.postJson("/api/cases/" + caseId + "/reopen", "{\"reason\":\" \"}");
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(json(blank).path("errors").get(0).path("field").asText()).isEqualTo("reason");
    HttpResponse<String> reopened = supervisor.postJson("/api/cases/" + caseId + "/reopen", reason);
    assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(201);
    String newInstance = json(reopened).path("processInstanceId").asText();
    assertThat(newInstance).isNotEqualTo(instance);
    assertThat(json(reopened).path("caseNumber").asText()).isEqualTo(closed.getCaseNumber());
    assertThat(supervisor.postJson("/api/cases/" + caseId + "/reopen", reason).statusCode()).isEqualTo(409);
    ChildCase open = transactions.execute(s -> cases.findById(caseId).orElseThrow());
    assertThat(open.getStatus()).isEqualTo(CaseStatus.OPEN);
    assertThat(open.getStage()).isEqualTo(CaseStage.TRIAGE);
    assertThat(open.getProcessInstanceId()).isEqualTo(newInstance);
    JsonNode triage = task(supervisor, newInstance, "Task_TriageComplaint");
    String shown = json(supervisor.get("/engine-rest/task/" + triage.path("id").asText()
        + "/variables/confidentialDescription")).path("value").asText();
    assertThat(shown).startsWith("Kasus dibuka kembali: Anak kembali putus sekolah.\n\nPengaduan awal:\n"
        + description.substring(0, 100)).endsWith("selengkapnya ada di berkas kasus]").hasSize(4000);
    assertThat(open.getDescription()).isEqualTo(description);

    JsonNode timeline = json(supervisor.get("/api/cases/" + caseId + "/timeline"));
    assertThat(timeline).extracting(e -> e.path("title").asText()).contains("Monev: kunjungan rumah",
        "Terminasi diusulkan", "Terminasi dikembalikan", "Terminasi disetujui",
        "Kasus ditutup: tujuan layanan tercapai", "Kasus dibuka kembali",
        "Tugas diselesaikan: Setujui terminasi kasus", "Catatan kasus");
    assertThat(timeline).filteredOn(e -> e.path("type").asText().equals("PROCESS_STARTED")).hasSize(2);
    assertThat(history.createHistoricVariableInstanceQuery().variableNameLike("confidential%").count()).isZero();
  }

  private String contact(LocalDate date, String next, String more) {
    return "{\"contactType\":{\"value\":\"HOME_VISIT\"},\"contactDate\":{\"value\":\"" + date + "\"},"
        + "\"childSituation\":{\"value\":\"IMPROVED\"},"
        + "\"confidentialMonitoringNote\":{\"value\":\"Anak sehat, menunggu akta.\"},"
        + "\"nextStep\":{\"value\":\"" + next + "\"}" + more + "}";
  }

  private String proposal(String summary) {
    return contact(LocalDate.now(UNIT_ZONE), "PROPOSE_TERMINATION", ",\"terminationReason\":{\"value\":\"GOALS_MET\"},"
        + "\"confidentialTerminationSummary\":{\"value\":\"" + summary + "\"}");
  }

  private HttpResponse<String> complete(ApiClient user, JsonNode task, String variables) {
    String id = task.path("id").asText();
    user.postJson("/engine-rest/task/" + id + "/claim", "{\"userId\":\"peksos1\"}");
    return user.postJson("/engine-rest/task/" + id + "/complete", "{\"variables\":" + variables + "}");
  }

  private Referral referralOf(long caseId, String serviceType) {
    return transactions.execute(s -> referrals.findByCaseIdOrderById(caseId).stream()
        .filter(r -> r.getServiceType().equals(serviceType)).findFirst().orElseThrow());
  }

  private CaseStage stage(long caseId) {
    return transactions.execute(s -> cases.findById(caseId).orElseThrow().getStage());
  }

  private static String jsonString(String raw) {
    return "\"" + raw.replace("\"", "\\\"") + "\"";
  }
}
