package id.terpadu.support;

import static id.terpadu.support.ApiClient.json;
import static id.terpadu.support.EngineTasks.work;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;

/** Cases for integration tests of the demo organisation, moved along the pathway as its users do. */
public final class CaseFixtures {

  public static final String TULUNGAGUNG_VILLAGE = "3504011001";
  public static final String TRENGGALEK_VILLAGE = "3503012001";
  public static final String CHILD_NAME = "Dimas Pratama";

  private final int port;

  public CaseFixtures(int port) {
    this.port = port;
  }

  /** A registered complaint. */
  public record Registered(long caseId, String caseNumber, String processInstanceId) {}

  public ApiClient as(String user) {
    return ApiClient.basic(port, user, "demo");
  }

  /** A complaint about a boy with no birth certificate, registered by an intake officer in a village. */
  public Registered register(String intakeUser, String villageCode) {
    HttpResponse<String> created = as(intakeUser).postJson("/api/complaints", """
        {"channel":"REFERRAL_SCHOOL","anonymous":false,
         "reporter":{"name":"Ibu Guru Wati","phone":"0812 3456 7890","relation":"guru"},
         "child":{"name":"%s","sex":"L","birthDate":"2010-03-14"},
         "villageCode":"%s",
         "description":"Anak tertangkap mencuri sepeda motor; keluarga akan pindah.",
         "categories":["ABH"]}
        """.formatted(CHILD_NAME, villageCode));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = json(created);
    return new Registered(body.path("caseId").asLong(), body.path("caseNumber").asText(),
        body.path("processInstanceId").asText());
  }

  /** The supervisor accepts the complaint at medium risk: the case waits for a caseworker. */
  public void accept(Registered registered, String supervisor) {
    work(as(supervisor), supervisor, registered.processInstanceId(), "Task_TriageComplaint", """
        {"triageOutcome":{"value":"ACCEPTED"},"riskLevel":{"value":"MEDIUM"},
         "primaryCategory":{"value":"ABH"}}""");
  }

  /** The supervisor closes the complaint at triage: not a child-protection case. */
  public void notACase(Registered registered, String supervisor) {
    work(as(supervisor), supervisor, registered.processInstanceId(), "Task_TriageComplaint", """
        {"triageOutcome":{"value":"NOT_A_CASE"},"confidentialReferredTo":{"value":"Puskesmas"}}""");
  }

  /** The supervisor assigns the accepted case to a caseworker of the unit. */
  public void assign(Registered registered, String supervisor, String caseworker) {
    work(as(supervisor), supervisor, registered.processInstanceId(), "Task_AssignCaseworker",
        "{\"caseworkerId\":{\"value\":\"" + caseworker + "\"}}");
  }

  /** Accepted and assigned: the caseworker's assessment task is open. */
  public Registered assessing(String intake, String village, String supervisor, String caseworker) {
    Registered registered = register(intake, village);
    accept(registered, supervisor);
    assign(registered, supervisor, caseworker);
    return registered;
  }

  /** Assessment done and a plan of one civil-registry service approved: one referral runs. */
  public void referring(Registered registered, String supervisor, String caseworker) {
    ApiClient worker = as(caseworker);
    work(worker, caseworker, registered.processInstanceId(), "Task_ConductAssessment",
        "{\"confidentialAssessmentCivilDocuments\":{\"value\":\"Tidak punya akta kelahiran.\"},"
            + "\"needsCivilDocuments\":{\"value\":true}}");
    String target = LocalDate.now().plusDays(21).toString();
    String services = "[{\"serviceType\":\"BIRTH_CERTIFICATE\",\"agencyCode\":\"dukcapil\",\"targetDate\":\""
        + target + "\"}]";
    work(worker, caseworker, registered.processInstanceId(), "Task_DraftServicePlan",
        "{\"confidentialPlanGoals\":{\"value\":\"Anak memiliki akta kelahiran.\"},"
            + "\"confidentialPlannedServices\":{\"type\":\"Json\",\"value\":\""
            + services.replace("\"", "\\\"") + "\"}}");
    work(as(supervisor), supervisor, registered.processInstanceId(), "Task_ApproveServicePlan",
        "{\"planDecision\":{\"value\":\"APPROVED\"}}");
  }
}
