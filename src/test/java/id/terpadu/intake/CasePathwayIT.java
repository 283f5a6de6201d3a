package id.terpadu.intake;

import static id.terpadu.support.ApiClient.json;
import static id.terpadu.support.EngineTasks.task;
import static id.terpadu.support.EngineTasks.work;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.assessment.AssessmentRepository;
import id.terpadu.casefile.CaseStage;
import id.terpadu.casefile.CaseStatus;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.support.ApiClient;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** A complaint through the API and the Tasklist start form, triage, assignment and assessment, as the users do it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class CasePathwayIT {

  static final String TULUNGAGUNG_VILLAGE = "3504011001";
  static final String TRENGGALEK_VILLAGE = "3503012001";

  @LocalServerPort int port;
  @Autowired ChildCaseRepository cases;
  @Autowired AssessmentRepository assessments;
  @Autowired HistoryService history;
  @Autowired RuntimeService runtime;
  @Autowired TransactionTemplate transactions;

  static String complaint(String villageCode, String category) {
    return """
        {"channel":"REFERRAL_SCHOOL","anonymous":false,
         "reporter":{"name":"Ibu Guru Wati","phone":"0812 3456 7890","relation":"guru"},
         "child":{"name":"Dimas Pratama","sex":"L","birthDate":"2017-03-14"},
         "villageCode":"%s",
         "description":"Anak tidak dapat mendaftar ujian karena tidak punya akta kelahiran.",
         "categories":["%s"]}
        """.formatted(villageCode, category);
  }

  @Test
  void aComplaintOpensACaseWaitingForTheUnitsTriage() {
    HttpResponse<String> created = ApiClient.basic(port, "petugas", "demo")
        .postJson("/api/complaints", complaint(TULUNGAGUNG_VILLAGE, "KEPENDUDUKAN"));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = json(created);
    assertThat(body.path("caseNumber").asText()).matches("ULT-3504-\\d{4}-\\d{5}");
    long caseId = body.path("caseId").asLong();
    String instanceId = body.path("processInstanceId").asText();

    JsonNode supervisorTasks = json(ApiClient.basic(port, "pengawas", "demo")
        .get("/engine-rest/task?processInstanceId=" + instanceId));
    assertThat(supervisorTasks).hasSize(1);
    assertThat(supervisorTasks.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_TriageComplaint");
    assertThat(json(ApiClient.basic(port, "pengawas2", "demo")
        .get("/engine-rest/task?processInstanceId=" + instanceId))).isEmpty();

    ChildCase stored = cases.findById(caseId).orElseThrow();
    assertThat(stored.getStatus()).isEqualTo(CaseStatus.OPEN);
    assertThat(stored.getStage()).isEqualTo(CaseStage.TRIAGE);
    assertThat(stored.getRegencyCode()).isEqualTo("3504");
    assertThat(stored.getProcessInstanceId()).isEqualTo(instanceId);
    assertConfidentialInputsNeverInHistory();
    assertRegisteredBy(instanceId, "petugas");
  }

  @Test
  void invalidComplaintsListEveryBadFieldAndStoreNothing() {
    long before = cases.count();
    HttpResponse<String> response = ApiClient.basic(port, "petugas", "demo").postJson("/api/complaints", """
        {"channel":"FAX","anonymous":false,"child":{"sex":"X","birthDate":"2099-01-01","nik":"12"},
         "villageCode":"9999999999","description":"pendek","categories":["UNKNOWN"]}
        """);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = json(response);
    assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(problem.path("errors")).extracting(e -> e.path("field").asText()).contains(
        "channel", "reporter.name", "child.sex", "child.birthDate", "child.nik", "villageCode", "description",
        "categories[0]");
    assertThat(problem.path("errors").get(0).path("message").asText()).isNotBlank();
    assertThat(cases.count()).isEqualTo(before);
  }

  @Test
  void aRefusedComplaintTakesNoCaseNumber() {
    ApiClient petugas = ApiClient.basic(port, "petugas", "demo");
    int first = sequenceOf(petugas.postJson("/api/complaints", complaint(TULUNGAGUNG_VILLAGE, "KEPENDUDUKAN")));

    // Refused after the region lookups: a village of another unit, then a village that does not exist.
    assertThat(petugas.postJson("/api/complaints", complaint(TRENGGALEK_VILLAGE, "KEPENDUDUKAN")).statusCode())
        .isEqualTo(400);
    assertThat(petugas.postJson("/api/complaints", complaint("3504019999", "KEPENDUDUKAN")).statusCode())
        .isEqualTo(400);

    assertThat(sequenceOf(petugas.postJson("/api/complaints", complaint(TULUNGAGUNG_VILLAGE, "KEPENDUDUKAN"))))
        .isEqualTo(first + 1);
  }

  /** The unit's sequence number in a registered complaint's case number ({@code ULT-3504-2026-00042}: 42). */
  private static int sequenceOf(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String number = json(created).path("caseNumber").asText();
    return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
  }

  /**
   * A complaint's text is at most 4,000 characters, what a process variable holds (the forms show it whole): one of
   * 4,000 is registered with all of it through the API and the Tasklist start form, one more character is refused.
   */
  @Test
  void aComplaintOfUpTo4000CharactersIsKeptWholeAndALongerOneIsRefused() {
    String description = ("Tetangga melaporkan anak sering ditinggal sendirian di rumah sampai malam, "
        + "tanpa makanan dan tanpa ada orang dewasa yang menjaga. ").repeat(40).substring(0, 3999) + "!";
    ApiClient petugas = ApiClient.basic(port, "petugas", "demo");
    HttpResponse<String> created = petugas.postJson("/api/complaints", withDescription(description));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertKeptWhole(json(created).path("processInstanceId").asText(), description);
    HttpResponse<String> started = petugas.postJson(
        "/engine-rest/process-definition/key/Process_CaseManagement/submit-form", startForm(description));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertKeptWhole(json(started).path("id").asText(), description);

    long before = cases.count();
    HttpResponse<String> refused = petugas.postJson("/api/complaints", withDescription(description + "?"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).path("errors").get(0).path("message").asText())
        .isEqualTo("Uraian pengaduan harus 10–4000 karakter.");
    HttpResponse<String> refusedForm = petugas.postJson(
        "/engine-rest/process-definition/key/Process_CaseManagement/submit-form", startForm(description + "?"));
    assertThat(refusedForm.statusCode()).isEqualTo(400);
    assertThat(cases.count()).isEqualTo(before);
  }

  private static String withDescription(String description) {
    return complaint(TULUNGAGUNG_VILLAGE, "PENELANTARAN")
        .replace("Anak tidak dapat mendaftar ujian karena tidak punya akta kelahiran.", description);
  }

  private static String startForm(String description) {
    return """
        {"variables":{"channel":{"value":"PHONE"},"anonymous":{"value":true},
          "villageCode":{"value":"3504011001"},"confidentialDescription":{"value":"%s"},
          "primaryCategory":{"value":"PENELANTARAN"},"childInDanger":{"value":false}}}""".formatted(description);
  }

  private void assertKeptWhole(String instanceId, String description) {
    assertThat(cases.findAll()).filteredOn(c -> instanceId.equals(c.getProcessInstanceId()))
        .extracting(ChildCase::getDescription).containsExactly(description);
    assertThat(runtime.getVariable(instanceId, "confidentialDescription")).isEqualTo(description);
  }

  /**
   * A value longer than the engine's string variables hold, sent to the REST API past the forms' limits, is refused
   * with a message when it is set: a 400, nothing stored, the task still open (not a 500 from the database).
   */
  @Test
  void anOverlongValueSentToTheEngineIsRefusedAndNothingIsStored() {
    ApiClient petugas = ApiClient.basic(port, "petugas", "demo");
    long before = cases.count();
    HttpResponse<String> started = petugas.postJson(
        "/engine-rest/process-definition/key/Process_CaseManagement/submit-form", """
        {"variables":{"channel":{"value":"PHONE"},"anonymous":{"value":true},
          "villageCode":{"value":"3504011001"},"confidentialDescription":{"value":"Anak ditinggal sendirian."},
          "primaryCategory":{"value":"PENELANTARAN"},"catatanLain":{"value":"%s"}}}""".formatted("x".repeat(4001)));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(400);
    assertThat(json(started).path("message").asText())
        .isEqualTo("Isian \"catatanLain\" terlalu panjang: 4001 karakter, paling banyak 4000.");
    assertThat(cases.count()).isEqualTo(before);

    JsonNode created = json(petugas.postJson("/api/complaints", complaint(TULUNGAGUNG_VILLAGE, "KEPENDUDUKAN")));
    String instanceId = created.path("processInstanceId").asText();
    ApiClient pengawas = ApiClient.basic(port, "pengawas", "demo");
    String taskId = task(pengawas, instanceId, "Task_TriageComplaint").path("id").asText();
    assertThat(pengawas.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"pengawas\"}")
        .statusCode()).isEqualTo(204);
    HttpResponse<String> completed = pengawas.postJson("/engine-rest/task/" + taskId + "/complete", """
        {"variables":{"triageOutcome":{"value":"ACCEPTED"},"riskLevel":{"value":"LOW"},
          "primaryCategory":{"value":"KEPENDUDUKAN"},"confidentialTriageNote":{"value":"%s"}}}"""
        .formatted("y".repeat(4500)));
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(400);
    assertThat(json(completed).path("message").asText()).contains("terlalu panjang: 4500 karakter");
    assertThat(task(pengawas, instanceId, "Task_TriageComplaint").path("id").asText()).isEqualTo(taskId);
    assertThat(reload(created.path("caseId").asLong()).getStage()).isEqualTo(CaseStage.TRIAGE);
  }

  @Test
  void aComplaintOutsideTheCallersRegencyIsRefused() {
    HttpResponse<String> response = ApiClient.basic(port, "petugas", "demo")
        .postJson("/api/complaints", complaint(TRENGGALEK_VILLAGE, "KEPENDUDUKAN"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("errors").get(0).path("code").asText()).isEqualTo("OUT_OF_SCOPE");
  }

  @Test
  void onlyIntakeCaseworkersAndSupervisorsRegisterComplaints() {
    String body = complaint(TULUNGAGUNG_VILLAGE, "KEPENDUDUKAN");
    assertThat(ApiClient.basic(port, "rsud", "demo").postJson("/api/complaints", body).statusCode()).isEqualTo(403);
    assertThat(ApiClient.basic(port, "provinsi", "demo").postJson("/api/complaints", body).statusCode())
        .isEqualTo(403);
    assertThat(ApiClient.anonymous(port).postJson("/api/complaints", body).statusCode()).isEqualTo(401);
    assertThat(ApiClient.basic(port, "petugas", "demo").postJson("/api/complaints", "{not json").statusCode())
        .isEqualTo(400);
  }

  @Test
  void theCaseGoesFromTriageThroughAssignmentToAssessment() {
    JsonNode created = json(ApiClient.basic(port, "petugas", "demo")
        .postJson("/api/complaints", complaint(TULUNGAGUNG_VILLAGE, "KEKERASAN_FISIK")));
    long caseId = created.path("caseId").asLong();
    String instanceId = created.path("processInstanceId").asText();

    ApiClient supervisor = ApiClient.basic(port, "pengawas", "demo");
    work(supervisor, "pengawas", instanceId, "Task_TriageComplaint", """
        {"triageOutcome":{"value":"ACCEPTED"},"riskLevel":{"value":"MEDIUM"},
         "primaryCategory":{"value":"KEKERASAN_FISIK"},
         "otherCategories":{"value":"[\\"PENGASUHAN\\"]","type":"Json"},
         "confidentialTriageNote":{"value":"Perlu kunjungan rumah minggu ini."}}""");
    ChildCase triaged = reload(caseId);
    assertThat(triaged.getRiskLevel().name()).isEqualTo("MEDIUM");
    assertThat(triaged.getCategories()).containsExactlyInAnyOrder("KEKERASAN_FISIK", "PENGASUHAN");
    assertThat(triaged.getTriagedBy()).isEqualTo("pengawas");
    assertThat(triaged.getStage()).isEqualTo(CaseStage.ASSIGNMENT);

    JsonNode assignTask = task(supervisor, instanceId, "Task_AssignCaseworker");
    JsonNode options = json(supervisor.get("/engine-rest/task/" + assignTask.path("id").asText()
        + "/variables/caseworkerOptions?deserializeValue=false"));
    assertThat(options.path("value").asText()).contains("peksos1", "peksos2").doesNotContain("peksos3");
    work(supervisor, "pengawas", instanceId, "Task_AssignCaseworker", "{\"caseworkerId\":{\"value\":\"peksos1\"}}");
    assertThat(reload(caseId).getCaseworkerId()).isEqualTo("peksos1");

    ApiClient caseworker = ApiClient.basic(port, "peksos1", "demo");
    JsonNode assessment = task(caseworker, instanceId, "Task_ConductAssessment");
    assertThat(assessment.path("assignee").asText()).isEqualTo("peksos1");
    HttpResponse<String> done = caseworker.postJson("/engine-rest/task/" + assessment.path("id").asText()
        + "/complete", """
        {"variables":{"confidentialAssessmentCivilDocuments":{"value":"Belum punya akta kelahiran."},
                      "needsCivilDocuments":{"value":true}}}""");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);

    assertThat(reload(caseId).getStage()).isEqualTo(CaseStage.PLANNING);
    assertThat(assessments.findByCaseIdOrderByAssessedAt(caseId)).singleElement()
        .satisfies(a -> assertThat(a.getFindings()).anySatisfy(f -> {
          assertThat(f.getSection().name()).isEqualTo("CIVIL_DOCUMENTS");
          assertThat(f.isNeedsService()).isTrue();
        }));
    assertConfidentialInputsNeverInHistory();
  }

  @Test
  void triageCanCloseAComplaintThatIsNotACase() {
    JsonNode created = json(ApiClient.basic(port, "petugas", "demo")
        .postJson("/api/complaints", complaint(TULUNGAGUNG_VILLAGE, "KESEHATAN")));
    String instanceId = created.path("processInstanceId").asText();

    work(ApiClient.basic(port, "pengawas", "demo"), "pengawas", instanceId, "Task_TriageComplaint", """
        {"triageOutcome":{"value":"NOT_A_CASE"},"confidentialReferredTo":{"value":"Puskesmas Kedungwaru"}}""");

    ChildCase closed = reload(created.path("caseId").asLong());
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getClosureReason().name()).isEqualTo("NOT_A_CASE");
    assertThat(closed.getReferredTo()).isEqualTo("Puskesmas Kedungwaru");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
  }

  @Test
  void theTasklistStartFormRegistersTheSameWay() {
    HttpResponse<String> started = ApiClient.basic(port, "petugas", "demo").postJson(
        "/engine-rest/process-definition/key/Process_CaseManagement/submit-form", """
        {"variables":{"channel":{"value":"PHONE"},"anonymous":{"value":true},
          "confidentialChildName":{"value":"Sekar"},"confidentialChildSex":{"value":"P"},
          "villageCode":{"value":"3504011001"},
          "confidentialDescription":{"value":"Tetangga melaporkan anak sering ditinggal sendirian."},
          "primaryCategory":{"value":"PENELANTARAN"},"childInDanger":{"value":true}}}""");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instanceId = json(started).path("id").asText();

    ChildCase opened = cases.findAll().stream().filter(c -> instanceId.equals(c.getProcessInstanceId()))
        .findFirst().orElseThrow();
    assertThat(opened.isReporterAnonymous()).isTrue();
    assertThat(opened.getCaseNumber()).startsWith("ULT-3504-");
    assertThat(runtime.getVariable(instanceId, "riskLevel")).isEqualTo("HIGH");
    assertThat(runtime.getVariable(instanceId, "confidentialChildName")).isNull();
    assertThat(json(ApiClient.basic(port, "pengawas", "demo")
        .get("/engine-rest/process-instance/" + instanceId)).path("businessKey").asText())
        .isEqualTo(opened.getCaseNumber());
    assertConfidentialInputsNeverInHistory();
    assertRegisteredBy(instanceId, "petugas");

    long before = cases.count();
    long instancesBefore = runtime.createProcessInstanceQuery().count();
    HttpResponse<String> invalid = ApiClient.basic(port, "petugas", "demo").postJson(
        "/engine-rest/process-definition/key/Process_CaseManagement/submit-form",
        "{\"variables\":{\"channel\":{\"value\":\"PHONE\"},\"anonymous\":{\"value\":true}}}");
    // Refused input is a 400 with the message alone, which Tasklist shows (FormValidationResponses).
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(json(invalid).path("message").asText()).startsWith("Pengaduan belum dapat dicatat:")
        .contains("Uraian pengaduan wajib diisi");
    assertThat(cases.count()).isEqualTo(before);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  /**
   * Who registered the complaint stays on record in the case file and as the process instance's starter (history,
   * kept with the case); no process variable repeats it.
   */
  private void assertRegisteredBy(String instanceId, String userId) {
    assertThat(cases.findAll()).filteredOn(c -> instanceId.equals(c.getProcessInstanceId()))
        .extracting(ChildCase::getCreatedBy).containsExactly(userId);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult()
        .getStartUserId()).isEqualTo(userId);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(instanceId).list())
        .extracting(v -> v.getName()).doesNotContain("registeredBy");
  }

  private void assertConfidentialInputsNeverInHistory() {
    assertThat(history.createHistoricVariableInstanceQuery().variableNameLike("confidential%").count()).isZero();
    assertThat(history.createHistoricDetailQuery().variableUpdates().list())
        .noneMatch(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName()
            .startsWith("confidential"));
  }

  private ChildCase reload(long caseId) {
    return transactions.execute(status -> {
      ChildCase c = cases.findById(caseId).orElseThrow();
      c.getCategories();
      return c;
    });
  }
}
